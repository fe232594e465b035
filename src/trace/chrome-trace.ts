import { EventKind, FinishHow, SYNC_OP_NAMES, SyncOp, THREAD_STATE_NAMES, ThreadState } from './event-kinds';
import type { TraceLog } from './trace-log';

/** One Chrome Trace Event (the JSON format Perfetto and chrome://tracing open). */
interface ChromeEvent {
  name: string;
  ph: 'X' | 'i' | 'M';
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  s?: 'g' | 'p' | 't';
  cat?: string;
  args?: Record<string, unknown>;
}

const PID_THREADS = 1;
const PID_GIL = 2;
const PID_LOCKS = 3;
const us = (ns: number): number => ns / 1000;

/**
 * Exports a trace as Chrome Trace Event JSON: a lane per thread (its state over time, sync
 * operations and output as instants), a GIL lane (who holds it; drop requests), and a lane
 * per lock (who holds it).
 */
export function toChromeTrace(log: TraceLog, endTime?: number): string {
  const s = (id: number) => log.strings.get(id);
  const out: ChromeEvent[] = [
    { name: 'process_name', ph: 'M', pid: PID_THREADS, tid: 0, args: { name: 'Threads' } },
    { name: 'process_name', ph: 'M', pid: PID_GIL, tid: 0, args: { name: 'GIL' } },
    { name: 'process_name', ph: 'M', pid: PID_LOCKS, tid: 0, args: { name: 'Locks' } },
    { name: 'thread_name', ph: 'M', pid: PID_GIL, tid: 0, args: { name: 'GIL holder' } },
  ];
  const threadNames: string[] = [];
  const stateOf = new Map<number, { state: number; since: number; object: number }>();
  const lockNames = new Map<number, string>();
  const lockHeld = new Map<number, { thread: number; since: number; depth: number }>();
  let gil: { thread: number; since: number } | null = null;
  let last = 0;

  const lockLabel = (id: number) => lockNames.get(id) ?? `object#${id}`;
  const closeState = (thread: number, t: number) => {
    const st = stateOf.get(thread);
    if (!st || t <= st.since) return;
    const name = THREAD_STATE_NAMES[st.state] ?? 'state';
    const args: Record<string, unknown> = {};
    if (st.object >= 0) args.on = lockLabel(st.object);
    out.push({ name, cat: 'state', ph: 'X', pid: PID_THREADS, tid: thread, ts: us(st.since), dur: us(t - st.since), args });
  };

  for (const e of log.events()) {
    last = e.time;
    switch (e.kind) {
      case EventKind.THREAD_CREATED:
      case EventKind.THREAD_RENAMED:
        threadNames[e.thread] = s(e.b);
        out.push({ name: 'thread_name', ph: 'M', pid: PID_THREADS, tid: e.thread, args: { name: s(e.b) } });
        break;
      case EventKind.STATE:
        closeState(e.thread, e.time);
        if (e.a === ThreadState.DONE) stateOf.delete(e.thread);
        else stateOf.set(e.thread, { state: e.a, since: e.time, object: e.b });
        break;
      case EventKind.GIL_ACQUIRE:
        gil = { thread: e.thread, since: e.time };
        break;
      case EventKind.GIL_RELEASE:
        if (gil) {
          out.push({
            name: threadNames[gil.thread] ?? `thread ${gil.thread}`,
            cat: 'gil',
            ph: 'X',
            pid: PID_GIL,
            tid: 0,
            ts: us(gil.since),
            dur: us(e.time - gil.since),
          });
        }
        gil = null;
        break;
      case EventKind.DROP_REQUEST:
        out.push({ name: 'drop request', cat: 'gil', ph: 'i', s: 't', pid: PID_GIL, tid: 0, ts: us(e.time), args: { by: threadNames[e.thread], holder: threadNames[e.a] } });
        break;
      case EventKind.OBJECT_LABELLED:
        if (!lockNames.has(e.a)) {
          lockNames.set(e.a, s(e.c));
          out.push({ name: 'thread_name', ph: 'M', pid: PID_LOCKS, tid: e.a, args: { name: s(e.c) } });
        }
        break;
      case EventKind.SYNC: {
        out.push({ name: `${SYNC_OP_NAMES[e.a] ?? 'sync'} ${lockLabel(e.b)}`, cat: 'sync', ph: 'i', s: 't', pid: PID_THREADS, tid: e.thread, ts: us(e.time) });
        if (e.a === SyncOp.ACQUIRE) {
          const h = lockHeld.get(e.b);
          if (h && h.thread === e.thread) h.depth++;
          else lockHeld.set(e.b, { thread: e.thread, since: e.time, depth: 1 });
        } else if (e.a === SyncOp.RELEASE) {
          const h = lockHeld.get(e.b);
          if (h && --h.depth <= 0) {
            out.push({ name: threadNames[h.thread] ?? `thread ${h.thread}`, cat: 'lock', ph: 'X', pid: PID_LOCKS, tid: e.b, ts: us(h.since), dur: us(e.time - h.since) });
            lockHeld.delete(e.b);
          }
        }
        break;
      }
      case EventKind.OUTPUT:
        out.push({ name: e.a === 2 ? 'stderr' : 'print', cat: 'output', ph: 'i', s: 't', pid: PID_THREADS, tid: e.thread, ts: us(e.time), args: { text: s(e.b) } });
        break;
      case EventKind.EXCEPTION:
        out.push({ name: s(e.b), cat: 'exception', ph: 'i', s: 't', pid: PID_THREADS, tid: e.thread, ts: us(e.time), args: { message: s(e.c) } });
        break;
      case EventKind.THREAD_FINISHED:
        if (e.a === FinishHow.KILLED_AT_EXIT) {
          out.push({ name: 'stopped at exit (daemon)', cat: 'thread', ph: 'i', s: 't', pid: PID_THREADS, tid: e.thread, ts: us(e.time) });
        }
        break;
      case EventKind.FINDING:
        out.push({ name: s(e.b), cat: 'finding', ph: 'i', s: 'g', pid: PID_THREADS, tid: e.thread, ts: us(e.time) });
        break;
    }
  }
  const end = endTime ?? last;
  for (const thread of [...stateOf.keys()]) closeState(thread, end);
  if (gil) out.push({ name: threadNames[gil.thread] ?? '', cat: 'gil', ph: 'X', pid: PID_GIL, tid: 0, ts: us(gil.since), dur: us(end - gil.since) });
  for (const [lock, h] of lockHeld) {
    out.push({ name: threadNames[h.thread] ?? '', cat: 'lock', ph: 'X', pid: PID_LOCKS, tid: lock, ts: us(h.since), dur: us(end - h.since) });
  }
  return JSON.stringify({ traceEvents: out, displayTimeUnit: 'ns', otherData: { droppedEvents: log.dropped } });
}
