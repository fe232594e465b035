"""Record CPython's behaviour for every conformance case.

Run with the oracle interpreter (Python 3.12):

    /root/.pyenv/versions/3.12.1/bin/python3 src/vm/conformance/regen.py [topic | topic/name ...]

For each cases/<topic>/<name>.py this runs the program in a scratch copy of its folder laid
out as <tmp>/case/<topic>/<name>.py (so files the program writes never land in the repo),
with PYTHONHASHSEED=0 and stdin from <name>.stdin (or empty), and writes
<name>.expected.json with stdout, stderr and exit code. The scratch prefix is cut from every
path, so tracebacks name the virtual file /case/<topic>/<name>.py, which is exactly the
filename the runner passes to the VM.

Each case is also run a second time with a different hash seed; a case whose output changes
is not deterministic (e.g. it iterates a set of strings) and is reported as an error.
Files are only rewritten when their content changes, so re-running is idempotent.
"""

import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TIMEOUT_S = 120
EXPECTED_VERSION = (3, 12)


def list_cases(selectors):
    found = []
    for topic in sorted(os.listdir(CASES)):
        folder = os.path.join(CASES, topic)
        if not os.path.isdir(folder):
            continue
        for entry in sorted(os.listdir(folder)):
            if not entry.endswith(".py"):
                continue
            case_id = f"{topic}/{entry[:-3]}"
            if not selectors or topic in selectors or case_id in selectors:
                found.append((topic, entry[:-3]))
    return found


def run_once(topic, name, hash_seed):
    source_dir = os.path.join(CASES, topic)
    stdin_path = os.path.join(source_dir, name + ".stdin")
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    scratch = tempfile.mkdtemp(prefix="interleave-conformance-")
    try:
        workdir = os.path.join(scratch, "case", topic)
        os.makedirs(workdir)
        script = os.path.join(workdir, name + ".py")
        shutil.copyfile(os.path.join(source_dir, name + ".py"), script)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONHASHSEED": str(hash_seed),
            "PYTHONIOENCODING": "utf-8",
            "PYTHONDONTWRITEBYTECODE": "1",
            "LANG": "C.UTF-8",
            "TZ": "UTC",
        }
        proc = subprocess.run(
            [sys.executable, script],
            cwd=workdir,
            env=env,
            input=stdin,
            capture_output=True,
            timeout=TIMEOUT_S,
        )

        def normalise(data):
            return data.decode("utf-8", errors="backslashreplace").replace(scratch, "")

        return {"stdout": normalise(proc.stdout), "stderr": normalise(proc.stderr), "exit": proc.returncode}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def regen(case):
    topic, name = case
    first = run_once(topic, name, 0)
    second = run_once(topic, name, 12345)
    problem = None
    if first != second:
        problem = "output depends on the hash seed (not deterministic)"
    elif any(p in first["stdout"] + first["stderr"] for p in ("/tmp/", "/work/", "/root/", "/usr/", "/home/")):
        problem = "output contains a real filesystem path (machine-specific)"
    record = dict(first, python=".".join(map(str, sys.version_info[:3])))
    text = json.dumps(record, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    path = os.path.join(CASES, topic, name + ".expected.json")
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return f"{topic}/{name}", old != text, problem


def remove_orphans():
    """Expected files whose program was deleted or renamed."""
    removed = []
    for topic in os.listdir(CASES):
        folder = os.path.join(CASES, topic)
        if not os.path.isdir(folder):
            continue
        for entry in os.listdir(folder):
            if entry.endswith(".expected.json"):
                stem = entry[: -len(".expected.json")]
                if not os.path.exists(os.path.join(folder, stem + ".py")):
                    os.remove(os.path.join(folder, entry))
                    removed.append(f"{topic}/{stem}")
    return removed


def main(argv):
    if sys.version_info[:2] != EXPECTED_VERSION:
        print(f"regen.py must run on Python {EXPECTED_VERSION[0]}.{EXPECTED_VERSION[1]} (the oracle); "
              f"this is {sys.version.split()[0]}", file=sys.stderr)
        return 2
    selectors = set(argv)
    cases = list_cases(selectors)
    changed, problems = 0, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for case_id, was_changed, problem in pool.map(regen, cases):
            changed += was_changed
            if problem:
                problems.append(f"{case_id}: {problem}")
    removed = remove_orphans() if not selectors else []
    print(f"{len(cases)} cases, {changed} expectation files written, {len(removed)} orphans removed")
    for line in problems:
        print("PROBLEM " + line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
