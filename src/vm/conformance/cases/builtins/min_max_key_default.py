people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 31}]
print(max(people, key=lambda p: p["age"])["name"])
print(min(people, key=lambda p: (p["age"], p["name"]))["name"])
print(max((p["age"] for p in people if p["age"] > 50), default=None))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(max(3, 7, key=lambda v: -v), min("b", "A", key=str.lower))
