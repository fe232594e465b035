from concurrent.futures import ThreadPoolExecutor

def describe(name, *, greeting="hi", times=1):
    return " ".join([f"{greeting} {name}"] * times)

with ThreadPoolExecutor(max_workers=2) as ex:
    print(ex.submit(describe, "ann", greeting="hello", times=2).result())
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    print(list(ex.map(str.upper, ["x", "y"])))
