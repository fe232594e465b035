// Words for what the pointer is on: the hover tooltip and the details panel share these.
import { FinishHow, GilReleaseReason, SYNC_OP_NAMES, ThreadState } from '../trace/event-kinds';
import { MarkKind, objectKindLabel, upperBound, type TimelineModel } from './model';
import { stateStyle } from './palette';
import { formatDuration } from './time-scale';

/** Something on the timeline the pointer can be on. `index` is into the list the type names. */
export type Hit =
  | { type: 'state'; thread: number; index: number }
  | { type: 'mark'; thread: number; index: number }
  | { type: 'output'; thread: number; index: number }
  | { type: 'gil'; index: number }
  | { type: 'drop'; index: number }
  | { type: 'owner'; lane: number; index: number }
  | { type: 'waiter'; lane: number; index: number }
  | { type: 'op'; lane: number; index: number }
  | { type: 'merged'; what: string; first: number; last: number; time: number; end: number; busyFrac: number }
  | { type: 'deadlock' };

export interface Description {
  title: string;
  rows: [string, string][];
  /** when it starts (and ends) in virtual ns */
  time: number;
  end?: number;
  /** the source line, when one belongs to it */
  line?: number;
  /** thread it belongs to, for the editor marker */
  thread?: number;
}

const at = (ns: number) => `${formatDuration(ns)}`;

/** The line a thread was on at time t. */
export function lineOf(model: TimelineModel, thread: number, t: number): number | undefined {
  const lane = model.threads[thread];
  if (!lane) return undefined;
  const k = upperBound(lane.lineTimes, lane.lineCount, t) - 1;
  return k >= 0 ? lane.lines[k] : undefined;
}

/** Who held an object lane at time t, and who waited for it. */
function ownerAndWaiters(model: TimelineModel, laneIndex: number, t: number): [string, string][] {
  const lane = model.objects[laneIndex];
  if (!lane) return [];
  const owners: string[] = [];
  for (let i = lane.owners.lowerBoundStart(t - lane.owners.maxDur); i < lane.owners.count && lane.owners.start[i] <= t; i++) {
    if (lane.owners.end[i] > t) owners.push(model.threadName(lane.owners.value[i]));
  }
  const waiters: string[] = [];
  for (let i = lane.waiters.lowerBoundStart(t - lane.waiters.maxDur); i < lane.waiters.count && lane.waiters.start[i] <= t; i++) {
    if (lane.waiters.end[i] > t) waiters.push(model.threadName(lane.waiters.value[i]));
  }
  return [
    ['owner', owners.length ? owners.join(', ') : 'nobody'],
    ['waiters', waiters.length ? waiters.join(', ') : 'none'],
  ];
}

const laneOfObject = (model: TimelineModel, name: string) => model.objects.findIndex((o) => o.name === name);

export function describeDeadlock(model: TimelineModel): Description | null {
  const d = model.deadlock;
  if (!d) return null;
  const rows: [string, string][] = d.steps.map((s) => [
    model.threadName(s.thread),
    `waits for ${s.waitsFor}${s.line > 0 ? ` at line ${s.line}` : ''}${s.heldBy >= 0 ? `, held by ${model.threadName(s.heldBy)}` : ''}`,
  ]);
  return {
    title: `Deadlock: ${d.steps.map((s) => s.waitsFor).join(' ↔ ')} — each thread waits for a lock another one holds`,
    rows,
    time: d.time,
    line: d.steps[0]?.line,
    thread: d.steps[0]?.thread,
  };
}

