"""Record CPython's output for the threading conformance cases.

    /root/.pyenv/versions/3.12.1/bin/python3 src/scheduler/conformance/regen.py [topic | topic/name ...]

Every case cases/<topic>/<name>.py must print the same thing under any correct schedule
(joins, locks, queues, sorted results, sleeps far apart). Each one is run three times with
different hash seeds; a case whose output differs between runs is reported and not recorded.

The expectation <name>.expected.json holds stdout, stderr and the exit code. Paths are
normalised to /case/<topic>/<name>.py (the filename the Interleave runner is given), and
traceback frames inside the standard library (threading.py, concurrent/futures, queue.py)
are removed: their paths and line numbers belong to CPython's sources, not to ours. The
runner removes frames of Interleave's own library modules the same way before comparing
(see conformance.test.ts).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
STDLIB = sysconfig.get_paths()["stdlib"]
RUNS = 3


def strip_library_frames(stderr):
    """Drops `File "<stdlib>/...", line N, in f` lines and the source line(s) under them."""
    out = []
    skipping = False
    for line in stderr.split("\n"):
        if line.startswith('  File "'):
            skipping = line.startswith(f'  File "{STDLIB}/')
            if skipping:
                continue
        elif skipping and line.startswith("    "):
            continue
        else:
            skipping = False
        out.append(line)
    return "\n".join(out)


def run(topic, name, hash_seed):
    scratch = tempfile.mkdtemp(prefix="interleave-threads-")
    try:
        workdir = os.path.join(scratch, "case", topic)
        os.makedirs(workdir)
        script = os.path.join(workdir, name + ".py")
        shutil.copyfile(os.path.join(CASES, topic, name + ".py"), script)
        env = dict(os.environ, PYTHONHASHSEED=str(hash_seed), PYTHONIOENCODING="utf-8")
        p = subprocess.run([sys.executable, script], cwd=workdir, capture_output=True,
                           timeout=60, env=env)
        stdout = p.stdout.decode().replace(scratch, "")
        stderr = strip_library_frames(p.stderr.decode().replace(scratch, ""))
        return {"stdout": stdout, "stderr": stderr, "exit": p.returncode}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main(selectors):
    if sys.version_info[:2] != (3, 12):
        sys.exit("run regen.py with the oracle: /root/.pyenv/versions/3.12.1/bin/python3")
    bad = 0
    for topic in sorted(os.listdir(CASES)):
        folder = os.path.join(CASES, topic)
        if not os.path.isdir(folder):
            continue
        for entry in sorted(os.listdir(folder)):
            if not entry.endswith(".py"):
                continue
            name = entry[:-3]
            if selectors and topic not in selectors and f"{topic}/{name}" not in selectors:
                continue
            results = [run(topic, name, seed) for seed in range(RUNS)]
            if any(r != results[0] for r in results[1:]):
                bad += 1
                print(f"NOT DETERMINISTIC {topic}/{name}")
                for r in results:
                    print("   ", json.dumps(r)[:300])
                continue
            path = os.path.join(folder, name + ".expected.json")
            text = json.dumps(results[0], indent=1, ensure_ascii=False) + "\n"
            old = open(path).read() if os.path.exists(path) else None
            if old != text:
                with open(path, "w") as f:
                    f.write(text)
                print(f"wrote {topic}/{name}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
