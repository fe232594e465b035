import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.isqrt(99), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.sin(math.pi / 2), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.floor(-3.5), math.ceil(-3.5), math.fabs(-2), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3))
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.isclose(0.1 + 0.2, 0.3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.factorial(20), math.comb(10, 3), math.gcd(48, 18), math.prod([2, 3, 4]), math.fsum([0.1] * 10), math.log1p(1e-10))
try:
    math.sqrt(-4)
except ValueError as e:
    print("ValueError:", e)
