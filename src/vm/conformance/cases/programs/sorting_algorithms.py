import random


def bubble_sort(xs):
    xs = list(xs)
    for end in range(len(xs) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
                swapped = True
        if not swapped:
            break
    return xs


def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key, j = xs[i], i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs


def merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]


def quick_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    pivot, *rest = xs
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])


random.seed(11)
data = [random.randint(-50, 50) for _ in range(40)]
print(data)
expected = sorted(data)
for algo in (bubble_sort, insertion_sort, merge_sort, quick_sort):
    result = algo(data)
    print(f"{algo.__name__:<15} ok={result == expected} first={result[:5]} last={result[-3:]}")
print(merge_sort(["pear", "apple", "fig"]), quick_sort([3.5, -1, 2]))
