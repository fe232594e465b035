import threading

t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon, t.isDaemon())
u = threading.Thread(target=lambda: None)
print(u.daemon)
u.daemon = True
print(u.daemon)
u.start()
try:
    u.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
u.join()

def child_daemon():
    c = threading.Thread(target=lambda: None)
    print("inherits daemon:", c.daemon)

d = threading.Thread(target=child_daemon, daemon=True)
d.start()
d.join()
