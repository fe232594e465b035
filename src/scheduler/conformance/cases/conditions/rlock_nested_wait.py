import threading

cond = threading.Condition(threading.RLock())
flag = []

def setter():
    with cond:
        flag.append(1)
        cond.notify()

with cond:
    with cond:
        t = threading.Thread(target=setter)
        t.start()
        cond.wait_for(lambda: flag)
        print("woken with nested RLock", flag)
t.join()
