from concurrent.futures import ThreadPoolExecutor
import time

def fetch_price(stock):
    time.sleep(1)  # pretend API call
    return {"INFY": 1800, "TCS": 3900, "WIPRO": 450}[stock]

stocks = ["INFY", "TCS", "WIPRO"]
start = time.time()
with ThreadPoolExecutor(max_workers=3) as executor:
    prices = list(executor.map(fetch_price, stocks))
for stock, price in zip(stocks, prices):
    print(f"{stock}: ₹{price}")
print(f"{time.time() - start:.1f}s")
