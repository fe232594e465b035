class Registry:
    items = []
    total = 0
    def add(self, x):
        self.items.append(x)
        self.total += x
r1, r2 = Registry(), Registry()
r1.add(1); r2.add(2)
print(Registry.items, r1.total, r2.total, Registry.total)
print("total" in vars(r1), "items" in vars(r1))
