import threading

ev = threading.Event()
print(ev.is_set())
print(ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())
