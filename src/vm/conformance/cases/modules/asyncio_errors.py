import asyncio
async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"fail {n}")
async def ok():
    await asyncio.sleep(0.05)
    return "ok"
async def main():
    r = await asyncio.gather(fail(1), ok(), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(fail(2), ok())
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
asyncio.run(main())
try:
    asyncio.run(fail(0))
except ValueError as e:
    print("run raised", e)
