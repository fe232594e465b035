import sys
counts = {}
for line in sys.stdin:
    word = line.strip().lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(word, n)
