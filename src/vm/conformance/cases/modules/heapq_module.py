import heapq
nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums[0], [heapq.heappop(nums) for _ in range(3)], nums[0])
heap = []
for priority, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(heap, (priority, task))
while heap:
    print(heapq.heappop(heap))
data = [7, 2, 9, 4, 1, 8]
print(heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
h = [1, 3, 5]
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
