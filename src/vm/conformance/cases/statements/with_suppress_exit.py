class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            print("swallowed:", ev)
            return True
        return None
for d in (2, 0):
    with Swallow():
        print("1 /", d, "=", 1 / d)
    print("after with", d)
try:
    with Swallow():
        [][1]
except IndexError as e:
    print("not swallowed:", e)
