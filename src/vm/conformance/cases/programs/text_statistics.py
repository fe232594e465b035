TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

import string
from collections import Counter

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
words = [w for w in words if w]
counts = Counter(words)
print("words:", len(words), "distinct:", len(counts))
print("lines:", len(TEXT.splitlines()), "chars:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT))
print("top 5:", counts.most_common(5))
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(f"{length:2d}: {', '.join(by_length[length])}")
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
avg = sum(len(s.split()) for s in sentences) / len(sentences)
print(f"clauses: {len(sentences)}, average words per clause: {avg:.3f}")
letter_freq = Counter(c for c in TEXT.lower() if c.isalpha())
print("".join(ch for ch, _ in sorted(letter_freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
