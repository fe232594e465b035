"""Writes format-spec.fixtures.json: format(value, spec) for ints, floats and strs from CPython,
including the error type and message of invalid specs.
Run: /root/.pyenv/versions/3.12.1/bin/python3 src/vm/objects/format/format-spec.fixtures.py"""
import json
import os
import random
import sys
from importlib import import_module

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(__file__))
values = import_module('fixture-values')
rng = random.Random(3)


def pick(options):
    return rng.choice(options)


def random_spec(types):
    fill_align = pick(['', '', '', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0<', '0=', 'x>', '€^', '<<'])
    parts = [
        fill_align,
        pick(['', '', '+', '-', ' ']),
        pick(['', '', '', 'z']),
        pick(['', '', '#']),
        pick(['', '', '0']),
        pick(['', '', '1', '5', '8', '12', '20']),
        pick(['', '', '', ',', '_']),
        pick(['', '', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25']),
        pick(types),
    ]
    spec = ''.join(parts)
    if rng.random() < 0.03:  # garbage somewhere
        i = rng.randrange(len(spec) + 1)
        spec = spec[:i] + pick(['q', ',', '.', '__', ',_', '_,', '.x', '%%', 'zz']) + spec[i:]
    return spec


def run(value, spec):
    try:
        return [format(value, spec), None, None]
    except Exception as e:  # record CPython's exception type and message
        return [None, type(e).__name__, str(e)]


INT_TYPES = ['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'a']
FLOAT_TYPES = ['', '', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 'c', 's']
STR_TYPES = ['', '', '', 's', 's', 'd', 'r', 'x']

INTS = [0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 1234567, -9876543210, 2 ** 31, 2 ** 53 + 1, 2 ** 64,
        -(2 ** 100), 10 ** 30, 0x10FFFF, 0x110000, 8364, 12345678901234567890123]
STRS = ['', 'a', 'abc', 'hello world', 'ünïcode', '€uro', '😀x', 'tab\there', 'long string of words']

int_cases = []
for _ in range(3000):
    v = pick(INTS) if rng.random() < 0.7 else rng.randrange(-10 ** rng.randrange(1, 25), 10 ** rng.randrange(1, 25))
    spec = random_spec(INT_TYPES)
    int_cases.append([str(v), spec] + run(v, spec))

floats = values.sample_floats(2500, 7)
float_cases = []
for i in range(5000):
    x = floats[i % len(floats)]
    spec = random_spec(FLOAT_TYPES)
    float_cases.append([values.bits_hex(x), spec] + run(x, spec))
# every float with the plain types too
for x in floats[:1200]:
    for spec in ['', '.2f', '.3e', 'g', '.12g', '.1', '.5', '.16', ',.2f', '_', '%', '.0%', '#g', '#.0f', 'z.1f']:
        float_cases.append([values.bits_hex(x), spec] + run(x, spec))

str_cases = []
for _ in range(1500):
    s = pick(STRS)
    spec = random_spec(STR_TYPES)
    str_cases.append([s, spec] + run(s, spec))

# hand-picked corners, with outputs still from CPython
SPECIAL_INT = [(5, '😀^7'), (1234567, '😀=+15,'), (255, '#010_b'), (-255, '#_x'), (10 ** 20, '_o'), (65, '*^5c'),
               (97, '=5c'), (0, 'n'), (-1234567, 'n'), (1234567, '020n'), (True, 'd'), (12, '%'), (12, ',.2%'),
               (10 ** 400, 'e'), (123456789, 'E'), (1, '+'), (-1, ' '), (0, '-'), (0, '#b'), (0, '#o'), (0, '#X'),
               (10 ** 5000, 'd'), (-10 ** 5000, ','), (10 ** 4299, ''), (10 ** 5000, 'x')]
SPECIAL_FLOAT = [(float('inf'), '010'), (float('-inf'), '=+12.3f'), (float('nan'), '%'), (float('nan'), 'E'),
                 (-0.0, 'z'), (-0.0, 'z.0f'), (-0.001, 'z.1f'), (-0.001, 'z.1e'), (-0.0, '+'), (0.0, ' '),
                 (1e16, ''), (1e16, 'n'), (1234.5, 'n'), (1e-5, '.0'), (123.0, '.3'), (1234.0, '.4'), (1234.0, '.3'),
                 (0.5, '#.0f'), (0.5, '#.0e'), (0.5, '#g'), (100.0, '#.3g'), (1e100, ',.0f'), (12345.678, '_.2f'),
                 (5e-324, '.1000e'), (2 ** -1074, '.1100f'), (0.1, '.60f'), (1.5, '😀<10'), (2.5, '0=10,.1f'),
                 (123456.0, '012,'), (123456.0, '013,'), (123456.0, '014,.1f')]
SPECIAL_STR = [('ab', '😀^6'), ('😀😀', '^5'), ('abc', '.0'), ('abc', '05'), ('abc', '0^7'), ('x', '=5'), ('', '')]
sys.set_int_max_str_digits(0)  # only to write the values themselves into the fixture
values_text = [str(int(v)) for v, _ in SPECIAL_INT]
sys.set_int_max_str_digits(4300)
int_cases += [[text, spec] + run(v, spec) for text, (v, spec) in zip(values_text, SPECIAL_INT)]
float_cases += [[values.bits_hex(v), spec] + run(v, spec) for v, spec in SPECIAL_FLOAT]
str_cases += [[v, spec] + run(v, spec) for v, spec in SPECIAL_STR]

out = os.path.join(os.path.dirname(__file__), 'format-spec.fixtures.json')
with open(out, 'w') as f:
    json.dump({'python': sys.version.split()[0], 'int': int_cases, 'float': float_cases, 'str': str_cases},
              f, separators=(',', ':'), ensure_ascii=False)
print(f'wrote {len(int_cases)} int, {len(float_cases)} float, {len(str_cases)} str cases to {out}')
