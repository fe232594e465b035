import threading

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2:
    c2.notify()
    print("notify with plain lock ok")