export function describeHit(model: TimelineModel, hit: Hit): Description {
  switch (hit.type) {
    case 'state': {
      const lane = model.threads[hit.thread];
      const l = lane.states;
      const st = l.value[hit.index];
      const style = stateStyle(st);
      const obj = l.obj[hit.index];
      const detail = l.extra[hit.index] >= 0 ? model.strings[l.extra[hit.index]] : '';
      const t = l.start[hit.index];
      const end = l.end[hit.index];
      const on = obj >= 0 ? model.objectName(obj) : detail;
      const rows: [string, string][] = [
        ['thread', lane.name],
        ['state', style.name + (on ? ` (${on})` : '')],
        ['from', at(t)],
        ['duration', formatDuration(end - t)],
      ];
      const line = lineOf(model, hit.thread, st === ThreadState.RUNNING ? end : t);
      if (line !== undefined) rows.push(['line', String(line)]);
      if (st === ThreadState.BLOCKED && obj >= 0) {
        rows.push(['wait time', formatDuration(end - t)]);
        const li = laneOfObject(model, model.objectName(obj));
        if (li >= 0) rows.push(...ownerAndWaiters(model, li, t));
      }
      return { title: `${lane.name}: ${style.name}${on ? ` — ${on}` : ''}`, rows, time: t, end, line, thread: hit.thread };
    }
    case 'gil': {
      const g = model.gil;
      const holder = g.value[hit.index];
      const why = g.extra[hit.index];
      const reason = why === GilReleaseReason.DROP_REQUEST ? 'another thread asked for it' : why === GilReleaseReason.BLOCKED ? 'it blocked (sleep, I/O or a lock)' : why === GilReleaseReason.FINISHED ? 'it finished' : 'another thread took over';
      return {
        title: `GIL held by ${model.threadName(holder)}`,
        rows: [
          ['holder', model.threadName(holder)],
          ['from', at(g.start[hit.index])],
          ['duration', formatDuration(g.end[hit.index] - g.start[hit.index])],
          ['released because', reason],
        ],
        time: g.start[hit.index],
        end: g.end[hit.index],
        thread: holder,
        line: lineOf(model, holder, g.end[hit.index]),
      };
    }
    case 'drop': {
      const d = model.drops;
      return {
        title: `${model.threadName(d.thread[hit.index])} asks ${model.threadName(d.b[hit.index])} to drop the GIL`,
        rows: [
          ['time', at(d.time[hit.index])],
          ['why', 'it waited a whole switch interval'],
        ],
        time: d.time[hit.index],
        thread: d.thread[hit.index],
      };
    }
    case 'owner':
    case 'waiter': {
      const lane = model.objects[hit.lane];
      const list = hit.type === 'owner' ? lane.owners : lane.waiters;
      const thread = list.value[hit.index];
      const t = list.start[hit.index];
      const end = list.end[hit.index];
      const rows: [string, string][] = [
        ['object', `${lane.name} (${objectKindLabel(lane.kind)})`],
        [hit.type === 'owner' ? 'held by' : 'waiting', model.threadName(thread)],
        ['from', at(t)],
        [hit.type === 'owner' ? 'held for' : 'wait time', formatDuration(end - t)],
        ...ownerAndWaiters(model, hit.lane, hit.type === 'owner' ? t : end - 1e-6),
      ];
      const line = lineOf(model, thread, t);
      if (line !== undefined) rows.push(['line', String(line)]);
      return {
        title: hit.type === 'owner' ? `${lane.name} held by ${model.threadName(thread)}` : `${model.threadName(thread)} waits for ${lane.name}`,
        rows,
        time: t,
        end,
        line,
        thread,
      };
    }
    case 'op': {
      const lane = model.objects[hit.lane];
      const ops = lane.ops;
      const thread = ops.thread[hit.index];
      const t = ops.time[hit.index];
      const line = lineOf(model, thread, t);
      return {
        title: `${model.threadName(thread)}: ${SYNC_OP_NAMES[ops.kind[hit.index]] ?? 'operation'} on ${lane.name}`,
        rows: [
          ['object', `${lane.name} (${objectKindLabel(lane.kind)})`],
          ['time', at(t)],
          ...(line !== undefined ? ([['line', String(line)]] as [string, string][]) : []),
        ],
        time: t,
        line,
        thread,
      };
    }
    case 'mark':
    case 'output':
      return describeMark(model, hit.thread, hit.type === 'mark' ? model.threads[hit.thread].marks : model.threads[hit.thread].outputs, hit.index);
    case 'merged':
      return {
        title: `${hit.last - hit.first} ${hit.what} in this pixel — zoom in (W or the wheel) to see them`,
        rows: [
          ['from', at(hit.time)],
          ['to', at(hit.end)],
          ['busy', `${Math.round(hit.busyFrac * 100)}%`],
        ],
        time: hit.time,
        end: hit.end,
      };
    case 'deadlock':
      return describeDeadlock(model) ?? { title: 'no deadlock', rows: [], time: model.end };
  }
}

function describeMark(model: TimelineModel, thread: number, list: TimelineModel['marks'], i: number): Description {
  const t = list.time[i];
  const name = model.threadName(thread);
  const s = (id: number) => model.strings[id] ?? '';
  const base = { time: t, thread };
  switch (list.kind[i]) {
    case MarkKind.LOST_UPDATE: {
      const location = s(list.a[i]);
      const line = list.b[i];
      const summary = model.findings?.lostUpdates.find((l) => l.location === location && l.line === line);
      const rows: [string, string][] = [
        ['variable', location],
        ['write at line', String(line)],
        ['thread', name],
        ['time', at(t)],
      ];
      if (summary) {
        rows.push(['read at line', String(summary.first.readLine)]);
        rows.push(['lost here in this run', `${summary.count}×`]);
      }
      return { ...base, title: `Lost update: ${name} wrote ${location} from a stale read, erasing another thread's update`, rows, line };
    }
    case MarkKind.RACE: {
      const location = s(list.a[i]);
      return { ...base, title: `Data race on ${location}: unsynchronised accesses (no update lost this time)`, rows: [['variable', location], ['line', String(list.b[i])], ['thread', name], ['time', at(t)]], line: list.b[i] };
    }
    case MarkKind.DEADLOCK:
      return describeDeadlock(model) ?? { ...base, title: 'deadlock', rows: [] };
    case MarkKind.EXCEPTION:
      return { ...base, title: `${name} raised ${s(list.a[i])}: ${s(list.b[i])}`, rows: [['exception', s(list.a[i])], ['message', s(list.b[i])], ['time', at(t)]], line: lineOf(model, thread, t) };
    case MarkKind.OUTPUT: {
      const text = s(list.b[i]);
      return { ...base, title: `${name} ${list.a[i] === 2 ? 'wrote to stderr' : 'printed'}: ${text.length > 60 ? text.slice(0, 57) + '…' : text.trimEnd()}`, rows: [['text', text], ['time', at(t)]], line: lineOf(model, thread, t) };
    }
    default: {
      const how = list.a[i] === FinishHow.RAISED ? 'with an uncaught exception' : list.a[i] === FinishHow.KILLED_AT_EXIT ? 'stopped at exit (daemon)' : 'returned';
      return { ...base, title: `${name} finished (${how})`, rows: [['time', at(t)]] };
    }
  }
}
