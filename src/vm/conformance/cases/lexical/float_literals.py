values = [1.5, .5, 5., 1e3, 1E-3, 1_000.000_1, 3.14e+2, 0.1e-5, 1e22, 1e16, 123456789.123456789]
for v in values:
    print(v, repr(v), str(v))
print(2.5e-324 > 0, 1e309)
