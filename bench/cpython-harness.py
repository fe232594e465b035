"""Times a benchmark program inside CPython, excluding interpreter start-up.

    python3 bench/cpython-harness.py RUNS PROGRAM.py

Compiles the program once, runs it once to warm up, then RUNS times, each in a fresh
__main__ namespace with stdout captured; prints JSON: best seconds and the captured stdout.
"""
import io
import json
import sys
import time


def main(runs, path):
    with open(path, encoding="utf-8") as f:
        code = compile(f.read(), path, "exec")
    times, out = [], ""
    real_stdout = sys.stdout
    for i in range(runs + 1):
        sys.stdout = buffer = io.StringIO()
        try:
            start = time.perf_counter()
            exec(code, {"__name__": "__main__", "__file__": path})
            elapsed = time.perf_counter() - start
        finally:
            sys.stdout = real_stdout
        out = buffer.getvalue()
        if i > 0:
            times.append(elapsed)
    print(json.dumps({"best": min(times), "stdout": out}))


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
