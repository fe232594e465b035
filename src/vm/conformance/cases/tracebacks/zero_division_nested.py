def ratio(a, b):
    return a / b


def report(values):
    for v in values:
        print(f"1/{v} = {ratio(1, v):.3f}")


report([4, 2, 1, 0, 5])
