import threading

thread_data = threading.local()
out = []
lock = threading.Lock()

def process(name):
    thread_data.name = name
    thread_data.count = 0
    for _ in range(3):
        thread_data.count += 1
    with lock:
        out.append(f"{thread_data.name}: {thread_data.count}")

threads = [threading.Thread(target=process, args=(f"T{i}",)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(out))
