import threading

loc = threading.local()
try:
    loc.missing
except AttributeError as e:
    print("AttributeError:", e)
loc.x = 1
del loc.x
print(hasattr(loc, "x"))
