from concurrent.futures import ThreadPoolExecutor, Future
import re

f = Future()
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(f)))
print(f.running(), f.done(), f.cancelled())
f.set_result(5)
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(f)))
g = Future()
g.set_exception(KeyError("k"))
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(g)))
print(repr(g.exception()))
