from collections import Counter
import string

DOC = """Python threads share memory. Threads are cheap to create, but the GIL
means only one thread runs Python bytecode at a time. Processes do not share
memory; processes are more expensive. Use threads for I/O, processes for CPU."""

cleaned = "".join(ch.lower() if ch.isalpha() or ch == "'" else " " for ch in DOC)
tokens = cleaned.split()
stop = {"the", "a", "to", "at", "for", "are", "do", "not", "but", "one", "only", "is", "more"}
freq = Counter(t for t in tokens if t not in stop)
print(len(tokens), len(freq))
for word, n in freq.most_common(6):
    print(f"{word:<10}{'*' * n} ({n})")
sentences = [s.strip() for s in DOC.replace(";", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
first = DOC.splitlines()[0]
print(" ".join(w.upper() if w.strip(string.punctuation).lower() in ("thread", "threads") else w for w in first.split()))
print([w.strip(string.punctuation) for w in DOC.split() if w.strip(string.punctuation).isupper() and len(w.strip(string.punctuation)) > 1])
