names = ["carol", "alice", "bob", "alice", "dave", "carol"]
unique = sorted(set(names))
print(unique, len(unique))
seen = set()
ordered = []
for n in names:
    if n not in seen:
        seen.add(n)
        ordered.append(n)
print(ordered)
print(sorted(set("mississippi")), sorted({"x": 1, "y": 2}.keys() | {"z"}))
print(set(), set([]) == set(), {0} == {False})
