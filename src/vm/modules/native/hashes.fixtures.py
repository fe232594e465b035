"""Writes hashes.fixtures.json: hashlib digests of many inputs (every length 0..300 crosses the
block boundaries) and of inputs fed in chunks. Run with /root/.pyenv/versions/3.12.1/bin/python3."""
import hashlib
import json
import os
import random
import sys

rng = random.Random(29)
NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
inputs = [bytes(rng.getrandbits(8) for _ in range(n)) for n in list(range(0, 301)) + [1000, 4096, 65537]]
inputs += [b'', b'abc', 'héllo wörld'.encode(), b'The quick brown fox jumps over the lazy dog']
whole = [[data.hex()] + [hashlib.new(name, data).hexdigest() for name in NAMES] for data in inputs]

chunked = []
for _ in range(100):
    chunks = [bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 3, 63, 64, 65, 127, 128, 129, 200])))
              for _ in range(rng.randrange(1, 6))]
    row = [[c.hex() for c in chunks]]
    for name in NAMES:
        h = hashlib.new(name)
        mids = []
        for c in chunks:
            h.update(c)
            mids.append(h.hexdigest())  # digest() mid-stream must not disturb the stream
        row.append(mids)
    chunked.append(row)

out = os.path.join(os.path.dirname(__file__), 'hashes.fixtures.json')
with open(out, 'w') as f:
    json.dump({'python': sys.version.split()[0], 'names': NAMES, 'whole': whole, 'chunked': chunked}, f,
              separators=(',', ':'))
print(f'wrote {len(whole)} + {len(chunked)} cases to {out}')
