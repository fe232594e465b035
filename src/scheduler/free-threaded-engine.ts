import { ThreadState } from '../trace/event-kinds';
import { nsToInstructions } from './cost';
import type { Engine, Scheduler } from './scheduler';
import type { ThreadRecord } from './thread-record';

/** Longest run of instructions one core executes before another core gets a turn. */
const MAX_CHUNK = 8;

/**
 * Free-threaded CPython (3.14t, PEP 703): no GIL, `cores` threads execute at once.
 *
 * Parallelism is simulated conservatively: every thread on a core has its own clock; the one
 * whose clock is furthest behind executes a seeded chunk of 1–8 instructions next, so threads
 * interleave at instruction granularity while all clocks advance together. Each instruction
 * is atomic (the VM's built-in container operations are), read-modify-write sequences are not.
 * More runnable threads than cores: the OS time-slices them (cost.osTimesliceNs).
 */
export class FreeThreadedEngine implements Engine {
  readonly onCore: ThreadRecord[] = [];
  readonly readyQueue: ThreadRecord[] = [];
  private running: ThreadRecord | null = null;

  constructor(private readonly s: Scheduler) {}

  threadNow(): number {
    const r = this.running ?? this.s.current;
    return r ? Math.max(r.clock, 0) : this.s.now;
  }

  makeRunnable(rec: ThreadRecord): void {
    const t = this.s.now;
    if (this.onCore.length < this.s.cores) this.putOnCore(rec, t);
    else {
      this.s.setState(rec, ThreadState.WAITING_CORE, -1, null, t);
      this.readyQueue.push(rec);
    }
  }

  onIntervalTimer(): void {
    // no GIL, no drop requests
  }

  private putOnCore(rec: ThreadRecord, t: number): void {
    rec.clock = t;
    rec.sliceEnd = t + this.s.cost.osTimesliceNs;
    this.onCore.push(rec);
    this.s.setState(rec, ThreadState.RUNNING, -1, null, t);
  }

  private leaveCore(rec: ThreadRecord): void {
    this.onCore.splice(this.onCore.indexOf(rec), 1);
    const next = this.readyQueue.shift();
    if (next) this.putOnCore(next, rec.clock);
  }

  step(): 'continue' | 'idle' {
    const s = this.s;
    if (!this.onCore.length) return 'idle';
    // the core furthest behind in time goes next; ties broken by the seeded PRNG
    let min = Infinity;
    for (const r of this.onCore) min = Math.min(min, r.clock);
    const behind = this.onCore.filter((r) => r.clock === min);
    const rec = behind.length === 1 ? behind[0] : s.rng.pick(behind);
    // everything due before this moment happens first (it may wake threads onto free cores)
    if (s.timers.peekTime() <= rec.clock) {
      s.now = Math.max(s.now, rec.clock);
      s.fireTimers(rec.clock);
      return 'continue';
    }
    s.now = Math.max(s.now, rec.clock);
    this.running = rec;
    s.current = rec;
    if (!s.deliverPending(rec, rec.clock)) {
      this.running = null;
      s.current = null;
      this.leaveCore(rec);
      return 'continue';
    }
    const untilTimer = nsToInstructions(s.timers.peekTime() - rec.clock, s.cost.instructionPs);
    const budget = Math.min(untilTimer, s.rng.intBetween(1, MAX_CHUNK));
    const r = rec.thread.run(budget);
    this.running = null;
    s.current = null;
    rec.clock += s.sliceCost(r.executed, rec);
    rec.stats.instructions += r.executed;
    s.totalInstructions += r.executed;
    if (!s.handleResult(rec, r, rec.clock)) {
      this.leaveCore(rec);
      return 'continue';
    }
    rec.thread.dropRequest = false;
    if (rec.clock >= rec.sliceEnd && this.readyQueue.length) {
      // OS preemption: to the back of the run queue
      this.s.setState(rec, ThreadState.WAITING_CORE, -1, null, rec.clock);
      this.leaveCore(rec);
      this.readyQueue.push(rec);
    } else if (rec.clock >= rec.sliceEnd) {
      rec.sliceEnd = rec.clock + s.cost.osTimesliceNs;
    }
    return 'continue';
  }
}
