import queue
import threading

q = queue.Queue()

def produce(tag, n):
    for i in range(n):
        q.put((tag, i))

ps = [threading.Thread(target=produce, args=(t, 50)) for t in "xyz"]
for p in ps:
    p.start()
for p in ps:
    p.join()
items = []
while True:
    try:
        items.append(q.get_nowait())
    except queue.Empty:
        break
print(len(items))
for tag in "xyz":
    seq = [i for t, i in items if t == tag]
    print(tag, seq == list(range(50)))
