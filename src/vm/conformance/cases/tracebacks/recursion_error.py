def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(10))
print(countdown(-1))
