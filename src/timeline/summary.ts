// The numbers beside the timeline: per-thread share of time in each state, per-object
// acquisitions / contention / total wait, and the findings counts. Computed from the model's
// intervals, so the summary and the picture always agree.
import { ObjectKind, ThreadState } from '../trace/event-kinds';
import { MarkKind, objectKindLabel, type TimelineModel } from './model';

export interface ThreadSummary {
  thread: number;
  name: string;
  /** fractions of the thread's lifetime (0–1) */
  running: number;
  waitingGil: number;
  blocked: number;
  sleeping: number;
  lifetimeNs: number;
}

export interface ObjectSummary {
  name: string;
  kind: string;
  acquisitions: number;
  /** times a thread had to wait for it */
  contention: number;
  totalWaitNs: number;
}

export interface TimelineSummary {
  threads: ThreadSummary[];
  objects: ObjectSummary[];
  lostUpdates: number;
  races: number;
  deadlock: boolean;
  exceptions: number;
  events: number;
  dropped: number;
  durationNs: number;
}

export function summarize(model: TimelineModel): TimelineSummary {
  const threads = model.threads.map((lane): ThreadSummary => {
    const s = lane.states;
    const sums = new Map<number, number>();
    let total = 0;
    for (let i = 0; i < s.count; i++) {
      const d = s.end[i] - s.start[i];
      total += d;
      sums.set(s.value[i], (sums.get(s.value[i]) ?? 0) + d);
    }
    const frac = (...states: number[]) => (total > 0 ? states.reduce((n, st) => n + (sums.get(st) ?? 0), 0) / total : 0);
    return {
      thread: lane.id,
      name: lane.name,
      running: frac(ThreadState.RUNNING),
      waitingGil: frac(ThreadState.WAITING_GIL, ThreadState.WAITING_CORE),
      blocked: frac(ThreadState.BLOCKED),
      sleeping: frac(ThreadState.SLEEPING, ThreadState.IO),
      lifetimeNs: total,
    };
  });
  const objects = model.objects.map((lane): ObjectSummary => {
    let wait = 0;
    for (let i = 0; i < lane.waiters.count; i++) wait += lane.waiters.end[i] - lane.waiters.start[i];
    // Locks and Conditions have owners; for the others (a Semaphore's count lives in Python code)
    // the trace has operations only.
    const owned = lane.kind === ObjectKind.LOCK || lane.kind === ObjectKind.RLOCK || lane.kind === ObjectKind.CONDITION;
    return { name: lane.name, kind: objectKindLabel(lane.kind), acquisitions: owned ? lane.owners.count : lane.ops.count, contention: lane.waiters.count, totalWaitNs: wait };
  });
  const count = (kind: number) => {
    let n = 0;
    for (let i = 0; i < model.marks.count; i++) if (model.marks.kind[i] === kind) n++;
    return n;
  };
  return {
    threads,
    objects,
    lostUpdates: count(MarkKind.LOST_UPDATE),
    races: count(MarkKind.RACE),
    deadlock: model.deadlock !== null,
    exceptions: count(MarkKind.EXCEPTION),
    events: model.eventCount,
    dropped: model.dropped,
    durationNs: model.end - model.start,
  };
}
