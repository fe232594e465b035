class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"
hand = {Card(10, "h"), Card(10, "h"), Card(2, "s")}
print(len(hand), Card(10, "h") in hand, Card(3, "d") in hand)
scores = {Card(1, "s"): 11}
print(scores[Card(1, "s")], Card(1, "s") == Card(1, "s"), Card(1, "s") != Card(1, "h"), Card(1, "s") == 5)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
