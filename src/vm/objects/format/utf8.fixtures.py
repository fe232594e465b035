"""Writes utf8.fixtures.json: str.encode() and bytes.decode() outcomes from CPython, including
malformed input. Run with /root/.pyenv/versions/3.12.1/bin/python3."""
import json
import os
import random
import sys

rng = random.Random(31)
byte_cases = [b'', b'abc', 'héllo €😀'.encode(), b'\xff', b'a\xe2\x82', b'\xe2\x28\xa1', b'\xed\xa0\x80', b'\xf0\x9f\x98',
              b'\xf0\x9f\x98\x28', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'\xe2', b'\xe2\x28', b'\xf5\x80', b'\x80abc',
              b'\xef\xbf\xbf', b'\xf4\x8f\xbf\xbf', b'\xe0\x9f\x80', b'\xe0\xa0\x80']
for _ in range(400):
    byte_cases.append(bytes(rng.choice([0x41, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xa0, 0x9f, 0x90])
                            for _ in range(rng.randrange(1, 6))))
decode = []
for b in byte_cases:
    try:
        decode.append([b.hex(), b.decode(), None])
    except UnicodeDecodeError as e:
        decode.append([b.hex(), None, str(e)])
encode = []
for s in ['', 'abc', 'héllo €😀', '\udc80', 'ab\ud800', '\U0010ffff\x00']:
    try:
        encode.append([s, s.encode().hex(), None])
    except UnicodeEncodeError as e:
        encode.append([s, None, str(e)])

out = os.path.join(os.path.dirname(__file__), 'utf8.fixtures.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'python': sys.version.split()[0], 'decode': decode, 'encode': encode}, f, ensure_ascii=True)
print(f'wrote {len(decode)} decode and {len(encode)} encode cases to {out}')
