# Seed 003 ("AsyncIO for High Concurrency"), verbatim; the tutorial's main() is never
# started in the text, so the last line runs it as the prose describes.
import asyncio

async def fetch(url):
    print(f"Fetching {url}")
    await asyncio.sleep(1)  # Simulating an I/O Operation
    print(f"Completed {url}")

async def main():
    await asyncio.gather(fetch('<>'), fetch('<>'))

asyncio.run(main())
