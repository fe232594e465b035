"""Writes float-arith.fixtures.json: x // y, x % y, divmod(x, y) and x ** y for floats, from
CPython, errors and complex results included. Run with /root/.pyenv/versions/3.12.1/bin/python3."""
import decimal
import json
import math
import os
import random
import sys
from importlib import import_module

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(__file__))
values = import_module('fixture-values')
rng = random.Random(53)
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 2.0, -2.0, 0.5, 3.0, -3.0, 10.0, 1e300, -1e300, 5e-324, math.inf,
           -math.inf, math.nan, 7.0, -7.5, 1e-10, 123.456]


def outcome(f):
    try:
        r = f()
    except Exception as e:
        return [None, type(e).__name__, str(e)]
    if isinstance(r, complex):
        return ['complex', None, None]
    if isinstance(r, tuple):
        return [[values.bits_hex(v) for v in r], None, None]
    return [values.bits_hex(r), None, None]


pairs = [(x, y) for x in SPECIAL for y in SPECIAL]
for _ in range(4000):
    x = rng.choice([rng.uniform(-100, 100), rng.uniform(-1, 1), float(rng.randrange(-50, 50)), rng.choice(SPECIAL)])
    y = rng.choice([rng.uniform(-10, 10), rng.uniform(-1, 1), float(rng.randrange(-6, 6)), rng.choice(SPECIAL),
                    0.1 * rng.randrange(-30, 30)])
    pairs.append((x, y))
ctx = decimal.Context(prec=60, Emax=10 ** 6, Emin=-10 ** 6)


def correctly_rounded_pow(x, y):
    """The correctly rounded |x| ** y (decimal at 60 digits), for finite results; else None."""
    try:
        r = x ** y
    except Exception:
        return None
    if isinstance(r, complex) or not math.isfinite(r) or r == 0 or not (math.isfinite(x) and math.isfinite(y)):
        return None
    try:
        v = float(ctx.power(decimal.Decimal(abs(x)), decimal.Decimal(y)))
    except decimal.DecimalException:
        return None
    return values.bits_hex(-v if r < 0 else v)


cases = []
for x, y in pairs:
    cases.append([values.bits_hex(x), values.bits_hex(y), outcome(lambda: x // y), outcome(lambda: x % y),
                  outcome(lambda: divmod(x, y)), outcome(lambda: x ** y), correctly_rounded_pow(x, y)])
out = os.path.join(os.path.dirname(__file__), 'float-arith.fixtures.json')
with open(out, 'w') as f:
    json.dump({'python': sys.version.split()[0], 'cases': cases}, f, separators=(',', ':'))
print(f'wrote {len(cases)} cases to {out}')
