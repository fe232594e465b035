import { EventKind, FinishHow, GilReleaseReason, ObjectKind, SyncOp, ThreadState } from '../trace/event-kinds';
import type { ThreadStateCode } from '../trace/event-kinds';
import { TraceLog } from '../trace/trace-log';
import { COST_MODELS, DEFAULT_SWITCH_INTERVAL_NS, instructionsToNs } from './cost';
import type { CostModel, PythonModel } from './cost';
import { EventQueue } from './event-queue';
import { FreeThreadedEngine } from './free-threaded-engine';
import { GilEngine } from './gil-engine';
import { Prng } from './prng';
import { isBlockRequest } from './requests';
import type { BlockRequest } from './requests';
import type { SchedulableThread, StepResult } from './schedulable';
import { PctStrategy, RandomStrategy } from './strategy';
import type { ScheduleStrategy } from './strategy';
import { SimLock } from './sync/lock';
import type { LockKind } from './sync/lock';
import type { ThreadRecord } from './thread-record';

export interface SchedulerOptions {
  model?: PythonModel;
  seed?: number;
  switchIntervalNs?: number;
  /** 3.14t only (default 4) */
  cores?: number;
  maxTimeNs?: number;
  maxInstructions?: number;
  trace?: TraceLog;
  strategy?: { kind: 'random' } | { kind: 'pct'; depth: number; expectedSteps: number };
  cost?: Partial<CostModel>;
  /** Host values handed back to resumed threads (the VM passes Python None/True/False). */
  values?: { none: unknown; true: unknown; false: unknown };
}

export type RunOutcome =
  | { kind: 'completed'; endTime: number }
  | { kind: 'deadlock'; endTime: number; stuck: ThreadRecord[] }
  | { kind: 'limit'; endTime: number; which: 'time' | 'instructions' };

type Timer =
  | { kind: 'wake'; thread: number; token: number }
  | { kind: 'lock-timeout'; thread: number; token: number }
  | { kind: 'gil-interval'; thread: number; token: number }
  | { kind: 'callback'; fn: () => void };

/** Shared machinery of both engines; the engines decide who runs. */
export interface Engine {
  /** A thread may run now (new, woken, or back from I/O). */
  makeRunnable(rec: ThreadRecord): void;
  /** Runs one slice. 'idle' when nothing can run until the next timer. */
  step(): 'continue' | 'idle';
  /** A GIL interval timer fired for `rec` (GIL engine only). */
  onIntervalTimer(rec: ThreadRecord): void;
  /** Current time as seen by the running thread. */
  threadNow(): number;
}

/**
 * Discrete-event scheduler of green threads on a virtual clock (integer ns). One instance per
 * program run; every choice comes from `rng`, so the same seed gives the same run.
 */
export class Scheduler {
  readonly model: PythonModel;
  readonly cost: CostModel;
  readonly rng: Prng;
  readonly trace: TraceLog | undefined;
  readonly strategy: ScheduleStrategy;
  readonly cores: number;
  readonly threads: ThreadRecord[] = [];
  readonly locks = new Map<number, SimLock>();
  readonly timers = new EventQueue<Timer>();
  switchIntervalNs: number;
  /** Global virtual time (GIL models: time of the running slice's start/end). */
  now = 0;
  totalInstructions = 0;
  /** The thread whose instructions are executing (natives call back during `run`). */
  current: ThreadRecord | null = null;
  readonly values: { none: unknown; true: unknown; false: unknown };
  /** Called when a thread finishes or dies (the host reports exceptions, joins, …). */
  onThreadExit?: (rec: ThreadRecord) => void;
  private readonly engine: Engine;
  private readonly maxTimeNs: number;
  private readonly maxInstructions: number;
  private nextObjectId = 1;
  private nextIdent = 0;
  private readonly tokens: number[] = [];

