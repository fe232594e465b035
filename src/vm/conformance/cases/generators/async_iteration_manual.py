class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class Ctx:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit")
async def main():
    got = []
    async with Ctx() as c:
        async for v in Ticker(3):
            got.append(v)
    return c, got, [x async for x in Ticker(2)]
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
