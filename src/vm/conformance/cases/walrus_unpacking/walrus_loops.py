data = [3, 8, 1, 9, 4]
it = iter(data)
while (value := next(it, None)) is not None:
    if value > 5:
        print("big", value)
lines = ["alpha", "", "beta"]
idx = 0
while idx < len(lines) and (line := lines[idx]):
    print("line", line)
    idx += 1
if (n := len(data)) > 3:
    print(f"list has {n} items")
print(n, value)
