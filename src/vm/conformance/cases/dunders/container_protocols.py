class Deck:
    def __init__(self):
        self.cards = list(range(5))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, x):
        return x in self.cards
    def __reversed__(self):
        return iter(self.cards[::-1])
    def __bool__(self):
        return bool(self.cards)
d = Deck()
d[0] = 10
del d[1]
print(len(d), d[0], d[-1], d[1:3], 3 in d, 99 in d, list(reversed(d)), list(d), bool(d))
for c in d:
    print(c, end=" ")
print()
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), sorted(Seq(), reverse=True))
