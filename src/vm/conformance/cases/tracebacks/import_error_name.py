from sys import getrecursionlimt
print(getrecursionlimt())
