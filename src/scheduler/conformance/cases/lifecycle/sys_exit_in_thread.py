import threading
import sys

def worker():
    print("before exit")
    sys.exit(5)
    print("after exit")

t = threading.Thread(target=worker)
t.start()
t.join()
print("main continues")
