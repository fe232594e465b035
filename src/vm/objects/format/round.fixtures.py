"""Writes round.fixtures.json: round(float, n), round(float), round(int, n) from CPython.
Run: /root/.pyenv/versions/3.12.1/bin/python3 src/vm/objects/format/round.fixtures.py"""
import json
import os
import random
import sys
from importlib import import_module

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(__file__))
values = import_module('fixture-values')
rng = random.Random(5)


def run(f):
    try:
        r = f()
        return [values.bits_hex(r) if isinstance(r, float) else str(r), None, None]
    except Exception as e:
        return [None, type(e).__name__, str(e)]


float_cases = []
for x in values.sample_floats(3000, 11):
    for n in [rng.randrange(-20, 20), rng.randrange(-5, 5), rng.choice([-400, -309, -308, 300, 323, 324, 10 ** 30])]:
        float_cases.append([values.bits_hex(x), str(n)] + run(lambda: round(x, n)))
    float_cases.append([values.bits_hex(x), None] + run(lambda: round(x)))

int_cases = []
for _ in range(2000):
    v = rng.randrange(-10 ** rng.randrange(1, 40), 10 ** rng.randrange(1, 40))
    if rng.random() < 0.3:
        v = v // 10 ** 3 * 10 ** 3 + rng.choice([500, 1500, 5000, 50, 0])
    n = rng.randrange(-45, 3)
    int_cases.append([str(v), str(n)] + run(lambda: round(v, n)))

out = os.path.join(os.path.dirname(__file__), 'round.fixtures.json')
with open(out, 'w') as f:
    json.dump({'python': sys.version.split()[0], 'float': float_cases, 'int': int_cases}, f, separators=(',', ':'))
print(f'wrote {len(float_cases)} float and {len(int_cases)} int cases to {out}')
