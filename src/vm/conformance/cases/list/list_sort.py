nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
records.sort(key=lambda r: r[1])
print(records)
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([3.5, -1, 2, True]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
