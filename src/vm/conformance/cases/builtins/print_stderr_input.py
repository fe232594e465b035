import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("raw stderr\n")
name = input("Name? ")
age = int(input())
print(f"hello {name}, next year {age + 1}")
print("a", "b", sep="", end="!\n", flush=True)
rest = sys.stdin.read()
print(repr(rest))
try:
    input()
except EOFError as e:
    print("EOF", repr(str(e)))
