"""Writes float-repr.fixtures.json: repr() of many doubles, from CPython (the oracle).
Run: /root/.pyenv/versions/3.12.1/bin/python3 src/vm/objects/format/float-repr.fixtures.py"""
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(__file__))
from importlib import import_module

values = import_module('fixture-values')

cases = [[values.bits_hex(x), repr(x)] for x in values.sample_floats(6000, 1)]
assert all(repr(x) == str(x) for x in values.sample_floats(2000, 1))
out = os.path.join(os.path.dirname(__file__), 'float-repr.fixtures.json')
with open(out, 'w') as f:
    json.dump({'python': sys.version.split()[0], 'cases': cases}, f, separators=(',', ':'))
print(f'wrote {len(cases)} cases to {out}')
