# Seed 002 ("Parallel File I/O"): process_file, verbatim, applied sequentially to files
# the program writes first (no directory scan, no thread pool).
import os
import hashlib

def process_file(filepath):
    """Read file and compute its SHA-256 hash"""
    with open(filepath, 'rb') as f:
        content = f.read()
    file_hash = hashlib.sha256(content).hexdigest()
    size = os.path.getsize(filepath)
    return filepath, file_hash, size

for name, body in [("a.py", "print('a')\n"), ("b.py", "x = 1\n" * 100)]:
    with open(name, "w") as f:
        f.write(body)

results = {}
for path in ["a.py", "b.py"]:
    path, hash_val, size = process_file(path)
    results[path] = {"hash": hash_val, "size": size}
for path, info in results.items():
    print(path, info["size"], info["hash"])
