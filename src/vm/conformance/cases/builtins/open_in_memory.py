with open("notes.txt", "w") as f:
    f.write("line 1\n")
    f.writelines(["line 2\n", "line 3\n"])
with open("notes.txt") as f:
    print(f.read())
with open("notes.txt", "a") as f:
    print("line 4", file=f)
with open("notes.txt") as f:
    print([l.strip() for l in f])
with open("notes.txt") as f:
    print(f.readline(), f.readlines())
import os
print(os.path.exists("notes.txt"), os.path.exists("missing.txt"))
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
