class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return self.swallow
async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("inside", a.name, b.name)
    async with Resource("c", swallow=True):
        raise KeyError("x")
    try:
        async with Resource("d"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
