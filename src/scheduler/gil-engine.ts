import { EventKind, GilReleaseReason, ThreadState } from '../trace/event-kinds';
import { nsToInstructions } from './cost';
import type { Engine, Scheduler } from './scheduler';
import type { ThreadRecord } from './thread-record';

/**
 * Slices never exceed this many instructions, so natives reading the clock mid-slice
 * (time.perf_counter()) are at most ~30 µs stale.
 */
const MAX_SLICE = 4096;

/**
 * The GIL as CPython ≥ 3.2 implements it (Python/ceval_gil.c), for the '3.14' and '3.9'
 * models (they differ only in where the VM checks the eval breaker):
 * - a waiter waits one switch interval; if no switch happened meanwhile it sets a drop request;
 * - the holder drops the GIL at its next eval-breaker check (the VM returns 'switch');
 * - FORCE_SWITCHING: the dropper may not take the GIL straight back;
 * - a thread that blocks releases the GIL at once; which waiter wins is a seeded choice;
 * - a thread woken from I/O must wait for the GIL like anyone else (convoy effect).
 */
export class GilEngine implements Engine {
  holder: ThreadRecord | null = null;
  /** CPython's gil->switch_number: incremented when a different thread takes the GIL. */
  switchNumber = 0;
  private lastHolder: ThreadRecord | null = null;
  readonly waiters: ThreadRecord[] = [];
  /** The thread that just dropped on request: excluded until someone else has taken the GIL. */
  private forcedDropper: ThreadRecord | null = null;
  /** Set while a slice runs: where its clock started. */
  private sliceStart = 0;

  constructor(private readonly s: Scheduler) {}

  threadNow(): number {
    return this.s.now;
  }

  makeRunnable(rec: ThreadRecord): void {
    const t = this.s.now;
    this.s.setState(rec, ThreadState.WAITING_GIL, -1, null, t);
    this.waiters.push(rec);
    if (this.holder) {
      this.startIntervalWait(rec, t);
      if (this.s.strategy.preempts(rec, this.holder)) this.requestDrop(rec);
    }
  }

  private startIntervalWait(rec: ThreadRecord, t: number): void {
    this.s.bumpToken(rec);
    rec.savedSwitchNumber = this.switchNumber;
    // PCT decides preemption itself; interval requests remain only as a starvation guard
    const wait = Math.max(this.s.switchIntervalNs, this.s.cost.timerSlackNs);
    const interval = this.s.strategy.name === 'pct' ? wait * 20 : wait;
    this.s.scheduleIntervalTimer(rec, t + interval);
    this.armed.set(rec.id, this.s.tokenOf(rec));
  }

  onIntervalTimer(rec: ThreadRecord): void {
    if (rec.state !== ThreadState.WAITING_GIL) return;
    // fired during a hand-off (no holder): the waiter starts a new interval once someone holds it
    if (!this.holder) {
      this.armed.delete(rec.id);
      return;
    }
    const t = this.s.now;
    if (this.holder && this.holder !== rec && this.switchNumber === rec.savedSwitchNumber) this.requestDrop(rec);
    if (this.holder) this.startIntervalWait(rec, t);
  }

  private requestDrop(requester: ThreadRecord): void {
    const holder = this.holder as ThreadRecord;
    if (holder.thread.dropRequest) return;
    holder.thread.dropRequest = true;
    this.s.emit(this.s.now, EventKind.DROP_REQUEST, requester.id, holder.id);
  }

  private grant(rec: ThreadRecord, t: number): void {
    const i = this.waiters.indexOf(rec);
    if (i >= 0) this.waiters.splice(i, 1);
    this.s.bumpToken(rec); // cancels its interval timer
    const prev = this.lastHolder;
    if (prev !== rec) this.switchNumber++;
    this.lastHolder = rec;
    this.holder = rec;
    if (this.forcedDropper && this.forcedDropper !== rec) this.forcedDropper = null;
    this.s.emit(t, EventKind.GIL_ACQUIRE, rec.id, prev ? prev.id : -1);
    this.s.setState(rec, ThreadState.RUNNING, -1, null, t);
    // waiters that had no holder to wait on start their interval now; the others keep
    // their current timed wait, as CPython's waiters do
    for (const w of this.waiters) if (this.armed.get(w.id) !== this.s.tokenOf(w)) this.startIntervalWait(w, t);
  }

