import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.01)
    await q.put(None)
async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        out.append(item * item)
async def counter(lock, shared):
    for _ in range(3):
        async with lock:
            v = shared["n"]
            await asyncio.sleep(0)
            shared["n"] = v + 1
async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out)
    lock = asyncio.Lock()
    shared = {"n": 0}
    await asyncio.gather(*(counter(lock, shared) for _ in range(4)))
    print(shared)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    ev.set()
    print(await t)
asyncio.run(main())
