print(None == None, None is None, bool(None), str(None), repr(None))
print(True and "x", False or [], not None, None or 0 or "last")
vals = [0, 0.0, "", [], (), {}, set(), None, False, range(0)]
print([bool(v) for v in vals])
print(any(vals), sum(1 for v in vals if not v))
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError:", e)
