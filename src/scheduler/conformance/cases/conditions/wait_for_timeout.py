import threading

cond = threading.Condition()
with cond:
    r = cond.wait_for(lambda: 0, timeout=0.05)
print(repr(r))
with cond:
    r = cond.wait_for(lambda: "value", timeout=0.05)
print(repr(r))
with cond:
    print(cond.wait(0.01))
