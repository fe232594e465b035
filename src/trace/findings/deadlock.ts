/**
 * Deadlock: a cycle in the wait-for graph — thread T waits for lock L, L is held by U,
 * U waits for a lock held by … T. Coffman et al. 1971; the classic detection algorithm.
 */
export interface WaitEdge {
  thread: number;
  lock: number;
}

export interface DeadlockCycle {
  /** thread, the lock it waits for, the owner of that lock (the next thread), … */
  steps: { thread: number; waitsFor: number; heldBy: number }[];
}

/**
 * Finds a wait-for cycle. `waits`: what each blocked thread waits for; `owners`: who holds
 * each lock. Self-cycles count (a thread re-acquiring a plain Lock it holds) only when
 * `selfDeadlockPossible(lock)` says so — Condition.wait parks a thread on a lock it holds
 * itself, which another thread's notify() releases.
 */
export function findWaitForCycle(
  waits: ReadonlyMap<number, number>,
  owners: ReadonlyMap<number, number>,
  selfDeadlockPossible: (lock: number) => boolean = () => true,
): DeadlockCycle | null {
  for (const start of [...waits.keys()].sort((a, b) => a - b)) {
    const path: number[] = [];
    const onPath = new Set<number>();
    let t: number | undefined = start;
    while (t !== undefined && !onPath.has(t)) {
      onPath.add(t);
      path.push(t);
      const lock = waits.get(t);
      if (lock === undefined) break;
      const owner = owners.get(lock);
      if (owner === undefined || owner < 0) break;
      if (owner === t && !selfDeadlockPossible(lock)) break;
      t = owner;
    }
    if (t !== undefined && onPath.has(t) && waits.has(t)) {
      const cyc = path.slice(path.indexOf(t));
      if (cyc.length === 1 && !selfDeadlockPossible(waits.get(t) as number)) continue;
      return {
        steps: cyc.map((th) => {
          const lock = waits.get(th) as number;
          return { thread: th, waitsFor: lock, heldBy: owners.get(lock) as number };
        }),
      };
    }
  }
  return null;
}
