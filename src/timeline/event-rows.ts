// The events as text, one row each, for the accessible table view (screen readers, keyboard).
import { EVENT_KIND_NAMES, EventKind, FindingKind, OBJECT_KIND_NAMES, SYNC_OP_NAMES, THREAD_STATE_NAMES } from '../trace/event-kinds';
import type { TraceTransfer } from '../worker/trace-transfer';
import type { TimelineModel } from './model';

export interface EventRow {
  index: number;
  time: number;
  thread: string;
  kind: string;
  text: string;
}

export const EVENT_FILTERS = {
  all: 'all events',
  findings: 'findings and exceptions',
  sync: 'locks and other sync objects',
  threads: 'thread states and the GIL',
  output: 'output',
} as const;
export type EventFilter = keyof typeof EVENT_FILTERS;

const FILTER_KINDS: Record<EventFilter, ReadonlySet<number> | null> = {
  all: null,
  findings: new Set([EventKind.FINDING, EventKind.EXCEPTION]),
  sync: new Set([EventKind.SYNC, EventKind.OBJECT_CREATED, EventKind.OBJECT_LABELLED]),
  threads: new Set([EventKind.THREAD_CREATED, EventKind.THREAD_STARTED, EventKind.THREAD_FINISHED, EventKind.STATE, EventKind.GIL_ACQUIRE, EventKind.GIL_RELEASE, EventKind.DROP_REQUEST]),
  output: new Set([EventKind.OUTPUT]),
};

/** Indices of the events a filter keeps (all: null, meaning every index). */
export function filterEvents(trace: TraceTransfer, filter: EventFilter): Int32Array | null {
  const kinds = FILTER_KINDS[filter];
  if (!kinds) return null;
  const out: number[] = [];
  for (let i = 0; i < trace.count; i++) if (kinds.has(trace.fields[i * 4] >>> 24)) out.push(i);
  return Int32Array.from(out);
}

export function eventRow(trace: TraceTransfer, model: TimelineModel, i: number): EventRow {
  const f = trace.fields;
  const w = f[i * 4];
  const kind = w >>> 24;
  const thread = w & 0xffffff;
  const a = f[i * 4 + 1];
  const b = f[i * 4 + 2];
  const c = f[i * 4 + 3];
  const s = (id: number) => (id >= 0 ? (trace.strings[id] ?? '') : '');
  const obj = (id: number) => model.objectName(id);
  const tn = (id: number) => model.threadName(id);
  let text: string;
  switch (kind) {
    case EventKind.THREAD_CREATED:
      text = `${s(b)} created${a >= 0 ? ` by ${tn(a)}` : ''}${c === 1 ? ' (daemon)' : ''}`;
      break;
    case EventKind.THREAD_STARTED:
      text = 'started';
      break;
    case EventKind.THREAD_FINISHED:
      text = a === 1 ? 'finished with an uncaught exception' : a === 2 ? 'stopped at exit (daemon)' : 'finished';
      break;
    case EventKind.THREAD_RENAMED:
      text = `renamed to ${s(b)}`;
      break;
    case EventKind.STATE:
      text = `${THREAD_STATE_NAMES[a]?.replace('_', ' ') ?? 'state'}${b >= 0 ? ` on ${obj(b)}` : ''}${c >= 0 ? ` (${s(c)})` : ''}`;
      break;
    case EventKind.GIL_ACQUIRE:
      text = `takes the GIL${a >= 0 ? ` from ${tn(a)}` : ''}`;
      break;
    case EventKind.GIL_RELEASE:
      text = `releases the GIL (${['drop request', 'blocked', 'finished'][a] ?? 'released'})`;
      break;
    case EventKind.DROP_REQUEST:
      text = `asks ${tn(a)} to drop the GIL`;
      break;
    case EventKind.SYNC:
      text = `${SYNC_OP_NAMES[a] ?? 'op'} ${obj(b)}`;
      break;
    case EventKind.OBJECT_CREATED:
      text = `creates ${OBJECT_KIND_NAMES[b] ?? 'object'} ${obj(a)}`;
      break;
    case EventKind.OBJECT_LABELLED:
      text = `object #${a} is named ${s(c)}`;
      break;
    case EventKind.OUTPUT:
      text = `${a === 2 ? 'stderr' : 'prints'}: ${JSON.stringify(s(b))}`;
      break;
    case EventKind.LINE:
      text = `line ${a}`;
      break;
    case EventKind.EXCEPTION:
      text = `${s(b)}: ${s(c)}`;
      break;
    case EventKind.FINDING:
      text =
        a === FindingKind.LOST_UPDATE
          ? `lost update of ${s(b)} at line ${c}`
          : a === FindingKind.RACE
            ? `data race on ${s(b)} at line ${c}`
            : a === FindingKind.DEADLOCK
              ? `deadlock: waits for ${obj(b)} at line ${c}`
              : `finding at line ${c}`;
      break;
    default:
      text = '';
  }
  return { index: i, time: trace.times[i], thread: tn(thread), kind: (EVENT_KIND_NAMES[kind] ?? 'event').replace('_', ' '), text };
}
