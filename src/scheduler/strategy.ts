import { Prng } from './prng';
import type { ThreadRecord } from './thread-record';

/**
 * Schedule choices that are not fixed by the GIL model: which waiter wins the GIL (the OS's
 * choice in CPython) and, for PCT, forced preemptions.
 */
export interface ScheduleStrategy {
  readonly name: 'random' | 'pct';
  /** Called once per new thread. */
  onThreadCreated(rec: ThreadRecord): void;
  /** Picks the next holder among the waiting threads (non-empty). */
  chooseNext(candidates: readonly ThreadRecord[]): ThreadRecord;
  /** Instruction count (total over the run) of the next forced preemption, or Infinity. */
  nextChangePoint(): number;
  /** Called when the run has executed `nextChangePoint()` instructions; lowers `running`'s priority. */
  onChangePoint(running: ThreadRecord | null): void;
  /** Should a waiter with this priority preempt the holder at once (strict priority)? */
  preempts(waiter: ThreadRecord, holder: ThreadRecord): boolean;
}

/** Seeded uniform choice: the baseline "OS picks one" model. */
export class RandomStrategy implements ScheduleStrategy {
  readonly name = 'random';
  constructor(private readonly rng: Prng) {}
  onThreadCreated(): void {}
  chooseNext(candidates: readonly ThreadRecord[]): ThreadRecord {
    return this.rng.pick(candidates);
  }
  nextChangePoint(): number {
    return Infinity;
  }
  onChangePoint(): void {}
  preempts(): boolean {
    return false;
  }
}

/**
 * PCT — Probabilistic Concurrency Testing (Burckhardt, Kothari, Musuvathi, Nagarakatte,
 * ASPLOS 2010): every thread gets a random distinct priority ≥ d; the highest-priority runnable
 * thread runs; at d−1 change points, chosen uniformly among the run's k instructions, the
 * running thread's priority drops below all initial ones. A bug of depth d is found with
 * probability ≥ 1/(n·k^(d−1)) per run.
 *
 * Preemptions still happen only where the modelled interpreter can switch (eval-breaker
 * checks), so every schedule PCT finds is one the modelled CPython could produce.
 */
export class PctStrategy implements ScheduleStrategy {
  readonly name = 'pct';
  private readonly changePoints: number[];
  private next = 0;

  constructor(
    private readonly rng: Prng,
    readonly depth: number,
    /** estimated instructions in one run (k) */
    readonly expectedSteps: number,
  ) {
    const pts: number[] = [];
    for (let i = 0; i < depth - 1; i++) pts.push(rng.intBetween(1, Math.max(1, expectedSteps)));
    this.changePoints = pts.sort((a, b) => a - b);
  }

  onThreadCreated(rec: ThreadRecord): void {
    // distinct with probability 1; all above the d−1 low priorities used at change points
    rec.priority = this.depth + this.rng.nextFloat() * 1e6;
  }

  chooseNext(candidates: readonly ThreadRecord[]): ThreadRecord {
    let best = candidates[0];
    for (const c of candidates) if (c.priority > best.priority) best = c;
    return best;
  }

  nextChangePoint(): number {
    return this.next < this.changePoints.length ? this.changePoints[this.next] : Infinity;
  }

  onChangePoint(running: ThreadRecord | null): void {
    // i-th change point gives priority d−i: lower than every initial priority, and decreasing
    if (running) running.priority = this.depth - 1 - this.next;
    this.next++;
  }

  preempts(waiter: ThreadRecord, holder: ThreadRecord): boolean {
    return waiter.priority > holder.priority;
  }
}
