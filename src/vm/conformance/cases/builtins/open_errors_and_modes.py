try:
    open("does-not-exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
with open("data.bin", "wb") as f:
    f.write(bytes(range(5)))
with open("data.bin", "rb") as f:
    data = f.read()
print(data, type(data).__name__)
with open("t.txt", "w") as f:
    f.writelines(["a\n", "b\n"])
f = open("t.txt")
print(f.read(1), f.read(2), repr(f.read()))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
