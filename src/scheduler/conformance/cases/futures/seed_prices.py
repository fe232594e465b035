from concurrent.futures import ThreadPoolExecutor
import time

PRICES = {"apple": 1.25, "bread": 2.5, "milk": 0.99, "eggs": 3.1}

def fetch_price(item):
    time.sleep(0.1)
    return item, PRICES[item]

start = time.time()
with ThreadPoolExecutor(max_workers=4) as ex:
    for item, price in ex.map(fetch_price, PRICES):
        print(f"{item}: ${price:.2f}")
print(f"total time under 0.3s: {time.time() - start < 0.3}")
