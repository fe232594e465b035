data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
total = 0
print([total := total + x for x in data], total)
while (item := data.pop()) != 12:
    print("popped", item)
print(data)
