import {
  AccessKind as AccessKindExport,
  EventKind as EventKindExport,
  OBJECT_KIND_NAMES,
  SyncOp,
  ThreadState,
} from '../event-kinds';
import type { EventKindCode } from '../event-kinds';
import type { StringTable } from '../string-table';
import type { TraceEvent, TraceListener } from '../trace-log';
import { ContentionTracker } from './contention';
import type { LockStats, ThreadTimes } from './contention';
import { findWaitForCycle } from './deadlock';
import type { DeadlockCycle } from './deadlock';
import { LockOrderTracker } from './lock-order';
import type { Inversion } from './lock-order';
import { LostUpdateDetector } from './lost-updates';
import type { LostUpdate } from './lost-updates';
import { RaceDetector } from './races';
import type { Race } from './races';

// Local copies: onEvent sees every event, and under tsx (the CLI) each read of an imported
// binding is a getter call.
const EventKind = { ...EventKindExport };
const AccessKind = { ...AccessKindExport };

const RELEASE_LIKE = new Set<number>([SyncOp.RELEASE, SyncOp.SET, SyncOp.PUT, SyncOp.NOTIFY, SyncOp.NOTIFY_ALL, SyncOp.WAIT]);
const ACQUIRE_LIKE = new Set<number>([SyncOp.ACQUIRE, SyncOp.WAIT_DONE, SyncOp.GET, SyncOp.PASS]);

export interface Findings {
  /** count: stale writes; erased: the other threads' writes they overwrote */
  lostUpdates: { location: string; line: number; count: number; erased: number; first: LostUpdate }[];
  /** races at locations where no update was lost this run ("this run was lucky") */
  races: (Omit<Race, 'location'> & { location: string })[];
  deadlock: DeadlockCycle | null;
  lockOrderInversions: Inversion[];
  locks: (LockStats & { name: string })[];
  threads: (ThreadTimes & { name: string })[];
}

interface ObjectInfo {
  kind: number;
  partOf: number;
  label: string | null;
}

/**
 * Consumes the event stream (live, as a TraceListener, or replayed from a log) and keeps every
 * finding up to date. It sees all events, including those a capped trace drops.
 */
export class FindingsCollector implements TraceListener {
  readonly lost = new LostUpdateDetector();
  readonly races = new RaceDetector();
  readonly order = new LockOrderTracker();
  readonly contention = new ContentionTracker();
  readonly threadNames: string[] = [];
  readonly objects = new Map<number, ObjectInfo>();
  readonly lineOf: number[] = [];
  /** lock → owning thread */
  readonly owners = new Map<number, number>();
  /** thread → lock it is blocked on */
  readonly waits = new Map<number, number>();
  /** thread → (lock → line where acquired) */
  private readonly held = new Map<number, Map<number, number>>();
  /** (lock) → recursion depth, for RLocks */
  private readonly depth = new Map<number, number>();
  /** thread → high-level object it waits on (Event, Condition, Queue …) */
  readonly waitingOn = new Map<number, number>();
  private readonly times = new Map<number, ThreadTimes & { state: number; since: number }>();
  private lastTime = 0;

  constructor(private readonly strings: StringTable) {}

  onEvent(time: number, kind: EventKindCode, thread: number, a: number, b: number, c: number): void {
    this.lastTime = time;
    switch (kind) {
      case EventKind.THREAD_CREATED:
        this.threadNames[thread] = this.strings.get(b);
        this.races.onThreadCreated(thread, a);
        break;
      case EventKind.THREAD_RENAMED:
        this.threadNames[thread] = this.strings.get(b);
        break;
      case EventKind.STATE:
        this.onState(time, thread, a);
        break;
      case EventKind.LINE:
        this.lineOf[thread] = a;
        break;
      case EventKind.OBJECT_CREATED:
        this.objects.set(a, { kind: b, partOf: c, label: null });
        break;
      case EventKind.OBJECT_LABELLED: {
        const o = this.objects.get(a);
        if (o && o.label === null) o.label = this.strings.get(c);
        break;
      }
      case EventKind.ACCESS: {
        const loc = b; // the location's string id is its identity
        if (a === AccessKind.READ) {
          this.lost.onRead(time, thread, loc, c);
          this.races.onRead(time, thread, loc, c);
        } else {
          this.lost.onWrite(time, thread, loc, c);
          this.races.onWrite(time, thread, loc, c);
        }
        break;
      }
      case EventKind.SYNC:
        this.onSync(time, thread, a, b);
        break;
    }
  }

  private onState(time: number, thread: number, state: number): void {
    let t = this.times.get(thread);
    if (!t) {
      t = { thread, runningNs: 0, waitingGilNs: 0, blockedNs: 0, sleepingNs: 0, state, since: time };
      this.times.set(thread, t);
      return;
    }
    this.account(t, time);
    t.state = state;
    t.since = time;
  }

  private account(t: ThreadTimes & { state: number; since: number }, time: number): void {
    const d = time - t.since;
    if (t.state === ThreadState.RUNNING) t.runningNs += d;
    else if (t.state === ThreadState.WAITING_GIL || t.state === ThreadState.WAITING_CORE) t.waitingGilNs += d;
    else if (t.state === ThreadState.SLEEPING || t.state === ThreadState.IO) t.sleepingNs += d;
    else if (t.state === ThreadState.BLOCKED) t.blockedNs += d;
  }

