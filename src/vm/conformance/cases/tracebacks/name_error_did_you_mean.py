def summarize(numbers):
    total = sum(numbers)
    count = len(numbers)
    return totl / count
print(summarize([1, 2, 3]))
