async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
coro = compute()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        received = yield self.tag
        return received
async def task():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b
t = task()
print(t.send(None))
print(t.send(5))
try:
    t.send(7)
except StopIteration as e:
    print("done", e.value)
