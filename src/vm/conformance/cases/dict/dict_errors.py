d = {"a": 1}
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: d["missing"])
show(lambda: d[["list"]])
show(lambda: {}.popitem())
show(lambda: {[1]: 2})
show(lambda: dict([1, 2]))
def mutate():
    for k in d:
        d[k + "x"] = 0
show(mutate)
show(lambda: d.pop("nope"))
