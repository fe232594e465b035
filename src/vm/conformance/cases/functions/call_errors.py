def need_two(a, b):
    return a + b
def kw_only(*, key):
    return key
cases = [
    lambda: need_two(1),
    lambda: need_two(1, 2, 3),
    lambda: need_two(1, a=2),
    lambda: need_two(1, c=2),
    lambda: kw_only(1),
    lambda: kw_only(),
    lambda: need_two(),
    lambda: len(),
    lambda: len([], []),
    lambda: "x".join(),
    lambda: (lambda: 0)(1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
