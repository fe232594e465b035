"""Checks Interleave's Python-written threading modules on real CPython threads: runs every
conformance case through run_case.py and compares with the recorded CPython output.
Frames of library files (CPython's and ours) are dropped from tracebacks on both sides.

    /root/.pyenv/versions/3.12.1/bin/python3 src/scheduler/conformance/shim/shim_check.py [case ...]
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(os.path.dirname(HERE), "cases")
LIB = os.path.normpath(os.path.join(HERE, "..", "..", "..", "vm", "modules", "lib"))
STDLIB = sysconfig.get_paths()["stdlib"]


def strip(stderr):
    out, skipping = [], False
    for line in stderr.split("\n"):
        if line.startswith('  File "'):
            skipping = line.startswith(f'  File "{STDLIB}/') or line.startswith(f'  File "{LIB}/') \
                or line.startswith('  File "/tmp/interleave-lib-') \
                or line.startswith(f'  File "{HERE}/') or line.startswith('  File "<frozen runpy>"')
            if skipping:
                continue
        elif skipping and line.startswith("    "):
            continue
        else:
            skipping = False
        out.append(line)
    return "\n".join(out)


def main(selectors):
    failed = 0
    total = 0
    for topic in sorted(os.listdir(CASES)):
        for entry in sorted(os.listdir(os.path.join(CASES, topic))):
            if not entry.endswith(".py"):
                continue
            name = entry[:-3]
            cid = f"{topic}/{name}"
            if selectors and topic not in selectors and cid not in selectors:
                continue
            total += 1
            expected = json.load(open(os.path.join(CASES, topic, name + ".expected.json")))
            scratch = tempfile.mkdtemp()
            try:
                wd = os.path.join(scratch, "case", topic)
                os.makedirs(wd)
                script = os.path.join(wd, entry)
                shutil.copyfile(os.path.join(CASES, topic, entry), script)
                p = subprocess.run([sys.executable, os.path.join(HERE, "run_case.py"), LIB, script],
                                   cwd=wd, capture_output=True, timeout=60)
                got = {"stdout": p.stdout.decode().replace(scratch, ""),
                       "stderr": strip(p.stderr.decode().replace(scratch, "")), "exit": p.returncode}
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
            if got != expected:
                failed += 1
                print(f"FAIL {cid}")
                for k in ("stdout", "stderr", "exit"):
                    if got[k] != expected[k]:
                        print(f"  {k} expected: {expected[k]!r}")
                        print(f"  {k} got:      {got[k]!r}")
    print(f"{total - failed}/{total} cases match CPython")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
