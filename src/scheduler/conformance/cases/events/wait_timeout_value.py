import threading

ev = threading.Event()

def later():
    ev.wait(0.3)

r = []
t = threading.Thread(target=lambda: r.append(ev.wait(0.05)))
t.start()
t.join()
print(r)
threading.Timer(0.05, ev.set).start()
print(ev.wait(5))
