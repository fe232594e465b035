import re
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
print(len(words), len(counts))
for w, n in counts.most_common(5):
    print(f"{w:<8}{n:>3} {'#' * n}")
sentences = re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four.")
print(sentences)
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the age of wisdom"))
