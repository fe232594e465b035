lst = [1, 2, 3]
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: lst[3])
show(lambda: lst.remove(9))
show(lambda: lst.index(9))
show(lambda: [].pop())
show(lambda: lst.pop(10))
show(lambda: lst + (4,))
show(lambda: lst["0"])
show(lambda: lst * "x")
show(lambda: [1, 2] < [1, "a"])
