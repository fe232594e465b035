import threading

def square_all(nums, out, idx):
    out[idx] = [n * n for n in nums]

data = [[1, 2], [3, 4], [5, 6], [7]]
out = [None] * len(data)
ts = [threading.Thread(target=square_all, args=(d, out, i)) for i, d in enumerate(data)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
print(sum(sum(x) for x in out))
