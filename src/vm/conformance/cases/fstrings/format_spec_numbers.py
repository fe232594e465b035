n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {n:e} {n:.3E} {n:g} {n:%}")
i = 255
print(f"{i:b} {i:o} {i:x} {i:X} {i:#b} {i:#o} {i:#x} {i:08b}")
print(f"{i:+d} {-i:+d} {i: d} {i:=+8d} {i:010,d}")
print(f"{0.5:.0%} {1/3:.4} {1e-7:g} {123456789:,} {2**64:_x}")
print(f"{3.0:g} {3.5e20:g} {0.0001:g} {12345678.9:.3g}")
print(f"{-0.0:f} {float('inf'):f} {float('nan'):>6}")