  constructor(opts: SchedulerOptions = {}) {
    this.model = opts.model ?? '3.14';
    this.cost = { ...COST_MODELS[this.model], ...opts.cost };
    this.rng = new Prng(opts.seed ?? 0);
    this.trace = opts.trace;
    this.cores = Math.max(1, opts.cores ?? 4);
    this.switchIntervalNs = opts.switchIntervalNs ?? DEFAULT_SWITCH_INTERVAL_NS;
    this.maxTimeNs = opts.maxTimeNs ?? Infinity;
    this.maxInstructions = opts.maxInstructions ?? Infinity;
    this.values = opts.values ?? { none: null, true: true, false: false };
    const s = opts.strategy ?? { kind: 'random' };
    // the strategy gets its own stream so PCT's draws do not shift the model's jitter
    const strategyRng = new Prng(((opts.seed ?? 0) ^ 0x5bd1e995) >>> 0);
    this.strategy =
      s.kind === 'pct' ? new PctStrategy(strategyRng, s.depth, s.expectedSteps) : new RandomStrategy(strategyRng);
    this.engine = this.model === '3.14t' ? new FreeThreadedEngine(this) : new GilEngine(this);
  }

  get gilEnabled(): boolean {
    return this.model !== '3.14t';
  }

  // ---- threads -------------------------------------------------------------------------

  /**
   * Registers a thread. The first one is the main thread and is runnable at once; later ones
   * become runnable after the OS thread start latency.
   */
  spawn(thread: SchedulableThread, info: { name: string; daemon?: boolean }): ThreadRecord {
    const id = this.threads.length;
    const parent = this.current ? this.current.id : -1;
    const t = this.currentTime();
    const rec: ThreadRecord = {
      id,
      ident: this.makeIdent(),
      name: info.name,
      daemon: info.daemon ?? false,
      parent,
      thread,
      state: ThreadState.WAITING_GIL,
      blockedOn: -1,
      pending: { kind: 'none' },
      stateSince: t,
      clock: t,
      sliceEnd: 0,
      savedSwitchNumber: 0,
      finished: false,
      line: -1,
      lineFile: -1,
      priority: 0,
      extraCost: 0,
      stats: { instructions: 0, runningNs: 0, waitingGilNs: 0, blockedNs: 0 },
    };
    this.threads.push(rec);
    this.tokens.push(0);
    this.strategy.onThreadCreated(rec);
    this.emit(t, EventKind.THREAD_CREATED, id, parent, this.str(rec.name), rec.daemon ? 1 : 0);
    if (id === 0) {
      this.emit(t, EventKind.THREAD_STARTED, id);
      this.engine.makeRunnable(rec);
    } else {
      this.setState(rec, ThreadState.BLOCKED, -1, 'starting', t);
      this.timers.schedule(t + this.cost.threadStartNs, {
        kind: 'callback',
        fn: () => {
          this.emit(this.now, EventKind.THREAD_STARTED, id);
          this.engine.makeRunnable(rec);
        },
      });
    }
    return rec;
  }

  private makeIdent(): number {
    // pthread_t-like values as CPython shows them on Linux: large, distinct, seeded
    const base = 139_800_000_000_000;
    return base + (this.nextIdent++ * 8_392_704 + (this.rng.nextUint32() & 0xfff) * 4096);
  }

  rename(rec: ThreadRecord, name: string): void {
    rec.name = name;
    this.emit(this.currentTime(), EventKind.THREAD_RENAMED, rec.id, -1, this.str(name));
  }

  /** Time seen by the running thread (natives: time.time(), perf_counter()). */
  currentTime(): number {
    return this.current ? this.engine.threadNow() : this.now;
  }

  // ---- state bookkeeping -----------------------------------------------------------------

  setState(rec: ThreadRecord, state: ThreadStateCode, objectId: number, detail: string | null, t: number): void {
    const spent = Math.max(0, t - rec.stateSince);
    if (rec.state === ThreadState.RUNNING) rec.stats.runningNs += spent;
    else if (rec.state === ThreadState.WAITING_GIL || rec.state === ThreadState.WAITING_CORE)
      rec.stats.waitingGilNs += spent;
    else if (rec.state !== ThreadState.DONE) rec.stats.blockedNs += spent;
    rec.state = state;
    rec.blockedOn = objectId;
    rec.stateSince = t;
    this.emit(t, EventKind.STATE, rec.id, state, objectId, detail === null ? -1 : this.str(detail));
  }

  /** Invalidates every timer armed for `rec`'s previous wait. */
  bumpToken(rec: ThreadRecord): number {
    return ++this.tokens[rec.id];
  }

  tokenOf(rec: ThreadRecord): number {
    return this.tokens[rec.id];
  }

  scheduleIntervalTimer(rec: ThreadRecord, at: number): void {
    this.timers.schedule(at, { kind: 'gil-interval', thread: rec.id, token: this.tokenOf(rec) });
  }

