class Timer:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"begin {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print("  " * Timer.depth + f"end {self.name} ({'error: ' + str(ev) if et else 'ok'})")
        Timer.depth -= 1
        return et is KeyError
with Timer("outer"):
    with Timer("inner") as t:
        print("working in", t.name)
    with Timer("failing"):
        raise KeyError("missing")
    print("after suppressed error")
