"""Writes mersenne-twister.fixtures.json: for many seeds, a script of random.Random calls and
CPython's results, replayed by mersenne-twister.test.ts. Ints travel as strings (they may be
big), floats as JSON numbers (repr round-trips exactly).
Run: /root/.pyenv/versions/3.12.1/bin/python3 src/vm/modules/native/mersenne-twister.fixtures.py"""
import json
import os
import random
import sys

SEEDS = [('int', 0), ('int', 1), ('int', 42), ('int', 2 ** 40), ('int', -5), ('int', 2 ** 100 + 7), ('int', 12345),
         ('int', 2 ** 32 - 1), ('int', 2 ** 32), ('int', 10 ** 50), ('str', 'hello'), ('str', ''), ('str', 'ünï €'),
         ('bytes', b'x'), ('bytes', b''), ('bytes', bytes(range(256))), ('float', 3.5), ('float', -0.25)]
ops = random.Random(99)  # picks the calls; never the generator under test


def small_float():
    return ops.choice([0.0, 1.0, -2.5, 10.0, 0.5, 3.0, 100.0, 0.1, 2.0])


def script():
    calls = []
    for _ in range(400):
        kind = ops.choice(['random', 'random', 'getrandbits', 'randrange', 'randrange3', 'randint', 'choice', 'shuffle',
                           'sample', 'sampleBig', 'sampleCounts', 'choices', 'choicesW', 'choicesCum', 'uniform',
                           'triangular', 'normalvariate', 'gauss', 'gauss', 'lognormvariate', 'expovariate',
                           'vonmisesvariate', 'gammavariate', 'betavariate', 'paretovariate', 'weibullvariate',
                           'randbytes', 'binomialvariate', 'binomialvariate'])
        if kind == 'random':
            calls.append(['random'])
        elif kind == 'getrandbits':
            calls.append(['getrandbits', ops.choice([0, 1, 5, 31, 32, 33, 53, 64, 65, 100, 1000])])
        elif kind == 'randrange':
            calls.append(['randrange', str(ops.choice([1, 2, 3, 10, 100, 2 ** 31, 2 ** 32 + 1, 2 ** 53, 10 ** 30, 0, -3])), None, None])
        elif kind == 'randrange3':
            calls.append(['randrange', str(ops.randrange(-50, 50)), str(ops.randrange(-50, 50)),
                          ops.choice([None, '1', '2', '3', '-1', '-4', '0', str(10 ** 20)])])
        elif kind == 'randint':
            a = ops.choice([0, 1, -10, 2 ** 60])
            calls.append(['randint', str(a), str(a + ops.choice([0, 1, 5, 100, 10 ** 6, -1]))])
        elif kind == 'choice':
            calls.append(['choice', ops.choice([0, 1, 2, 7, 1000])])
        elif kind == 'shuffle':
            calls.append(['shuffle', ops.choice([0, 1, 2, 5, 30])])
        elif kind == 'sample':
            n = ops.choice([5, 10, 25, 30])
            calls.append(['sample', n, ops.choice([0, 1, 3, n, n + 1, 6])])
        elif kind == 'sampleBig':
            calls.append(['sample', ops.choice([100, 1000, 10 ** 6]), ops.choice([1, 5, 6, 20, 50])])
        elif kind == 'sampleCounts':
            counts = [ops.randrange(0, 5) for _ in range(ops.randrange(1, 6))]
            calls.append(['sampleCounts', counts, ops.choice([0, 1, 3, 5])])
        elif kind == 'choices':
            calls.append(['choices', ops.choice([1, 3, 10]), ops.choice([1, 4]), None, None])
        elif kind == 'choicesW':
            n = ops.choice([1, 3, 5])
            calls.append(['choices', n, ops.choice([1, 4]), [ops.choice([0, 1, 2.5, 10, 0.1]) for _ in range(n)], None])
        elif kind == 'choicesCum':
            n = ops.choice([2, 4])
            cum = sorted(ops.choice([1, 2, 5.5, 9]) for _ in range(n))
            calls.append(['choices', n, 3, None, cum])
        elif kind == 'uniform':
            calls.append(['uniform', small_float(), small_float()])
        elif kind == 'triangular':
            calls.append(['triangular', small_float(), small_float(), ops.choice([None, small_float()])])
        elif kind in ('normalvariate', 'gauss', 'lognormvariate'):
            calls.append([kind, small_float(), ops.choice([1.0, 0.5, 2.0])])
        elif kind == 'expovariate':
            calls.append(['expovariate', ops.choice([1.0, 0.5, 3.0, 0.0])])
        elif kind == 'vonmisesvariate':
            calls.append(['vonmisesvariate', small_float(), ops.choice([0.0, 0.5, 4.0])])
        elif kind in ('gammavariate', 'betavariate', 'weibullvariate'):
            calls.append([kind, ops.choice([0.5, 1.0, 2.5, 0.0]), ops.choice([1.0, 2.0])])
        elif kind == 'binomialvariate':
            calls.append(['binomialvariate', ops.choice([0, 1, 2, 5, 20, 100, 1000, 10 ** 5, -1]),
                          ops.choice([0.0, 1.0, 0.5, 0.1, 0.3, 0.75, 0.01, 0.99, 1.5])])
        elif kind == 'randbytes':
            calls.append(['randbytes', ops.choice([0, 1, 3, 4, 5, 8, 13])])
        elif kind == 'paretovariate':
            calls.append(['paretovariate', ops.choice([1.0, 3.0, 0.5])])
    return calls


def enc(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return str(v)
    if isinstance(v, list):
        return [enc(x) for x in v]
    return v


def run(r, call):
    name, *args = call
    if name == 'randrange':
        start, stop, step = args
        a = [int(start)] + ([] if stop is None else [int(stop)]) + ([] if step is None else [int(step)])
        return r.randrange(*a)
    if name == 'randint':
        return r.randint(int(args[0]), int(args[1]))
    if name == 'choice':
        return r.choice(range(args[0]))
    if name == 'shuffle':
        x = list(range(args[0]))
        r.shuffle(x)
        return x
    if name == 'sample':
        return r.sample(range(args[0]), args[1])
    if name == 'sampleCounts':
        return r.sample(range(len(args[0])), args[1], counts=args[0])
    if name == 'choices':
        n, k, w, cum = args
        return r.choices(range(n), w, cum_weights=cum, k=k)
    if name == 'randbytes':
        return r.randbytes(args[0]).hex()
    if name == 'triangular':
        return r.triangular(*args)
    return getattr(r, name)(*args)


scenarios = []
for kind, seed in SEEDS:
    r = random.Random(seed)
    steps = []
    for call in script():
        try:
            steps.append([call, enc(run(r, call)), None])
        except Exception as e:
            steps.append([call, None, [type(e).__name__, str(e)]])
    version, internal, gauss_next = r.getstate()
    seed_value = seed.hex() if kind == 'bytes' else seed if kind == 'str' else str(seed)
    scenarios.append({'kind': kind, 'seed': seed_value, 'hash': str(hash(seed)) if kind == 'float' else None,
                      'steps': steps, 'state': [version, [str(x) for x in internal], gauss_next]})

out = os.path.join(os.path.dirname(__file__), 'mersenne-twister.fixtures.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'python': sys.version.split()[0], 'scenarios': scenarios}, f, separators=(',', ':'))
print(f'wrote {len(scenarios)} seeds x {len(scenarios[0]["steps"])} calls to {out}')
