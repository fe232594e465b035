class Celsius:
    def __init__(self, deg): self.deg = deg
    def __int__(self): return int(self.deg)
    def __float__(self): return float(self.deg)
    def __index__(self): return int(self.deg)
    def __round__(self, n=None): return round(self.deg, n)
    def __str__(self): return f"{self.deg}°C"
c = Celsius(21.7)
print(int(c), float(c), round(c), round(c, 0), str(c))
print(bin(Celsius(5)), hex(Celsius(255)), [10, 20, 30, 40, 50, 60][Celsius(2.9)])
print(range(Celsius(3)), "ab" * Celsius(2))
