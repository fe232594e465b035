print(isinstance(3, int), isinstance(3, (str, float)), isinstance(True, int), isinstance(None, type(None)))
print(isinstance([], (list, tuple)), isinstance("s", object), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(A, B), isinstance(A, type))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
