from dataclasses import dataclass, field


@dataclass
class Line:
    name: str
    cents: int
    qty: int

    @property
    def subtotal(self):
        return self.cents * self.qty


@dataclass
class Cart:
    lines: list = field(default_factory=list)
    codes: set = field(default_factory=set)

    def add(self, name, price, qty=1):
        euros, _, cents = price.partition(".")
        self.lines.append(Line(name, int(euros) * 100 + int(cents.ljust(2, "0")), qty))

    def total(self):
        total = sum(l.subtotal for l in self.lines)
        if "TENOFF" in self.codes and total >= 5000:
            total -= 1000
        if "HALFBOOKS" in self.codes:
            total -= sum(l.subtotal // 2 for l in self.lines if l.name.startswith("book"))
        return total


def money(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


cart = Cart()
cart.add("book: python", "39.90")
cart.add("pen", "1.25", 4)
cart.add("book: threads", "24.5")
print([(l.name, money(l.subtotal)) for l in cart.lines])
print("total", money(cart.total()))
cart.codes.add("TENOFF")
print("with TENOFF", money(cart.total()))
cart.codes.add("HALFBOOKS")
print("with both", money(cart.total()))
print(money(-5), money(7), money(123456))