  // ---- running a slice --------------------------------------------------------------------

  /** Cost of `executed` instructions (plus `rec`'s access surcharge) for one slice, with seeded jitter. */
  sliceCost(executed: number, rec?: ThreadRecord): number {
    if (rec) {
      executed += rec.extraCost;
      rec.extraCost = 0;
    }
    if (executed <= 0) return 0;
    const j = this.cost.instructionJitter;
    const ps = this.cost.instructionPs * (1 - j + 2 * j * this.rng.nextFloat());
    return instructionsToNs(executed, ps);
  }

  /**
   * Delivers what a woken thread is owed before it runs. Returns false when the thread
   * blocked again instead (it lost a lock to a barging thread); the caller must not run it.
   */
  deliverPending(rec: ThreadRecord, t: number): boolean {
    const p = rec.pending;
    rec.pending = { kind: 'none' };
    switch (p.kind) {
      case 'none':
        return true;
      case 'value':
        rec.thread.resume(p.value);
        return true;
      case 'exception':
        rec.thread.resumeWithException(p.exc);
        return true;
      case 'retry-lock': {
        const lock = this.locks.get(p.lockId) as SimLock;
        if (lock.tryAcquire(rec.id)) {
          lock.acquiredLine = rec.line;
          this.emit(t, EventKind.SYNC, rec.id, SyncOp.ACQUIRE, lock.id);
          rec.thread.resume(this.values.true);
          return true;
        }
        if (t >= p.deadline) {
          this.emit(t, EventKind.SYNC, rec.id, SyncOp.TIMEOUT, lock.id);
          rec.thread.resume(this.values.false);
          return true;
        }
        this.waitForLock(rec, lock, p.deadline, t, true);
        return false;
      }
    }
  }

  /**
   * Applies a slice's result. Returns true when `rec` may keep running (budget ran out or a
   * drop request stopped it — the engine decides), false when it left the CPU.
   */
  handleResult(rec: ThreadRecord, r: StepResult, t: number): boolean {
    switch (r.kind) {
      case 'budget':
      case 'switch':
        return true;
      case 'blocked':
        this.block(rec, r.request, t);
        return false;
      case 'finished':
      case 'raised':
        rec.result = r.kind === 'finished' ? { kind: 'finished', value: r.value } : { kind: 'raised', exception: r.exception };
        this.finish(rec, r.kind === 'finished' ? FinishHow.RETURNED : FinishHow.RAISED, t);
        return false;
    }
  }

  private finish(rec: ThreadRecord, how: number, t: number): void {
    rec.finished = true;
    this.bumpToken(rec);
    this.setState(rec, ThreadState.DONE, -1, null, t);
    this.emit(t, EventKind.THREAD_FINISHED, rec.id, how);
    this.onThreadExit?.(rec);
  }

  private block(rec: ThreadRecord, request: unknown, t: number): void {
    if (!isBlockRequest(request)) {
      throw new Error(`InternalError: unknown block request ${JSON.stringify(request)}`);
    }
    const req: BlockRequest = request;
    const token = this.bumpToken(rec);
    switch (req.kind) {
      case 'sleep': {
        const overhead = req.ns > 0 ? this.cost.sleepOverheadNs : 1_000;
        this.setState(rec, ThreadState.SLEEPING, -1, null, t);
        rec.pending = { kind: 'value', value: this.values.none };
        this.timers.schedule(t + req.ns + overhead, { kind: 'wake', thread: rec.id, token });
        break;
      }
      case 'io':
        this.setState(rec, ThreadState.IO, -1, req.what, t);
        rec.pending = { kind: 'value', value: req.result === undefined ? this.values.none : req.result };
        this.timers.schedule(t + req.ns, { kind: 'wake', thread: rec.id, token });
        break;
      case 'lock': {
        const deadline = req.timeoutNs < 0 ? Infinity : t + req.timeoutNs;
        this.waitForLock(rec, req.lock, deadline, t, false);
        break;
      }
    }
  }

  private waitForLock(rec: ThreadRecord, lock: SimLock, deadline: number, t: number, front: boolean): void {
    const token = this.bumpToken(rec);
    const w = { thread: rec.id, deadline, since: t };
    if (front) lock.waiters.unshift(w);
    else lock.addWaiter(w);
    this.setState(rec, ThreadState.BLOCKED, lock.id, null, t);
    if (deadline !== Infinity) this.timers.schedule(deadline, { kind: 'lock-timeout', thread: rec.id, token });
  }

