class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v + 1)
    def __pow__(self, e, mod=None): return M(pow(self.v, e, mod))
    def __rpow__(self, b): return M(b ** self.v)
    def __floordiv__(self, o): return M(self.v // o)
    def __truediv__(self, o): return M(self.v / o)
    def __mod__(self, o): return M(self.v % o)
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, n): return M(self.v << n)
    def __invert__(self): return M(~self.v)
    def __repr__(self): return f"M({self.v})"
a = M(7)
print(a @ M(2), a ** 2, pow(a, 2, 5), 2 ** a, a // 2, a / 2, a % 4, divmod(a, 3), a << 2, ~a)