  /** token of each waiter's live interval timer */
  private readonly armed = new Map<number, number>();

  private release(rec: ThreadRecord, reason: (typeof GilReleaseReason)[keyof typeof GilReleaseReason], t: number): void {
    this.s.emitGilRelease(rec, reason, t);
    rec.thread.dropRequest = false;
    this.holder = null;
  }

  step(): 'continue' | 'idle' {
    const s = this.s;
    if (!this.holder) {
      if (!this.waiters.length) return 'idle';
      let candidates = this.waiters;
      if (this.forcedDropper && candidates.length > 1) candidates = candidates.filter((w) => w !== this.forcedDropper);
      let next = candidates.length === 1 ? candidates[0] : s.strategy.chooseNext(candidates);
      let t = s.now;
      if (this.lastHolder && this.lastHolder !== next) {
        // a hand-off wakes the chosen waiter's OS thread, which takes a while (seeded); a
        // newly started thread that reaches take_gil meanwhile finds the GIL free and takes it
        // first. (A thread back from sleep(0) does not win that race in CPython: gil.md's
        // read/sleep(0)/write loses ~80 % of updates, so the waiter usually gets in.)
        t = s.now + s.gilWakeNs();
        const before = this.waiters.length;
        s.fireTimers(t);
        for (let i = before; i < this.waiters.length; i++) {
          if (this.waiters[i].stats.instructions === 0 && this.waiters[i] !== this.forcedDropper) {
            next = this.waiters[i];
            break;
          }
        }
      }
      s.now = t;
      this.grant(next, t);
      s.fireTimers(t);
    }
    const rec = this.holder as ThreadRecord;
    s.current = rec;
    if (!s.deliverPending(rec, s.now)) {
      s.current = null;
      this.release(rec, GilReleaseReason.BLOCKED, s.now);
      return 'continue';
    }
    let budget = Math.min(MAX_SLICE, nsToInstructions(s.timers.peekTime() - s.now, s.cost.instructionPs));
    const cp = s.strategy.nextChangePoint();
    if (cp !== Infinity) budget = Math.max(1, Math.min(budget, cp - s.totalInstructions));
    this.sliceStart = s.now;
    const r = rec.thread.run(budget);
    s.current = null;
    const t = this.sliceStart + s.sliceCost(r.executed, rec);
    rec.stats.instructions += r.executed;
    s.totalInstructions += r.executed;
    s.now = t;
    if (s.totalInstructions >= s.strategy.nextChangePoint()) {
      s.strategy.onChangePoint(rec);
      if (this.waiters.length) this.requestDropBy(rec);
    }
    const stillRunning = s.handleResult(rec, r, t);
    if (!stillRunning) {
      this.release(rec, rec.finished ? GilReleaseReason.FINISHED : GilReleaseReason.BLOCKED, t);
      if (!rec.finished) this.forcedDropper = null;
    } else if (r.kind === 'switch') {
      this.release(rec, GilReleaseReason.DROP_REQUEST, t);
      this.forcedDropper = rec;
      this.makeRunnable(rec);
    }
    s.fireTimers(t);
    // PCT: a higher-priority waiter preempts at the next breaker check
    if (this.holder === rec && this.waiters.some((w) => s.strategy.preempts(w, rec))) this.requestDropBy(rec);
    return 'continue';
  }

  private requestDropBy(holder: ThreadRecord): void {
    if (holder.thread.dropRequest) return;
    holder.thread.dropRequest = true;
    this.s.emit(this.s.now, EventKind.DROP_REQUEST, holder.id, holder.id);
  }
}