  // ---- timers -------------------------------------------------------------------------------

  /** Fires every timer due at or before `t`. */
  fireTimers(t: number): void {
    for (let e = this.timers.popDue(t); e; e = this.timers.popDue(t)) {
      const timer = e.payload;
      const prevNow = this.now;
      this.now = Math.max(prevNow, e.time);
      switch (timer.kind) {
        case 'callback':
          timer.fn();
          break;
        case 'wake': {
          const rec = this.threads[timer.thread];
          if (this.tokens[rec.id] !== timer.token || rec.finished) break;
          this.bumpToken(rec);
          this.engine.makeRunnable(rec);
          break;
        }
        case 'lock-timeout': {
          const rec = this.threads[timer.thread];
          if (this.tokens[rec.id] !== timer.token || rec.finished) break;
          const lock = this.locks.get(rec.blockedOn);
          if (lock) lock.removeWaiter(rec.id);
          this.bumpToken(rec);
          this.emit(e.time, EventKind.SYNC, rec.id, SyncOp.TIMEOUT, rec.blockedOn);
          rec.pending = { kind: 'value', value: this.values.false };
          this.engine.makeRunnable(rec);
          break;
        }
        case 'gil-interval': {
          const rec = this.threads[timer.thread];
          if (this.tokens[rec.id] !== timer.token || rec.finished) break;
          this.engine.onIntervalTimer(rec);
          break;
        }
      }
      this.now = Math.max(prevNow, this.now);
    }
  }

  // ---- sync API for natives (called while `current` runs) ------------------------------------

  /** `partOf`: id of the object this lock is an internal part of (-1 = user-visible). */
  createLock(kind: LockKind, partOf = -1): SimLock {
    const lock = new SimLock(this.nextObjectId++, kind);
    this.locks.set(lock.id, lock);
    this.emit(this.currentTime(), EventKind.OBJECT_CREATED, this.current?.id ?? -1, lock.id,
      kind === 'lock' ? ObjectKind.LOCK : ObjectKind.RLOCK, partOf);
    return lock;
  }

  /**
   * Wake-up latency of a thread waiting for the GIL once it is handed over: a condition
   * variable signal and the OS scheduling the waiter, between 1× and 5× `gilHandoffNs`.
   */
  gilWakeNs(): number {
    return Math.round(this.cost.gilHandoffNs * (1 + 4 * this.rng.nextFloat()));
  }

  /**
   * How long one line written to the console takes: usually a few µs, but now and then the
   * terminal or the OS holds the writer up for much longer (seeded). While it waits the thread
   * has released the GIL, which is how another thread can slip in between two prints.
   */
  consoleWriteNs(): number {
    const base = this.cost.consoleWriteNs;
    const r = this.rng.nextFloat();
    if (r < 0.04) return base * this.rng.intBetween(20, 200);
    return Math.round(base * (0.5 + r));
  }

  /** Id for a Python-level sync object (Condition, Event, …) so the trace can name it. */
  registerObject(kind: number, partOf = -1): number {
    const id = this.nextObjectId++;
    this.emit(this.currentTime(), EventKind.OBJECT_CREATED, this.current?.id ?? -1, id, kind, partOf);
    return id;
  }

  labelObject(id: number, label: string): void {
    this.emit(this.currentTime(), EventKind.OBJECT_LABELLED, this.current?.id ?? -1, id, -1, this.str(label));
  }

  /** Records a sync operation performed in Python code (Event.set, Queue.put, …). */
  syncOp(op: number, objectId: number, arg = -1): void {
    this.emit(this.currentTime(), EventKind.SYNC, this.current?.id ?? -1, op, objectId, arg);
  }

