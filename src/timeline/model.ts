// The timeline's model, built in one pass over the transferred trace: per-thread state
// intervals, GIL holder intervals and drop requests, owner/waiter intervals per synchronisation
// object, marks (findings, exceptions, output) and flows (hand-offs between threads).
import { EventKind, FindingKind, ObjectKind, SyncOp, ThreadState } from '../trace/event-kinds';
import type { Findings } from '../trace/findings/collector';
import type { TraceTransfer } from '../worker/trace-transfer';
import { FlowList, InstantList } from './instants';
import { IntervalList } from './intervals';

export const MarkKind = { LOST_UPDATE: 1, RACE: 2, DEADLOCK: 3, EXCEPTION: 4, OUTPUT: 5, FINISHED: 6 } as const;
export const FlowKind = { HANDOFF: 1, SET: 2, PUT_GET: 3, NOTIFY: 4, START: 5, JOIN: 6, LOST_READ: 7 } as const;
export const FLOW_NAMES: Record<number, string> = {
  1: 'release → acquire',
  2: 'set → wait returns',
  3: 'put → get',
  4: 'notify → wake',
  5: 'start',
  6: 'join',
  7: 'read … overwritten by this write',
};

export interface ThreadLane {
  id: number;
  name: string;
  daemon: boolean;
  /** state intervals: value = ThreadState, obj = object blocked on, extra = detail string id */
  states: IntervalList;
  /** LINE events of this thread: when it reached which line */
  lineTimes: Float64Array;
  lines: Int32Array;
  lineCount: number;
  /** this thread's marks except output (kind = MarkKind, a/b as in model.marks) */
  marks: InstantList;
  /** this thread's writes: a = stream, b = text string id */
  outputs: InstantList;
  /** when it finished, or null if it never did */
  finishedAt: number | null;
}

export interface ObjectLane {
  id: number;
  kind: number;
  name: string;
  /** value = owning thread */
  owners: IntervalList;
  /** value = waiting thread, obj = the (possibly internal) object it waits on */
  waiters: IntervalList;
  /** operations on it: thread, kind = SyncOp */
  ops: InstantList;
}

export interface DeadlockStep {
  thread: number;
  waitsFor: string;
  heldBy: number;
  line: number;
}

export interface TimelineModel {
  start: number;
  end: number;
  eventCount: number;
  dropped: number;
  /** where the capped log dropped events ("… N events not recorded …"), or null */
  gapTime: number | null;
  threads: ThreadLane[];
  /** value = holder thread */
  gil: IntervalList;
  /** thread = the waiter asking, a = the holder asked to drop */
  drops: InstantList;
  hasGil: boolean;
  objects: ObjectLane[];
  /** kind = MarkKind; a/b: string ids (location, text, type) or line, per kind */
  marks: InstantList;
  flows: FlowList;
  deadlock: { time: number; steps: DeadlockStep[] } | null;
  findings: Findings | null;
  strings: string[];
  /** Name of any object id (labels, or what internal objects do). */
  objectName(id: number): string;
  threadName(id: number): string;
}

interface ObjInfo {
  kind: number;
  partOf: number;
  label: string | null;
}

const isUserKind = (k: number) => k >= ObjectKind.LOCK && k <= ObjectKind.QUEUE;
const OWNED_KINDS: ReadonlySet<number> = new Set([ObjectKind.LOCK, ObjectKind.RLOCK, ObjectKind.SEMAPHORE, ObjectKind.CONDITION]);

class LineBuilder {
  times = new Float64Array(64);
  lines = new Int32Array(64);
  count = 0;
  push(t: number, line: number): void {
    if (this.count === this.times.length) {
      const a = new Float64Array(this.count * 2);
      a.set(this.times);
      this.times = a;
      const b = new Int32Array(this.count * 2);
      b.set(this.lines);
      this.lines = b;
    }
    this.times[this.count] = t;
    this.lines[this.count++] = line;
  }
}

