from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def fetch_url(url):
    time.sleep(0.1 * len(url) % 0.3)
    return url, len(url) * 100

urls = ["https://a.example", "https://bb.example", "https://ccc.example"]
with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(fetch_url, u) for u in urls]
    results = sorted(f.result() for f in as_completed(futures))
for url, size in results:
    print(f"{url}: {size} bytes")
