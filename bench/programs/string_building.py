# String building: f-strings, join, methods, slicing and concatenation.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
lines = []
for i in range(150_000):
    w = words[i % len(words)]
    lines.append(f"{i:05d}:{w.upper()}:{w[::-1]}:{len(w) * 'x'}")
text = "\n".join(lines)
vowels = 0
for ch in text[:1_500_000]:
    if ch in "AEIOUaeiou":
        vowels += 1
s = ""
for i in range(80_000):
    s += str(i % 10)
parts = text.split("\n")
print(len(text), vowels, len(s), parts[12345], text.count("ETA"), s[-20:])
