import { describe, expect, it } from 'vitest';
import { explore } from './explore';
import type { ScheduleConfig } from './explore';
import { ensureLibSources } from './lib-sources-node';
import { runThreaded } from './run-threaded';

ensureLibSources();

/** Seed 002's deadlock section: the broken version, the fixed lock order, and timeouts. */
const LOCKS = `import threading
lock_a = threading.Lock()
lock_b = threading.Lock()
`;
const START = `
t1 = threading.Thread(target=thread_1)
t2 = threading.Thread(target=thread_2)
t1.start(); t2.start()
t1.join(); t2.join()
`;
const BROKEN = `${LOCKS}
def thread_1():
    with lock_a:
        print("Thread 1: acquired lock_a")
        with lock_b:  # Waits forever if thread_2 holds lock_b
            print("Thread 1: acquired lock_b")

def thread_2():
    with lock_b:
        print("Thread 2: acquired lock_b")
        with lock_a:  # Waits forever if thread_1 holds lock_a
            print("Thread 2: acquired lock_a")
${START}`;
const FIXED = `${LOCKS}
def thread_1():
    with lock_a:    # Always lock_a first
        with lock_b:
            print("Thread 1: acquired both locks")

def thread_2():
    with lock_a:    # Always lock_a first (same order)
        with lock_b:
            print("Thread 2: acquired both locks")
${START}`;
const TIMEOUTS = `${LOCKS}
def safe_acquire(first, second, name):
    if not first.acquire(timeout=2):
        print(name, "could not acquire the first lock, backing off")
        return
    try:
        print(name, "has its first lock")
        if not second.acquire(timeout=2):
            print(name, "could not acquire the second lock, releasing the first")
            return
        try:
            print(name, "acquired both locks safely")
        finally:
            second.release()
    finally:
        first.release()

def thread_1():
    safe_acquire(lock_a, lock_b, "Thread 1")

def thread_2():
    safe_acquire(lock_b, lock_a, "Thread 2")
${START}`;

const run = (src: string) => (cfg: ScheduleConfig) => {
  const r = runThreaded(src, { filename: '/seeds/deadlock.py', seed: cfg.seed, strategy: cfg.strategy, traceCapacity: 4096, accessFindings: false });
  return { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode, instructions: r.instructions };
};

describe('deadlocks under exploration (seed 002)', () => {
  it('the two-lock example deadlocks under some seeds, reported with both locks and lines', { timeout: 120_000 }, () => {
    const r = explore(run(BROKEN), { runs: 200 });
    const dead = r.outcomes.filter((o) => o.exit === 3);
    expect(dead.length).toBeGreaterThan(0);
    const report = dead[0].stderr;
    expect(report).toMatch(/^Deadlock: /);
    expect(report).toContain('waits for lock_b at line 8; it is held by Thread-2 (thread_2), which took it at line 12');
    expect(report).toContain('waits for lock_a at line 14; it is held by Thread-1 (thread_1), which took it at line 6');
    // and `interleave run --seed` (findings on) reproduces exactly what explore saw
    const full = runThreaded(BROKEN, { filename: '/seeds/deadlock.py', seed: dead[0].seeds[0] });
    expect({ stdout: full.stdout, stderr: full.stderr, exit: full.exitCode }).toEqual({
      stdout: dead[0].stdout,
      stderr: dead[0].stderr,
      exit: 3,
    });
  });

  it('the fixed lock order never deadlocks across 200 schedules', { timeout: 120_000 }, () => {
    const r = explore(run(FIXED), { runs: 200 });
    expect(r.outcomes.every((o) => o.exit === 0)).toBe(true);
  });

  it('acquire with timeouts never deadlocks across 200 schedules', { timeout: 120_000 }, () => {
    const r = explore(run(TIMEOUTS), { runs: 200 });
    expect(r.outcomes.every((o) => o.exit === 0)).toBe(true);
    // some schedules make a thread back off (the other held its second lock for the whole timeout)
    expect(r.outcomes.length).toBeGreaterThanOrEqual(1);
  });
});

describe('explore finds the add_one lost update under 3.14', () => {
  it('within 200 schedules (2 threads × 1000 increments)', { timeout: 120_000 }, () => {
    const src = `
import threading
counter = 0
def add_one(x):
    return x + 1
def work():
    global counter
    for _ in range(1000):
        counter = add_one(counter)
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;
    const r = explore(run(src), { runs: 200, strategy: 'pct', depth: 3 });
    expect(r.outcomes.some((o) => o.stdout !== '2000\n')).toBe(true);
  });
});
