import asyncio
async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0.01)
        n -= 1
async def main():
    print([x async for x in countdown(3)])
    async for v in countdown(5):
        if v == 3:
            break
        print("got", v)
    g = countdown(2)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    print({k: k * 2 async for k in countdown(2)})
asyncio.run(main())