/** Builds the model; `trace` is what the worker transferred (or a synthetic one). */
export function buildModel(trace: TraceTransfer): TimelineModel {
  const { times, fields, count, strings } = trace;
  const str = (id: number) => (id >= 0 && id < strings.length ? strings[id] : '');
  const threads: ThreadLane[] = [];
  const lineBuilders: LineBuilder[] = [];
  const openState: { state: number; since: number; obj: number; detail: number }[] = [];
  const objects = new Map<number, ObjInfo>();
  const objectLanes = new Map<number, ObjectLane>();
  const gil = new IntervalList();
  const drops = new InstantList();
  const marks = new InstantList();
  const flows = new FlowList();
  let gilHolder = -1;
  let gilSince = 0;
  let hasGil = false;
  const ownerOpen = new Map<string, { since: number; depth: number }>();
  const pendingRequest = new Map<string, number>();
  const lastRelease = new Map<number, { time: number; thread: number }>();
  const puts = new Map<number, { time: number; thread: number }[]>();
  const created = new Map<number, { time: number; parent: number }>();
  const finishedAt = new Map<number, number>();
  const deadlockMarks: { time: number; thread: number; obj: number; line: number }[] = [];
  const firstChildLock = new Map<number, number>();
  const start = count > 0 ? times[0] : 0;
  const end = Math.max(trace.endTime, count > 0 ? times[count - 1] : 0);

  const thread = (id: number): ThreadLane => {
    while (threads.length <= id) {
      const n = threads.length;
      threads.push({ id: n, name: `thread#${n}`, daemon: false, states: new IntervalList(), lineTimes: new Float64Array(0), lines: new Int32Array(0), lineCount: 0, marks: new InstantList(), outputs: new InstantList(), finishedAt: null });
      lineBuilders.push(new LineBuilder());
    }
    return threads[id];
  };
  const topOf = (id: number): number => {
    let cur = id;
    for (let guard = 0; guard < 64; guard++) {
      const o = objects.get(cur);
      if (!o) return -1;
      if (o.partOf < 0) return cur;
      cur = o.partOf;
    }
    return -1;
  };
  const labelChain = (id: number): string | null => {
    let cur = id;
    for (let guard = 0; guard < 64; guard++) {
      const o = objects.get(cur);
      if (!o) return null;
      if (o.label) return o.label;
      cur = o.partOf;
    }
    return null;
  };
  const objectLane = (id: number): ObjectLane | null => {
    let lane = objectLanes.get(id);
    if (lane) return lane;
    const o = objects.get(id);
    if (!o || o.partOf >= 0 || !isUserKind(o.kind)) return null;
    lane = { id, kind: o.kind, name: '', owners: new IntervalList(), waiters: new IntervalList(), ops: new InstantList() };
    objectLanes.set(id, lane);
    return lane;
  };
  /** The lane an acquire of `obj` gives an owner to: the object itself, or a Condition whose lock it is. */
  const ownedLane = (obj: number): ObjectLane | null => {
    const o = objects.get(obj);
    if (!o) return null;
    if (o.partOf < 0) return OWNED_KINDS.has(o.kind) ? objectLane(obj) : null;
    const parent = objects.get(o.partOf);
    if (parent && parent.partOf < 0 && parent.kind === ObjectKind.CONDITION && firstChildLock.get(o.partOf) === obj) return objectLane(o.partOf);
    return null;
  };
  const closeState = (t: number, time: number) => {
    const st = openState[t];
    if (!st) return;
    openState[t] = undefined as never;
    thread(t).states.push(st.since, Math.max(time, st.since), st.state, st.obj, st.detail);
    if (st.state === ThreadState.BLOCKED && st.obj >= 0) {
      const top = topOf(st.obj);
      const lane = top >= 0 ? objectLane(top) : null;
      lane?.waiters.push(st.since, Math.max(time, st.since), t, st.obj);
    }
  };
  const flowKindOf = (obj: number, releaser: number, releaseTime: number): number | null => {
    const top = topOf(obj);
    const topKind = top >= 0 ? objects.get(top)!.kind : -1;
    if (topKind === ObjectKind.QUEUE) return null; // put → get pairs stand for these
    if (topKind === ObjectKind.EVENT) return FlowKind.SET;
    if (topKind === ObjectKind.CONDITION && top !== obj && firstChildLock.get(top) !== obj) return FlowKind.NOTIFY;
    if (top >= 0) return FlowKind.HANDOFF;
    if (finishedAt.get(releaser) === releaseTime || (labelChain(obj) ?? '').endsWith(' finishing')) return FlowKind.JOIN;
    return null; // the threading module's own hand-offs (start()'s wait): shown as "start" flows
  };

  for (let i = 0; i < count; i++) {
    const time = times[i];
    const w = fields[i * 4];
    const kind = w >>> 24;
    const t = w & 0xffffff;
    const a = fields[i * 4 + 1];
    const b = fields[i * 4 + 2];
    const c = fields[i * 4 + 3];
    switch (kind) {
      case EventKind.THREAD_CREATED: {
        const lane = thread(t);
        lane.name = str(b);
        lane.daemon = c === 1;
        created.set(t, { time, parent: a });
        break;
      }
      case EventKind.THREAD_RENAMED:
        thread(t).name = str(b);
        break;
      case EventKind.THREAD_STARTED: {
        thread(t);
        const cr = created.get(t);
        if (cr && cr.parent >= 0) flows.push(cr.time, cr.parent, time, t, FlowKind.START, -1);
        break;
      }
      case EventKind.THREAD_FINISHED:
        closeState(t, time);
        finishedAt.set(t, time);
        thread(t).finishedAt = time;
        marks.push(time, t, MarkKind.FINISHED, a);
        break;
      case EventKind.STATE:
        thread(t);
        closeState(t, time);
        if (a !== ThreadState.DONE) openState[t] = { state: a, since: time, obj: b, detail: c };
        break;
      case EventKind.GIL_ACQUIRE:
        hasGil = true;
        if (gilHolder >= 0) gil.push(gilSince, time, gilHolder);
        gilHolder = t;
        gilSince = time;
        break;
      case EventKind.GIL_RELEASE:
        if (gilHolder >= 0) gil.push(gilSince, time, gilHolder, -1, a);
        gilHolder = -1;
        break;
      case EventKind.DROP_REQUEST:
        drops.push(time, t, 0, a);
        break;
      case EventKind.OBJECT_CREATED:
        objects.set(a, { kind: b, partOf: c, label: null });
        if (c < 0) objectLane(a); // every object the program made gets a lane, used or not
        if (c >= 0 && (b === ObjectKind.LOCK || b === ObjectKind.RLOCK) && !firstChildLock.has(c)) firstChildLock.set(c, a);
        break;
      case EventKind.OBJECT_LABELLED: {
        const o = objects.get(a);
        if (o && o.label === null) o.label = str(c);
        break;
      }
      case EventKind.SYNC:
        onSync(time, t, a, b);
        break;
      case EventKind.OUTPUT:
        marks.push(time, t, MarkKind.OUTPUT, a, b);
        break;
      case EventKind.LINE:
        thread(t);
        lineBuilders[t].push(time, a);
        break;
      case EventKind.EXCEPTION:
        marks.push(time, t, MarkKind.EXCEPTION, b, c);
        break;
      case EventKind.FINDING:
        if (a === FindingKind.LOST_UPDATE) marks.push(time, t, MarkKind.LOST_UPDATE, b, c);
        else if (a === FindingKind.RACE) marks.push(time, t, MarkKind.RACE, b, c);
        else if (a === FindingKind.DEADLOCK) {
          marks.push(time, t, MarkKind.DEADLOCK, b, c);
          deadlockMarks.push({ time, thread: t, obj: b, line: c });
        }
        break;
    }
  }

  function onSync(time: number, t: number, op: number, obj: number) {
    const key = `${obj}:${t}`;
    const top = topOf(obj);
    if (top >= 0 && (top === obj || (op !== SyncOp.TRY_FAILED && op !== SyncOp.REQUEST))) objectLanes.get(top)?.ops.push(time, t, op, obj);
    switch (op) {
      case SyncOp.REQUEST:
        pendingRequest.set(key, time);
        break;
      case SyncOp.TIMEOUT:
        pendingRequest.delete(key);
        break;
      case SyncOp.ACQUIRE: {
        if (pendingRequest.has(key)) {
          pendingRequest.delete(key);
          const rel = lastRelease.get(obj);
          if (rel && rel.thread !== t) {
            const fk = flowKindOf(obj, rel.thread, rel.time);
            if (fk !== null) flows.push(rel.time, rel.thread, time, t, fk, topOf(obj) >= 0 ? topOf(obj) : obj);
          }
        }
        const lane = ownedLane(obj);
        if (lane) {
          const k = `${lane.id}:${t}`;
          const open = ownerOpen.get(k);
          if (open) open.depth++;
          else ownerOpen.set(k, { since: time, depth: 1 });
        }
        break;
      }
      case SyncOp.RELEASE: {
        lastRelease.set(obj, { time, thread: t });
        const lane = ownedLane(obj);
        if (lane) {
          const k = `${lane.id}:${t}`;
          const open = ownerOpen.get(k);
          if (open && --open.depth <= 0) {
            lane.owners.push(open.since, time, t);
            ownerOpen.delete(k);
          }
        }
        break;
      }
      case SyncOp.PUT: {
        const q = puts.get(obj) ?? [];
        q.push({ time, thread: t });
        puts.set(obj, q);
        break;
      }
      case SyncOp.GET: {
        const p = puts.get(obj)?.shift();
        if (p && p.thread !== t) flows.push(p.time, p.thread, time, t, FlowKind.PUT_GET, obj);
        break;
      }
    }
  }

  // Close whatever is still open at the end of the run.
  for (let t = 0; t < threads.length; t++) closeState(t, end);
  if (gilHolder >= 0) gil.push(gilSince, end, gilHolder);
  for (const [k, open] of ownerOpen) {
    const [laneId, t] = k.split(':').map(Number);
    objectLanes.get(laneId)?.owners.push(open.since, end, t);
  }

  threads.forEach((lane, t) => {
    lane.states.finish((v) => v === ThreadState.RUNNING);
    const lb = lineBuilders[t];
    lane.lineTimes = lb.times.subarray(0, lb.count);
    lane.lines = lb.lines.subarray(0, lb.count);
    lane.lineCount = lb.count;
  });
  gil.finish();

  const objectName = (id: number): string => {
    const o = objects.get(id);
    if (!o) return `object#${id}`;
    if (o.label && o.partOf < 0) return o.label;
    const top = topOf(id);
    if (top >= 0 && top !== id) return objectName(top);
    if (o.partOf < 0) return `${KIND_LABEL[o.kind] ?? 'Object'}#${id}`;
    const chain = labelChain(id) ?? '';
    if (chain.endsWith(' finishing')) return `join(${chain.slice(0, -' finishing'.length)})`;
    if (chain.endsWith('.start')) return 'start()';
    return 'threading internals';
  };
  const lanes = [...objectLanes.values()].sort((x, y) => x.id - y.id);
  for (const lane of lanes) {
    lane.name = objectName(lane.id);
    lane.owners.finish();
    lane.waiters.finish();
  }
  const threadName = (id: number) => threads[id]?.name ?? `thread#${id}`;

  // Lost updates: link each overwriting write back to the read it invalidated (the same thread's
  // last visit to the read line before it), from the findings' per-location read line.
  const readLines = new Map<string, number>();
  for (const l of trace.findings?.lostUpdates ?? []) readLines.set(`${l.location}@${l.line}`, l.first.readLine);
  const lostMarks: number[] = [];
  for (let i = 0; i < marks.count; i++) if (marks.kind[i] === MarkKind.LOST_UPDATE) lostMarks.push(i);
  for (const i of lostMarks) {
    const lane = threads[marks.thread[i]];
    const readLine = readLines.get(`${str(marks.a[i])}@${marks.b[i]}`);
    if (!lane || readLine === undefined) continue;
    const at = upperBound(lane.lineTimes, lane.lineCount, marks.time[i]) - 1;
    for (let k = at, steps = 0; k >= 0 && steps < 10_000; k--, steps++) {
      if (lane.lines[k] === readLine) {
        flows.push(lane.lineTimes[k], lane.id, marks.time[i], lane.id, FlowKind.LOST_READ, -1);
        break;
      }
    }
  }
  sortFlows(flows);
  for (let i = 0; i < marks.count; i++) {
    const lane = threads[marks.thread[i]];
    if (!lane) continue;
    (marks.kind[i] === MarkKind.OUTPUT ? lane.outputs : lane.marks).push(marks.time[i], marks.thread[i], marks.kind[i], marks.a[i], marks.b[i]);
  }

  let deadlock: TimelineModel['deadlock'] = null;
  if (deadlockMarks.length > 0) {
    const steps = trace.findings?.deadlock?.steps;
    deadlock = {
      time: deadlockMarks[0].time,
      steps: deadlockMarks.map((m) => ({ thread: m.thread, waitsFor: objectName(m.obj), heldBy: steps?.find((s) => s.thread === m.thread)?.heldBy ?? -1, line: m.line })),
    };
  }

  return {
    start,
    end,
    eventCount: count,
    dropped: trace.dropped,
    gapTime: trace.gapIndex >= 0 && trace.gapIndex < count ? times[trace.gapIndex] : null,
    threads,
    gil,
    drops,
    hasGil,
    objects: lanes,
    marks,
    flows,
    deadlock,
    findings: trace.findings,
    strings,
    objectName,
    threadName,
  };
}

