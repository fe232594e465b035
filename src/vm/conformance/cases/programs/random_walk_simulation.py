import random

random.seed(2024)


class Walker:
    MOVES = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}

    def __init__(self, name):
        self.name = name
        self.x = self.y = 0
        self.visited = {(0, 0)}

    def step(self):
        dx, dy = self.MOVES[random.choice("NSEW")]
        self.x += dx
        self.y += dy
        self.visited.add((self.x, self.y))

    def distance(self):
        return abs(self.x) + abs(self.y)


walkers = [Walker(n) for n in ("ann", "bob", "cy")]
for step in range(1, 501):
    for w in walkers:
        w.step()
    if step % 100 == 0:
        print(step, [(w.name, w.x, w.y) for w in walkers])
best = max(walkers, key=lambda w: len(w.visited))
print("most explored:", best.name, len(best.visited))
print("distances:", sorted((w.distance(), w.name) for w in walkers))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {total: rolls.count(total) for total in range(2, 13)}
for total, count in hist.items():
    print(f"{total:2d} {'#' * (count // 10)} {count}")
