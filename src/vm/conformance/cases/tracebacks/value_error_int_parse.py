raw = ["12", "7", "seven", "3"]
numbers = []
for item in raw:
    numbers.append(int(item))
print(numbers)
