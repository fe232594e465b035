def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: {1}.remove(2))
show(lambda: set().pop())
show(lambda: {[1, 2]})
show(lambda: {1} + {2})
show(lambda: set([1, 2])[0])