const KIND_LABEL: Record<number, string> = { 1: 'Lock', 2: 'RLock', 3: 'Condition', 4: 'Semaphore', 5: 'Event', 6: 'Barrier', 7: 'Queue' };
export const objectKindLabel = (kind: number) => KIND_LABEL[kind] ?? 'Object';

/** First index in sorted `arr[0..n)` with a value > t. */
export function upperBound(arr: Float64Array, n: number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lost-read links were appended after the pass: restore the order by end time. */
function sortFlows(f: FlowList): void {
  let sorted = true;
  for (let i = 1; i < f.count; i++) if (f.toTime[i] < f.toTime[i - 1]) sorted = false;
  if (sorted) return;
  const idx = Array.from({ length: f.count }, (_, i) => i).sort((x, y) => f.toTime[x] - f.toTime[y] || x - y);
  const re = <T extends Float64Array | Int32Array>(a: T): T => {
    const b = a.slice() as T;
    idx.forEach((from, to) => (b[to] = a[from]));
    return b;
  };
  f.fromTime = re(f.fromTime);
  f.fromThread = re(f.fromThread);
  f.toTime = re(f.toTime);
  f.toThread = re(f.toThread);
  f.kind = re(f.kind);
  f.obj = re(f.obj);
}

/** The line each thread was on at time t (-1 if it had not reached one yet or was finished). */
export function linesAt(model: TimelineModel, t: number): { thread: number; line: number }[] {
  const out: { thread: number; line: number }[] = [];
  for (const lane of model.threads) {
    const k = upperBound(lane.lineTimes, lane.lineCount, t) - 1;
    if (k < 0) continue;
    if (lane.finishedAt !== null && t >= lane.finishedAt) continue;
    out.push({ thread: lane.id, line: lane.lines[k] });
  }
  return out;
}
