class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        amount = f"{self.cents / 100:.2f}"
        if spec == "eur":
            return amount + " EUR"
        return format(amount, spec)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m}|{m!s}|{m!r}|{m:eur}|{m:>10}|")
print(format(m, "eur"), "{0:eur} {0!r}".format(m))
