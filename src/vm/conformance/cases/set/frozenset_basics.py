fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, type(fs).__name__)
print(fs | {9}, fs & frozenset([1]), type(fs | {9}).__name__, type({9} | fs).__name__)
groups = {frozenset("ab"): "pair", frozenset(): "empty"}
print(groups[frozenset("ba")], groups[frozenset()])
print(frozenset([1, 2]) == {1, 2}, hash(frozenset()) == hash(frozenset()))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
