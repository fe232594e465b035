records = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: -r[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]))
data = [3, 1, 2]
data.sort(key=lambda x: -x)
print(data, sorted("hello"), sorted({3: "a", 1: "b"}))
