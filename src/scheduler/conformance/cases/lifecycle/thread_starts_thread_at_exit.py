import threading
import time

def grandchild():
    time.sleep(0.05)
    print("grandchild done")

def child():
    time.sleep(0.05)
    threading.Thread(target=grandchild).start()
    print("child done")

threading.Thread(target=child).start()
print("main done")
