def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x * 2
print(check(4))
for bad in (-1, 2.5):
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e.args))
