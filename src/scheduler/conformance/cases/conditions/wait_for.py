import threading

state = {"ready": False, "value": 0}
cond = threading.Condition()

def setter():
    with cond:
        state["value"] = 42
        state["ready"] = True
        cond.notify_all()

def getter(out):
    with cond:
        ok = cond.wait_for(lambda: state["ready"])
        out.append((ok, state["value"]))

out = []
gs = [threading.Thread(target=getter, args=(out,)) for _ in range(3)]
for g in gs:
    g.start()
s = threading.Thread(target=setter)
s.start()
for g in gs + [s]:
    g.join()
print(out)
