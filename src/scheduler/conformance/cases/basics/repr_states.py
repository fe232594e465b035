import threading
import re

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="sleeper")
print(repr(t))
t.start()
print(re.sub(r"\d+", "N", repr(t)))
ev.set()
t.join()
print(re.sub(r"\d+", "N", repr(t)))
d = threading.Thread(target=lambda: None, name="d", daemon=True)
print(repr(d))
