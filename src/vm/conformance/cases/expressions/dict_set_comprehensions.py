words = ["apple", "bob", "civic", "dad", "echo"]
lengths = {w: len(w) for w in words}
print(lengths)
pal = {w for w in words if w == w[::-1]}
print(sorted(pal))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print({i % 3 for i in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
