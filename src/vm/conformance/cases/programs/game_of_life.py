def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, width=8, height=6):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(width)) for y in range(height))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for gen in range(4):
    print(f"generation {gen}:")
    print(render(state))
    state = step(state)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
state = glider
for _ in range(40):
    state = step(state)
print(sorted(state), len(state))
