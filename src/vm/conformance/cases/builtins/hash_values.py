print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**30))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(True), hash(False), hash(1.5))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((None,)) == hash((None,)))
print(hash("abc") == hash("ab" + "c"), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(None) == hash(None))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
