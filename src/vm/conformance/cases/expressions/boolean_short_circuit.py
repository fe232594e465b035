def t(label):
    print("t", label)
    return True
def f(label):
    print("f", label)
    return False
print(f(1) and t(2))
print(t(3) or f(4))
print(f(5) or f(6) or t(7))
print([] or {} or "" or 0 or "last")
print(1 and [1] and "x")
print(not [], not [0])
