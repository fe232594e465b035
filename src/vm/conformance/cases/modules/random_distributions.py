import random
r = random.Random(2024)
print(r.random(), r.randint(-5, 5))
print(round(r.gauss(0, 1), 12), round(r.normalvariate(10, 2), 12))
print(r.choices(range(5), weights=[1, 0, 0, 0, 5], k=6))
deck = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:7])
print(r.sample(deck, 3), r.randrange(1000000), r.getrandbits(70))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
