// Programs the timeline's tests run through the real runtime (runThreaded) to get real traces.

export const UNLOCKED_COUNTER = `import threading

counter = 0

def increment():
    global counter
    for _ in range(5_000):
        counter += 1

threads = [threading.Thread(target=increment) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"Expected: 25000, Got: {counter}")
`;

export const TWO_LOCK_DEADLOCK = `import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()

def one():
    with lock_a:
        time.sleep(0.01)
        with lock_b:
            print("one got both")

def two():
    with lock_b:
        time.sleep(0.01)
        with lock_a:
            print("two got both")

t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start()
t2.start()
t1.join()
t2.join()
`;

export const CPU_BOUND = `import threading

def spin(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

threads = [threading.Thread(target=spin, args=(100_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
`;

export const PRODUCER_CONSUMER = `import threading
import queue

q = queue.Queue()
done = threading.Event()

def producer():
    for i in range(3):
        q.put(i)
    done.set()

def consumer():
    done.wait()
    for _ in range(3):
        print("got", q.get())

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
`;

/** Long enough for many GIL hand-offs at the default 5 ms switch interval (browser tests). */
export const CPU_BOUND_LONG = CPU_BOUND.replace('args=(100_000,)', 'args=(300_000,)');

export const CONDITION_HANDOFF = `import threading
cond = threading.Condition()
items = []

def consumer():
    with cond:
        while not items:
            cond.wait()
        print("got", items.pop())

def producer():
    with cond:
        items.append(1)
        cond.notify()

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
`;
