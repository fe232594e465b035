"""Shared float samples for the format fixture scripts: edge cases, ties and random doubles."""
import math
import random
import struct


def bits_hex(x: float) -> str:
    """The exact double as 16 hex digits, so the TS tests rebuild it bit for bit."""
    return struct.pack('>d', x).hex()


EDGE = [
    0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1e17, 123456789012345678.0,
    1e22, 1e23, 1e-4, 1e-5, 0.0001, 0.00001, 1.5e300, 5e-324, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 0.125, 0.375,
    2.675, 2.5, 1.5, 0.5, 3.5, -2.5, 1.005, 9.995, 9.9999, 99.5, 999999.5, 0.05, 0.15, 0.25, 0.35,
    1234.5678, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2e16 + 8, 9007199254740993.0, 4.35,
    0.1 + 0.2, 1 / 7, math.pi, math.e, -math.pi, 1e100, 1e-100, 123e-310, 9.5, 10.5, 0.045,
]


def sample_floats(count: int, seed: int) -> list:
    rng = random.Random(seed)
    out = [float(x) for x in EDGE]
    while len(out) < count:
        kind = rng.randrange(6)
        if kind == 0:  # any bit pattern
            x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        elif kind == 1:  # short decimals, likely ties under rounding
            x = rng.randrange(-10 ** 6, 10 ** 6) / 10 ** rng.randrange(0, 7)
        elif kind == 2:  # k + 0.5 style exact ties at several scales
            x = (rng.randrange(-10 ** 5, 10 ** 5) + 0.5) / 2 ** rng.randrange(0, 8)
        elif kind == 3:  # moderate magnitudes
            x = rng.uniform(-1, 1) * 10 ** rng.randrange(-30, 30)
        elif kind == 4:  # integers
            x = float(rng.randrange(-10 ** rng.randrange(1, 20), 10 ** rng.randrange(1, 20)))
        else:  # around powers of ten
            x = 10.0 ** rng.randrange(-20, 25) * (1 + rng.choice([-1, 1]) * 2.0 ** -rng.randrange(40, 53))
        out.append(x)
    return out
