d = {}
for word in "the quick brown fox jumps over the lazy dog".split():
    d[word] = d.get(word, 0) + 1
print(d)
keys = d.keys()
d["new"] = 1
print(len(keys), "new" in keys, list(keys)[-1])
del d["the"]
d["the"] = 99
print(list(d)[-2:])
print(d.keys() & {"fox", "cat"}, sorted(d.keys() - {"fox", "dog", "new", "the"}))
print(list(reversed(d))[:2], list(d.values())[:3])
print({"a": 1}.items() == {("a", 1)})
