from contextlib import contextmanager, suppress, redirect_stdout, ExitStack
import copy, heapq, bisect, io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with suppress(KeyError):
    {}["x"]
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with ExitStack() as st:
    st.callback(print, "callback ran")
    print("in stack")
orig = {"a": [1, 2], "b": {"c": 3}}
sh, dp = copy.copy(orig), copy.deepcopy(orig)
orig["a"].append(3)
print(sh["a"], dp["a"])
h = [5, 1, 4, 2]
heapq.heapify(h)
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [3, 9, 1, 7]), heapq.nsmallest(2, [3, 9, 1]))
xs = [1, 3, 5, 7]
bisect.insort(xs, 4)
print(xs, bisect.bisect_left(xs, 5), bisect.bisect_right(xs, 5))
