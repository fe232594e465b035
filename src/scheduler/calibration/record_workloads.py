"""Records real CPython's per-iteration times of workloads.py into cpython-timings.json.

Usage: python3 record_workloads.py [PYTHON ...]
(default: the pyenv 3.11.7 and 3.12.1 interpreters). Each interpreter runs workloads.py
ROUNDS times in fresh processes; the fastest time per workload is kept, because on a shared
machine every slower figure includes time the process spent waiting for a core. Figures
already in the file are merged the same way (the fastest ever recorded wins), so recording
again when the machine is quieter only improves them.
calibration.test.ts checks the scheduler's virtual times against these numbers.
"""
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROUNDS = 5
N = "1000000"
REPEAT = "5"
DEFAULT = ["/root/.pyenv/versions/3.9.18/bin/python3", "/root/.pyenv/versions/3.11.7/bin/python3",
           "/root/.pyenv/versions/3.12.1/bin/python3"]


def measure(python):
    best = {}
    for _ in range(ROUNDS):
        out = subprocess.run([python, os.path.join(HERE, "workloads.py"), N, REPEAT],
                             check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            name, ns = line.split()
            best[name] = min(float(ns), best.get(name, float("inf")))
    version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    return version, best


def main():
    pythons = sys.argv[1:] or DEFAULT
    path = os.path.join(HERE, "cpython-timings.json")
    old = {}
    if os.path.exists(path):
        with open(path) as f:
            old = json.load(f).get("ns_per_iteration", {})
    result = {
        "recorded": datetime.date.today().isoformat(),
        "machine": f"{os.cpu_count()} cores; fastest of all recordings (load average "
                   f"{os.getloadavg()[0]:.1f} at the start of the last one)",
        "ns_per_iteration": old,
    }
    for py in pythons:
        version, best = measure(py)
        prev = old.get(version, {})
        result["ns_per_iteration"][version] = {k: min(v, prev.get(k, v)) for k, v in best.items()}
        print(version, best)
    with open(path, "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