  /**
   * Lock.acquire(blocking, timeout) by the current thread. An uncontended acquire succeeds
   * without releasing the GIL (not a switch point). Returns true/false, or a BlockRequest the
   * native must turn into a Suspend.
   */
  lockAcquire(lock: SimLock, blocking: boolean, timeoutNs: number): boolean | BlockRequest {
    const cur = this.current as ThreadRecord;
    const t = this.currentTime();
    if (lock.tryAcquire(cur.id)) {
      lock.acquiredLine = cur.line;
      this.emit(t, EventKind.SYNC, cur.id, SyncOp.ACQUIRE, lock.id);
      return true;
    }
    if (!blocking || timeoutNs === 0) {
      this.emit(t, EventKind.SYNC, cur.id, SyncOp.TRY_FAILED, lock.id);
      return false;
    }
    this.emit(t, EventKind.SYNC, cur.id, SyncOp.REQUEST, lock.id, timeoutNs < 0 ? -1 : Math.round(timeoutNs / 1000));
    return { kind: 'lock', lock, timeoutNs };
  }

  /** Lock.release() by the current thread; returns CPython's RuntimeError message on misuse. */
  lockRelease(lock: SimLock): string | null {
    const cur = this.current as ThreadRecord;
    const t = this.currentTime();
    const { error, fullyReleased } = lock.release(cur.id);
    if (error) return error;
    this.emit(t, EventKind.SYNC, cur.id, SyncOp.RELEASE, lock.id);
    if (fullyReleased) {
      const w = lock.takeNextWaiter();
      if (w) {
        const rec = this.threads[w.thread];
        const token = this.bumpToken(rec);
        rec.pending = { kind: 'retry-lock', lockId: lock.id, deadline: w.deadline };
        this.timers.schedule(t + this.cost.lockWakeNs, { kind: 'wake', thread: rec.id, token });
      }
    }
    return null;
  }

  /** Releases `lock` on behalf of `rec` (a finished thread's sentinel, released by the runtime). */
  releaseAs(lock: SimLock, rec: ThreadRecord): string | null {
    const prev = this.current;
    this.current = rec;
    try {
      return this.lockRelease(lock);
    } finally {
      this.current = prev;
    }
  }

  setSwitchInterval(ns: number): void {
    this.switchIntervalNs = Math.max(1, Math.round(ns));
  }

  // ---- the run loop ---------------------------------------------------------------------------

  /** Runs until every non-daemon thread is done, a deadlock, or a limit. */
  run(): RunOutcome {
    return this.runSlice(Infinity) as RunOutcome;
  }

  /**
   * Like run(), but returns null once about `budget` more instructions have run and the program
   * is still going, so that a host (the browser worker) can yield between slices and call again.
   */
  runSlice(budget: number): RunOutcome | null {
    const sliceEnd = this.totalInstructions + budget;
    for (;;) {
      if (this.allNonDaemonDone()) return this.complete();
      if (this.totalInstructions >= sliceEnd) return null;
      if (this.totalInstructions >= this.maxInstructions) return { kind: 'limit', endTime: this.now, which: 'instructions' };
      if (this.now > this.maxTimeNs) return { kind: 'limit', endTime: this.now, which: 'time' };
      if (this.engine.step() === 'idle') {
        const next = this.timers.peekTime();
        if (next === Infinity) {
          const stuck = this.threads.filter((r) => !r.finished);
          return { kind: 'deadlock', endTime: this.now, stuck };
        }
        if (next > this.maxTimeNs) {
          this.now = this.maxTimeNs;
          return { kind: 'limit', endTime: this.now, which: 'time' };
        }
        this.now = Math.max(this.now, next);
        this.fireTimers(this.now);
      }
    }
  }

  private allNonDaemonDone(): boolean {
    if (!this.threads.length) return true;
    for (const r of this.threads) if (!r.finished && !r.daemon) return false;
    return true;
  }

  private complete(): RunOutcome {
    // daemon threads are stopped abruptly at exit (their finally blocks do not run)
    for (const r of this.threads) if (!r.finished) this.finish(r, FinishHow.KILLED_AT_EXIT, this.now);
    return { kind: 'completed', endTime: this.now };
  }

  // ---- trace ------------------------------------------------------------------------------------

  emit(t: number, kind: (typeof EventKind)[keyof typeof EventKind], thread: number, a = -1, b = -1, c = -1): void {
    this.trace?.emit(t, kind, thread, a, b, c);
  }

  str(s: string): number {
    return this.trace ? this.trace.str(s) : -1;
  }

  emitGilRelease(rec: ThreadRecord, reason: (typeof GilReleaseReason)[keyof typeof GilReleaseReason], t: number): void {
    this.emit(t, EventKind.GIL_RELEASE, rec.id, reason);
  }
}
