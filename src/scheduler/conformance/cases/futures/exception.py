from concurrent.futures import ThreadPoolExecutor

def boom(x):
    if x == 2:
        raise ValueError(f"bad value {x}")
    return x

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(boom, i) for i in range(4)]
    for f in fs:
        try:
            print("ok", f.result())
        except ValueError as e:
            print("failed:", e)
    print(type(fs[2].exception()).__name__, fs[1].exception())
