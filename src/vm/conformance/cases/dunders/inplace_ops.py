class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        print("iadd", item)
        self.items.append(item)
        return self
    def __add__(self, item):
        print("add", item)
        new = Bag()
        new.items = self.items + [item]
        return new
    def __len__(self):
        return len(self.items)
b = Bag()
alias = b
b += "x"
b += "y"
print(len(b), alias is b)
c = b + "z"
print(len(c), len(b))
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o2 = o
o += 5
print(o.v, o2.v, o is o2)
