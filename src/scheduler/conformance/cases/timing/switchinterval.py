import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setswitchinterval(-1)
except ValueError as e:
    print("ValueError:", e)
