width = 10
precision = 3
value = 3.14159265
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}}]")
print(f"[{'hi':{'*'}^{width}}]")
for w in (4, 6, 8):
    print(f"|{w:{w}}|")
align = "<"
print(f"[{42:{align}{width}}]")
