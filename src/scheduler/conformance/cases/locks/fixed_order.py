import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
log = []

def thread_1_fixed():
    for _ in range(50):
        with lock_a:
            with lock_b:
                log.append(1)

def thread_2_fixed():
    for _ in range(50):
        with lock_a:
            with lock_b:
                log.append(2)

t1 = threading.Thread(target=thread_1_fixed)
t2 = threading.Thread(target=thread_2_fixed)
t1.start(); t2.start()
t1.join(); t2.join()
print(len(log), log.count(1), log.count(2))
