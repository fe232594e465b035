import bisect
scores = [60, 70, 80, 90]
grades = "FDCBA"
def grade(score):
    return grades[bisect.bisect(scores, score)]
print([grade(s) for s in [33, 60, 75, 89, 90, 100]])
data = [1, 2, 2, 2, 5]
print(bisect.bisect_left(data, 2), bisect.bisect_right(data, 2), bisect.bisect_left(data, 6))
bisect.insort(data, 3)
bisect.insort_left(data, 2)
print(data)
records = [(1, "a"), (5, "b"), (9, "c")]
print(bisect.bisect_left(records, 5, key=lambda r: r[0]))
