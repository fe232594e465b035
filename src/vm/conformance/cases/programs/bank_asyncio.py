import asyncio
class Bank:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()
    async def deposit(self, amount, delay):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(delay)
            self.balance = current + amount
async def main():
    bank = Bank()
    await asyncio.gather(*(bank.deposit(10, 0.01 * (i % 3)) for i in range(10)))
    print("balance", bank.balance)
    results = []
    async def tick(name, n):
        for i in range(n):
            results.append(f"{name}{i}")
            await asyncio.sleep(0.1)
    await asyncio.gather(tick("a", 3), tick("b", 2))
    print(results)
asyncio.run(main())
