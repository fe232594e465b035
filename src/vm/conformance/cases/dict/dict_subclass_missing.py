class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "a b a c a".split():
    c[w] = c[w] + 1
print(c, c["zzz"], "zzz" in c)
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
l = Lower()
l["Key"] = 1
l["KEY"] = 2
print(l, isinstance(l, dict), type(l).__name__)
