class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), 4 in r)
