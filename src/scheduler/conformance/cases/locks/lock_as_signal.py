import threading

gate = threading.Lock()
gate.acquire()
order = []

def waiter():
    with gate:
        order.append("waiter got gate")

t = threading.Thread(target=waiter)
t.start()
order.append("main releases")
gate.release()
t.join()
print(order)
