import re
samples = ["<Thread(Thread-12 (worker), started 140123)>", "Task-7 done in 1.25s", "id=0x7f3a2b"]
for s in samples:
    print(re.sub(r"\d+", "N", s))
print(re.sub(r"0x[0-9a-f]+", "0xADDR", "at 0x7f3a2b and 0xdeadbeef"))
m = re.match(r"<(\w+)\((.*)\)>", samples[0])
print(m.group(1), m.group(2).split(",")[0])
words = re.findall(r"[a-z]+", "the quick brown fox jumps over the lazy dog".upper().lower())
print(len(words), sorted(set(words))[:3])
