import queue
import threading

stack = queue.LifoQueue()
for i in range(5):
    stack.put(i)
out = []

def drain():
    while True:
        try:
            out.append(stack.get_nowait())
        except queue.Empty:
            return

t = threading.Thread(target=drain)
t.start()
t.join()
print(out)
