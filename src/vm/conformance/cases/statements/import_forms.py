import math
import math as m
from math import sqrt, pi as PI
from collections import (
    OrderedDict,
    defaultdict as dd,
)
import os.path
print(math.floor(2.7), m.ceil(2.1), sqrt(16), round(PI, 3))
print(OrderedDict.__name__, dd.__name__)
print(os.path.join("a", "b"))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
