"""Writes numeric-hash.fixtures.json: hash() of ints and floats from CPython.
Run with /root/.pyenv/versions/3.12.1/bin/python3."""
import json
import os
import random
import sys
from importlib import import_module

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(__file__))
values = import_module('fixture-values')
rng = random.Random(43)
floats = [x for x in values.sample_floats(3000, 47) if x == x]
ints = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 - 2, -(2 ** 61 - 1), 2 ** 64, -(2 ** 100), 10 ** 40]
ints += [rng.randrange(-10 ** rng.randrange(1, 40), 10 ** rng.randrange(1, 40)) for _ in range(1000)]
out = os.path.join(os.path.dirname(__file__), 'numeric-hash.fixtures.json')
with open(out, 'w') as f:
    json.dump({'python': sys.version.split()[0],
               'float': [[values.bits_hex(x), str(hash(x))] for x in floats],
               'int': [[str(v), str(hash(v))] for v in ints]}, f, separators=(',', ':'))
print(f'wrote {len(floats)} float and {len(ints)} int hashes to {out}')
