import threading
import time

def background():
    try:
        while True:
            time.sleep(0.05)
    finally:
        print("never printed")

threading.Thread(target=background, daemon=True).start()
time.sleep(0.12)
print("main exits")
