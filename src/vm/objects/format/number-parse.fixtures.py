"""Writes number-parse.fixtures.json: int(str, base), float(str), hex/oct/bin/str of ints and
repr/ascii of strs, from CPython. Run: /root/.pyenv/versions/3.12.1/bin/python3 <this file>"""
import json
import os
import random
import sys

rng = random.Random(9)


def run(f):
    try:
        r = f()
    except Exception as e:
        return [None, type(e).__name__, str(e)]
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # the result's own digits are not what is being tested
    try:
        return [r if isinstance(r, str) else repr(r), None, None]
    finally:
        sys.set_int_max_str_digits(limit)



INT_TEXTS = ['0', '-0', '+7', '  42  ', '\t-12\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
             '0x_1f', '0x__1f', '010', '00', '0_0', '000_000', '0b', '0x', '', ' ', '-', '+-1', 'abc', 'z', 'Z',
             '12a', '٣٤', '١٢٣', '１２', '\u00a012\u2003', '1\x002', '12€', 'ff', 'FF', 'zz', '9' * 30,
             '-123456789012345678901234567890', '0b_1', '1 2', '0x1g', '0o8', '0B11', '0O7', 'x' * 300,
             '12_34_56', '0_7', '07', '1e5', '1.5', '٣_٤', '\u200b1']
BASES = [0, 2, 8, 10, 16, 36, 3, 7, 1, 37, -1]
int_cases = [[t, b] + run(lambda: int(t, b)) for t in INT_TEXTS for b in BASES]
for _ in range(1500):
    base = rng.choice([2, 3, 5, 8, 10, 12, 16, 20, 36])
    v = rng.randrange(-10 ** rng.randrange(1, 60), 10 ** rng.randrange(1, 60))
    digits = ''
    n = abs(v)
    while True:
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'[n % base] + digits
        n //= base
        if n == 0:
            break
    text = ('-' if v < 0 else '') + (digits.upper() if rng.random() < 0.3 else digits)
    int_cases.append([text, base] + run(lambda: int(text, base)))
int_cases.append(['1' * 4301, 10] + run(lambda: int('1' * 4301, 10)))
int_cases.append(['1' * 4301, 16] + run(lambda: int('1' * 4301, 16)))

FLOAT_TEXTS = ['1', '1.5', '-1.5', '+.5', '5.', '.', '1e5', '1E-5', '1e', 'e5', '1.e5', 'inf', '-inf', 'INF', 'Infinity',
               '-iNfInItY', 'nan', '-nan', 'NaN', '+nan', 'infinit', 'nana', '1_000.5', '1__0', '_1', '1_', '1_.5',
               '1._5', '1e_5', '1e1_0', '  3.25  ', '\u20033.5\u00a0', '١.٥', '0x10', '1e400', '-1e400', '1e-400',
               '', ' ', 'abc', '1.2.3', '--1', '2.675', '0.1', '123456789012345678901234567890', '4.9e-324',
               '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623158e308', '1 2', '1\x00',
               '0.30000000000000004', '9007199254740993', 'x' * 300]
float_cases = [[t] + run(lambda: float(t)) for t in FLOAT_TEXTS]
for _ in range(1000):
    t = f'{rng.randrange(0, 10 ** rng.randrange(1, 25))}.{rng.randrange(0, 10 ** rng.randrange(1, 25))}e{rng.randrange(-330, 310)}'
    float_cases.append([t] + run(lambda: float(t)))
float_cases = [[c[0], c[1] and repr(float(c[0])) if c[1] else None, c[2], c[3]] for c in float_cases]

to_string_cases = []
for _ in range(500):
    v = rng.randrange(-10 ** rng.randrange(1, 45), 10 ** rng.randrange(1, 45))
    to_string_cases.append([str(v), bin(v), oct(v), hex(v)])
to_string_cases.append(['0', bin(0), oct(0), hex(0)])

REPR_TEXTS = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnl\nret\r', '\x00\x1f\x7f\x80\x9f',
              '\xa0\xad', 'é€😀', '\u200b\u2028\u2029\u3000', '\ud800', '\U000e0001', '\uffff\U0010ffff', 'ascii only',
              '中文', '\u0378', '\ue000']
repr_cases = [[t, repr(t), ascii(t)] for t in REPR_TEXTS]

out = os.path.join(os.path.dirname(__file__), 'number-parse.fixtures.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'python': sys.version.split()[0], 'int': int_cases, 'float': float_cases,
               'toString': to_string_cases, 'repr': repr_cases}, f, separators=(',', ':'))
print(f'wrote {len(int_cases)} int, {len(float_cases)} float, {len(repr_cases)} repr cases to {out}')
