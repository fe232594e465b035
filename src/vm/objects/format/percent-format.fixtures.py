"""Writes percent-format.fixtures.json: `template % args` from CPython, errors included.
Arguments are encoded as tagged values the TS test decodes: ['int', '5'], ['float', hex],
['str', s], ['bool', b], ['none'], ['tuple', [...]], ['dict', [[key, value], ...]], ['list', [...]].
Run: /root/.pyenv/versions/3.12.1/bin/python3 src/vm/objects/format/percent-format.fixtures.py"""
import json
import os
import random
import sys
from importlib import import_module

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(__file__))
values = import_module('fixture-values')
rng = random.Random(17)


def enc(v):
    if isinstance(v, bool):
        return ['bool', v]
    if isinstance(v, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)  # the fixture carries the value itself in full
        text = str(v)
        sys.set_int_max_str_digits(limit)
        return ['int', text]
    if isinstance(v, float):
        return ['float', values.bits_hex(v)]
    if isinstance(v, str):
        return ['str', v]
    if v is None:
        return ['none']
    if isinstance(v, tuple):
        return ['tuple', [enc(x) for x in v]]
    if isinstance(v, list):
        return ['list', [enc(x) for x in v]]
    if isinstance(v, dict):
        return ['dict', [[k, enc(x)] for k, x in v.items()]]
    raise TypeError(v)


def run(template, args):
    try:
        result = template % args
        if len(result) > 5000:
            return None  # huge outputs bloat the fixture; see the star cases below
        return [result, None, None]
    except Exception as e:
        return [None, type(e).__name__, str(e)]


floats = values.sample_floats(1500, 23)
INTS = [0, 1, -1, 7, 42, -42, 255, 65, 1234567, -9876543210, 2 ** 64, -(2 ** 70), 0x10FFFF, 0x110000, True, False]
STRS = ['', 'a', 'abc', "it's", 'ünï', '😀', 'x' * 12]
OTHER = [None, [1, 2], {'k': 1}]


def random_value():
    r = rng.random()
    if r < 0.35:
        return rng.choice(INTS)
    if r < 0.75:
        return rng.choice(floats)
    if r < 0.95:
        return rng.choice(STRS)
    return rng.choice(OTHER)


def random_conv():
    return '%' + ''.join([
        ''.join(rng.sample('-+ #0', rng.randrange(0, 3))) if rng.random() < 0.6 else '',
        rng.choice(['', '', '5', '12', '1', '*', '0']),
        rng.choice(['', '', '.0', '.2', '.6', '.15', '.*', '.']),
        rng.choice(['', '', '', 'l', 'h']) if rng.random() < 0.1 else '',
        rng.choice(list('diouxXeEfFgGcrsa%') + ['d', 'f', 's', 'g', 'x', 'y', 'Z', 'ё']),
    ])


cases = []
for _ in range(6000):
    convs = [random_conv() for _ in range(rng.randrange(1, 4))]
    template = rng.choice(['', 'x=', '[', 'é ']) + rng.choice([' ', '|', '']).join(convs) + rng.choice(['', '.', ']'])
    args = []
    for c in convs:  # '*' takes a small int (sometimes not an int), then the value itself
        # widths stay small: a huge one is a MemoryError here but may succeed on a big machine
        args += [rng.randrange(-20, 20) if rng.random() < 0.9 else rng.choice([1.5, 'x', None, True, 2 ** 64])
                 for _ in range(c.count('*'))]
        if not c.endswith('%'):
            args.append(random_value())
    args = tuple(args)
    if rng.random() < 0.1:
        args = args + (1,) if rng.random() < 0.5 else args[:-1]
    arg_value = args[0] if len(args) == 1 and rng.random() < 0.5 and not isinstance(args[0], (tuple, dict, list)) else args
    outcome = run(template, arg_value)
    if outcome:
        cases.append([template, enc(arg_value)] + outcome)

# star arguments with real ints
for _ in range(1500):
    conv = '%' + rng.choice(['', '-', '0', '+', '#', ' ']) + '*.*' + rng.choice('dxofegs')
    args = (rng.randrange(-15, 20), rng.randrange(-3, 12), random_value())
    outcome = run(conv, args)
    if outcome:
        cases.append([conv, enc(args)] + outcome)

SPECIAL = [
    ('%(name)s is %(age)d', {'name': 'Ann', 'age': 7}), ('%(a)s %(a)r', {'a': 'x'}), ('%(missing)s', {'a': 1}),
    ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('', {}), ('', []), ('', ()), ('', 5), ('%s %s', (1,)),
    ('%s', (1, 2)), ('%(a', {'a': 1}), ('%(a)s', (1,)), ('%', ()), ('abc %', (1,)), ('%5%', ()), ('%-5%|', ()),
    ('%*%', (3,)), ('%s', ()), ('%d', '5'), ('%x', 3.0), ('%c', 'ab'), ('%c', 3.5), ('%c', -1), ('%c', 'é'),
    ('%*d', ('3', 4)), ('%.*f', (2.5, 1.0)), ('%(a)(b)s', {'a)(b': 9}), ('%s', [1, 2]), ('%z', 1), ('100%%', ()),
    ('%d', float('nan')), ('%d', float('inf')), ('%i', 3.99), ('%u', -3.5), ('%05s', 'ab'), ('%-05d', 3),
    ('%+s', 'a'), ('%#x', 0), ('%#o', 8), ('%#X', 255), ('%#5x', 255), ('%#05x', 255), ('%-#8o|', 8), ('% 05d', 42),
    ('%+05d', -42), ('%.3d', -5), ('%08.3d', 5), ('%-8.3x|', 255), ('%#.3x', 1), ('%s %s %s', ('a', 'b', 'c')),
    ('%.2s', '😀😀😀'), ('%5s|', '😀'), ('%c', 0x1F600), ('%05.1f', -0.04), ('%+.0e', 12345.678), ('%#.0e', 1.0),
    ('%#g', 1.0), ('%g', 1e-5), ('%G', float('inf')), ('%010.3F', float('-inf')), ('%f', float('nan')),
    ('%r', 'ünï'), ('%a', 'ünï'), ('%5r|', 'a'), ('%.1r', 'abc'), ('%*s', (-5, 'a')), ('%.*s', (-1, 'abc')),
    ('%s', None), ('%d', True), ('%f', True), ('%x', False), ('%e', 10 ** 400), ('%d', 10 ** 30),
    ('%d', 10 ** 5000), ('%i', -10 ** 4300), ('%d', 10 ** 4299),
]
for template, args in SPECIAL:
    cases.append([template, enc(args)] + (run(template, args) or []))

out = os.path.join(os.path.dirname(__file__), 'percent-format.fixtures.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'python': sys.version.split()[0], 'cases': cases}, f, separators=(',', ':'), ensure_ascii=False)
print(f'wrote {len(cases)} cases to {out}')
