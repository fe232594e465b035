d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"a": 10}, x=1)
d.update([("y", 2)])
print(d)
print(d.popitem(), d)
e = dict.fromkeys("abc", 0)
print(e, dict(zip("xy", [1, 2])), dict(a=1, b=2), dict([(1, 2)]))
c = e.copy(); c["a"] = 5
print(e, c)
e.clear(); print(e)