  private onSync(time: number, thread: number, op: number, object: number): void {
    if (RELEASE_LIKE.has(op)) this.races.onRelease(thread, object);
    if (ACQUIRE_LIKE.has(op)) this.races.onAcquire(thread, object);
    const line = this.lineOf[thread] ?? -1;
    switch (op) {
      case SyncOp.REQUEST: {
        this.waits.set(thread, object);
        this.contention.onRequest(time, thread, object);
        // the attempt already establishes the order (as lockdep does), even if it times out
        const h = this.held.get(thread);
        if (h && this.isUserLock(object)) this.order.onAcquire(thread, object, line, this.userHeld(h));
        break;
      }
      case SyncOp.ACQUIRE: {
        this.waits.delete(thread);
        this.contention.onAcquire(time, thread, object);
        const d = (this.depth.get(object) ?? 0) + 1;
        this.depth.set(object, d);
        this.owners.set(object, thread);
        let h = this.held.get(thread);
        if (!h) this.held.set(thread, (h = new Map()));
        if (d === 1) {
          if (this.isUserLock(object)) this.order.onAcquire(thread, object, line, this.userHeld(h));
          h.set(object, line);
        }
        break;
      }
      case SyncOp.RELEASE: {
        const d = (this.depth.get(object) ?? 1) - 1;
        if (d > 0) {
          this.depth.set(object, d);
          break;
        }
        this.depth.delete(object);
        const owner = this.owners.get(object);
        this.owners.delete(object);
        if (owner !== undefined) this.held.get(owner)?.delete(object);
        break;
      }
      case SyncOp.TIMEOUT:
        this.waits.delete(thread);
        this.contention.onTimeout(time, thread, object);
        break;
      case SyncOp.WAIT:
        this.waitingOn.set(thread, object);
        break;
      case SyncOp.WAIT_DONE:
      case SyncOp.GET:
      case SyncOp.PASS:
      case SyncOp.BROKEN:
        this.waitingOn.delete(thread);
        break;
    }
  }

  private isUserLock(object: number): boolean {
    const o = this.objects.get(object);
    return !o || o.partOf < 0;
  }

  private userHeld(h: Map<number, number>): Map<number, number> {
    const out = new Map<number, number>();
    for (const [l, line] of h) if (this.isUserLock(l)) out.set(l, line);
    return out;
  }

  /** Where `thread` acquired `lock` (the line), or -1. */
  acquiredAt(thread: number, lock: number): number {
    return this.held.get(thread)?.get(lock) ?? -1;
  }

  /** The current wait-for cycle, if the blocked threads form one. */
  deadlockCycle(): DeadlockCycle | null {
    return findWaitForCycle(this.waits, this.owners, (l) => this.isUserLock(l));
  }

  /** A readable name: the first name the object was bound to, else its kind and number. */
  objectName(id: number): string {
    const o = this.objects.get(id);
    if (!o) return `object#${id}`;
    if (o.label) return o.label;
    if (o.partOf >= 0) return `${this.objectName(o.partOf)} (internal ${OBJECT_KIND_NAMES[o.kind] ?? 'object'})`;
    return `${capitalise(OBJECT_KIND_NAMES[o.kind] ?? 'object')}#${id}`;
  }

  /** What a blocked thread waits for, as a learner would say it. */
  waitDescription(thread: number): string | null {
    const high = this.waitingOn.get(thread);
    if (high !== undefined) return this.objectName(high);
    const l = this.waits.get(thread);
    return l === undefined ? null : this.objectName(l);
  }

  threadName(t: number): string {
    return this.threadNames[t] ?? `thread#${t}`;
  }

  findings(endTime = this.lastTime): Findings {
    const lostUpdates = this.lost.summary().map((l) => ({ ...l, location: this.strings.get(l.location) }));
    const lostLocations = this.lost.locations();
    const threads = [...this.times.values()]
      .sort((x, y) => x.thread - y.thread)
      .map((t) => {
        const copy = { ...t };
        this.account(copy, endTime);
        const { state: _s, since: _since, ...times } = copy;
        return { ...times, name: this.threadName(t.thread) };
      });
    return {
      lostUpdates,
      races: this.races.found
        .filter((r) => !lostLocations.has(r.location))
        .map((r) => ({ ...r, location: this.strings.get(r.location) })),
      deadlock: this.deadlockCycle(),
      lockOrderInversions: this.order.inversions(),
      locks: [...this.contention.locks.values()]
        .filter((s) => this.isUserLock(s.object))
        .map((s) => ({ ...s, name: this.objectName(s.object) })),
      threads,
    };
  }

  /** Replays recorded events (tests, or analysing a saved trace). */
  replay(events: Iterable<TraceEvent>): this {
    for (const e of events) this.onEvent(e.time, e.kind, e.thread, e.a, e.b, e.c);
    return this;
  }
}

function capitalise(s: string): string {
  return s === 'rlock' ? 'RLock' : s.charAt(0).toUpperCase() + s.slice(1);
}
