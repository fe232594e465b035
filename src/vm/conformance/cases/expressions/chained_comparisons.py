def noisy(v, label):
    print("eval", label)
    return v
print(noisy(1, "a") < noisy(2, "b") < noisy(0, "c") < noisy(5, "d"))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 4)
print(1 in [1, 2] in [[1, 2]], "a" not in "bcd", None is not None)
print([1, 2] == [1, 2], (1, 2) < (1, 3), (1, 2) < (1, 2, 0), "abc" > "abd")
