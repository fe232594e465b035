import sys
lines = sys.stdin.read().splitlines()
print(len(lines), "lines")
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line[::-1]}")
words = sum(len(l.split()) for l in lines)
print("words:", words)
