class Product:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []

    def add(self, product):
        if product.sku in self.products:
            raise ValueError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
        self.log.append(("add", product.sku, product.qty))

    def restock(self, sku, amount):
        self.products[sku].qty += amount
        self.log.append(("restock", sku, amount))

    def sell(self, sku, amount):
        p = self.products.get(sku)
        if p is None:
            raise KeyError(sku)
        if p.qty < amount:
            raise ValueError(f"only {p.qty} {p.name} left")
        p.qty -= amount
        self.log.append(("sell", sku, amount))
        return p.price * amount

    def low_stock(self, threshold=5):
        return sorted(p.name for p in self.products.values() if p.qty < threshold)

    def report(self):
        for p in sorted(self.products.values(), key=lambda p: -p.value()):
            print(f"{p.sku:<6}{p.name:<12}{p.qty:>4} x {p.price:>7.2f} = {p.value():>9.2f}")
        print(f"{'TOTAL':<22}{sum(p.value() for p in self.products.values()):>24.2f}")


inv = Inventory()
for args in [("A1", "bolts", 0.25, 400), ("B2", "hammer", 12.5, 7), ("C3", "saw", 24.99, 3), ("D4", "tape", 3.75, 12)]:
    inv.add(Product(*args))
revenue = 0
for sku, n in [("A1", 150), ("B2", 3), ("C3", 5), ("Z9", 1), ("D4", 10)]:
    try:
        revenue += inv.sell(sku, n)
    except (KeyError, ValueError) as e:
        print("cannot sell:", type(e).__name__, e)
inv.restock("C3", 10)
try:
    inv.add(Product("A1", "dup", 1))
except ValueError as e:
    print(e)
inv.report()
print(f"revenue {revenue:.2f}; low stock: {inv.low_stock()}; log entries {len(inv.log)}")
