def read_records():
    for i in range(1, 11):
        print("produce", i)
        yield i
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
def take(n, xs):
    for i, x in enumerate(xs):
        if i >= n:
            return
        yield x
print(list(take(2, evens(read_records()))))
