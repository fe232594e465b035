import asyncio
async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()
async def main():
    t1 = asyncio.create_task(job("a", 0.2))
    t2 = asyncio.create_task(job("b", 0.1))
    print(await t1, await t2)
    res = await asyncio.gather(job("c", 0.3), job("d", 0.1))
    print(res)
    try:
        await asyncio.wait_for(job("slow", 5), timeout=0.5)
    except asyncio.TimeoutError:
        print("timeout")
    return "ok"
print(asyncio.run(main()))
