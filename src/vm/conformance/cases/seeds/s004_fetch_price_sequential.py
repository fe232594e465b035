# Seed 004 ("ThreadPoolExecutor — The Modern Way"): fetch_price and the report loop,
# verbatim, with the pool replaced by a sequential map (the "before" of the lesson).
import time
def fetch_price(stock):
    time.sleep(1) # pretend API call
    return {"INFY": 1800, "TCS": 3900, "WIPRO": 450}[stock]
stocks = ["INFY", "TCS", "WIPRO"]
prices = list(map(fetch_price, stocks))
for stock, price in zip(stocks, prices):
    print(f"{stock}: ₹{price}")
