// The timeline's rows. After Perfetto: each track is an object with getHeight() and
// render(ctx, timeScale, window), plus hitTest() for the pointer. Tracks draw only the visible
// window, through the level-of-detail walk of intervals.ts.
import { ThreadState } from '../trace/event-kinds';
import type { Hit } from './describe';
import type { InstantList } from './instants';
import { IntervalList, visitLod } from './intervals';
import { MarkKind, objectKindLabel, type ObjectLane, type ThreadLane, type TimelineModel } from './model';
import { MARK_COLORS, stateStyle, threadColor, type Theme } from './palette';
import type { TimeScale } from './time-scale';

export interface Paints {
  /** the fill for a thread state (pattern over colour) */
  state(state: number): string | CanvasPattern;
}

export interface TrackWindow {
  /** top of the track in canvas px */
  y: number;
  t0: number;
  t1: number;
  theme: Theme;
  paints: Paints;
  selected: Hit | null;
}

export interface Track {
  readonly key: string;
  readonly label: string;
  readonly sublabel: string;
  getHeight(): number;
  render(ctx: CanvasRenderingContext2D, ts: TimeScale, win: TrackWindow): void;
  /** y is relative to the track's top */
  hitTest(ts: TimeScale, x: number, y: number): Hit | null;
}

const TEXT_FONT = '11px system-ui, sans-serif';
const MIN_LABEL_PX = 36;

/** Text clipped to a box, drawn only when there is room for a few characters. */
function boxLabel(ctx: CanvasRenderingContext2D, text: string, x0: number, x1: number, yMid: number, left: number, color: string): void {
  const a = Math.max(x0, left);
  const w = x1 - a;
  if (w < MIN_LABEL_PX) return;
  const max = Math.floor((w - 6) / 6);
  const s = text.length > max ? text.slice(0, Math.max(1, max - 1)) + '…' : text;
  ctx.fillStyle = color;
  ctx.fillText(s, a + 3, yMid);
}

/** Pointer test on one interval list: an interval under x, or the merged column there. */
function hitIntervals(list: IntervalList, ts: TimeScale, x: number, what: string, make: (index: number) => Hit): Hit | null {
  const t = ts.toNs(x);
  const i = list.indexAt(t);
  if (i >= 0 && ts.toPx(list.end[i]) - ts.toPx(list.start[i]) >= 1) return make(i);
  const col = Math.floor(x);
  const first = list.lowerBoundStart(ts.toNs(col));
  const last = list.lowerBoundStart(ts.toNs(col + 1), first);
  if (last - first === 1) return make(first);
  if (last > first) {
    const total = list.end[last - 1] - list.start[first];
    return { type: 'merged', what, first, last, time: list.start[first], end: list.end[last - 1], busyFrac: total > 0 ? list.busyBetween(first, last) / total : 1 };
  }
  if (i >= 0) return make(i);
  return null;
}

/** Nearest instant within `tolPx` of x. */
function hitInstants(list: InstantList, ts: TimeScale, x: number, tolPx: number): number {
  const lo = list.lowerBound(ts.toNs(x - tolPx));
  let best = -1;
  let bestD = Infinity;
  for (let i = lo; i < list.count && list.time[i] <= ts.toNs(x + tolPx); i++) {
    const d = Math.abs(ts.toPx(list.time[i]) - x);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** Calls draw for visible instants, at most one per pixel (binary-search skip past the rest). */
function eachVisibleInstant(list: InstantList, ts: TimeScale, t0: number, t1: number, draw: (i: number, x: number) => void, minGapPx = 2): void {
  let i = list.lowerBound(t0);
  while (i < list.count && list.time[i] < t1) {
    const x = ts.toPx(list.time[i]);
    draw(i, x);
    const next = list.lowerBound(ts.toNs(x + minGapPx));
    i = next > i ? next : i + 1;
  }
}

/**
 * Merged (sub-pixel) columns drawn in a few canvas calls: adjacent columns join into runs and
 * all runs (and all busy-share bars) are filled as one path each — at a million events the
 * number of canvas calls, not the arithmetic, decides the frame time.
 */
class ColumnBatch {
  private runs: number[] = [];
  private bars: number[] = [];
  private runStart = -1;
  private runEnd = -1;

  add(x0: number, x1: number, barPx = 0): void {
    if (this.runStart >= 0 && x0 <= this.runEnd + 0.01) this.runEnd = Math.max(this.runEnd, x1);
    else {
      if (this.runStart >= 0) this.runs.push(this.runStart, this.runEnd);
      this.runStart = x0;
      this.runEnd = x1;
    }
    if (barPx > 0) this.bars.push(x0, x1 - x0, barPx);
  }

  /** Ends the current run (call when a wide interval interrupts the columns). */
  cut(): void {
    if (this.runStart >= 0) this.runs.push(this.runStart, this.runEnd);
    this.runStart = this.runEnd = -1;
  }

  fill(ctx: CanvasRenderingContext2D, y: number, h: number, runFill: string | CanvasPattern, barFill?: string): void {
    this.cut();
    if (this.runs.length > 0) {
      ctx.beginPath();
      for (let k = 0; k < this.runs.length; k += 2) ctx.rect(this.runs[k], y, this.runs[k + 1] - this.runs[k], h);
      ctx.fillStyle = runFill;
      ctx.fill();
    }
    if (barFill && this.bars.length > 0) {
      ctx.beginPath();
      for (let k = 0; k < this.bars.length; k += 3) ctx.rect(this.bars[k], y + h - this.bars[k + 2], this.bars[k + 1], this.bars[k + 2]);
      ctx.fillStyle = barFill;
      ctx.fill();
    }
  }
}

/** Small ticks (output, sync operations) as one path. */
function tickPath(ctx: CanvasRenderingContext2D, list: InstantList, ts: TimeScale, t0: number, t1: number, y: number, h: number, w: number, fill: string): void {
  ctx.beginPath();
  eachVisibleInstant(list, ts, t0, t1, (_i, x) => ctx.rect(x - w / 2, y, w, h), 3);
  ctx.fillStyle = fill;
  ctx.fill();
}

function drawMark(ctx: CanvasRenderingContext2D, kind: number, x: number, y: number, h: number): void {
  switch (kind) {
    case MarkKind.LOST_UPDATE:
      ctx.fillStyle = MARK_COLORS.lost;
      ctx.beginPath();
      ctx.moveTo(x - 5, y);
      ctx.lineTo(x + 5, y);
      ctx.lineTo(x, y + 8);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(x - 0.5, y + 1, 1, 3);
      break;
    case MarkKind.RACE:
      ctx.fillStyle = MARK_COLORS.race;
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 4, y + 4);
      ctx.lineTo(x, y + 8);
      ctx.lineTo(x - 4, y + 4);
      ctx.closePath();
      ctx.fill();
      break;
    case MarkKind.DEADLOCK:
      ctx.strokeStyle = MARK_COLORS.deadlock;
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.moveTo(x - 5, y + 2);
      ctx.lineTo(x + 5, y + h - 2);
      ctx.moveTo(x + 5, y + 2);
      ctx.lineTo(x - 5, y + h - 2);
      ctx.stroke();
      break;
    case MarkKind.EXCEPTION:
      ctx.fillStyle = MARK_COLORS.exception;
      ctx.fillRect(x - 4, y + 2, 8, 8);
      ctx.fillStyle = '#ffffff';
      ctx.fillText('!', x - 1.5, y + 7);
      break;
    default:
      ctx.fillStyle = 'rgba(0,0,0,0.6)';
      ctx.fillRect(x - 1, y, 2, h);
  }
}

export class ThreadTrack implements Track {
  readonly key: string;
  readonly label: string;
  readonly sublabel: string;
  constructor(
    readonly model: TimelineModel,
    readonly lane: ThreadLane,
  ) {
    this.key = `thread:${lane.id}`;
    this.label = lane.name;
    this.sublabel = `T${lane.id}${lane.daemon ? ' · daemon' : ''}`;
  }
  getHeight(): number {
    return 26;
  }
  render(ctx: CanvasRenderingContext2D, ts: TimeScale, win: TrackWindow): void {
    const y = win.y + 3;
    const h = 20;
    const list = this.lane.states;
    const model = this.model;
    ctx.font = TEXT_FONT;
    ctx.textBaseline = 'middle';
    const columns = new ColumnBatch();
    visitLod(list, ts, win.t0, win.t1, {
      span(i, x0, x1) {
        columns.cut();
        const st = list.value[i];
        ctx.fillStyle = win.paints.state(st);
        ctx.fillRect(x0, y, x1 - x0, h);
        if (x1 - x0 >= MIN_LABEL_PX) {
          const style = stateStyle(st);
          const obj = list.obj[i];
          const text = st === ThreadState.BLOCKED ? `wait ${obj >= 0 ? model.objectName(obj) : model.strings[list.extra[i]] ?? ''}` : style.short;
          boxLabel(ctx, text, x0, x1, y + h / 2, ts.left, st === ThreadState.RUNNING || st === ThreadState.IO ? '#ffffff' : '#000000');
        }
      },
      merged(_first, _last, x0, x1, frac) {
        // Many short states in one pixel: grey, with the running share as a green bar.
        columns.add(x0, x1, Math.round(h * frac));
      },
    });
    columns.fill(ctx, y, h, 'rgba(140,140,140,0.55)', stateStyle(ThreadState.RUNNING).color);
    tickPath(ctx, this.lane.outputs, ts, win.t0, win.t1, y + h - 6, 6, 1.5, MARK_COLORS.output);
    const marks = this.lane.marks;
    // Lost updates (the common mark) as one path; the rarer kinds one by one.
    ctx.beginPath();
    let lost = 0;
    eachVisibleInstant(marks, ts, win.t0, win.t1, (i, x) => {
      if (marks.kind[i] === MarkKind.LOST_UPDATE) {
        ctx.moveTo(x - 5, y);
        ctx.lineTo(x + 5, y);
        ctx.lineTo(x, y + 8);
        ctx.closePath();
        lost++;
      }
    }, 3);
    ctx.fillStyle = MARK_COLORS.lost;
    if (lost > 0) ctx.fill();
    eachVisibleInstant(marks, ts, win.t0, win.t1, (i, x) => {
      if (marks.kind[i] !== MarkKind.LOST_UPDATE) drawMark(ctx, marks.kind[i], x, y, h);
    }, 3);
  }
  hitTest(ts: TimeScale, x: number, y: number): Hit | null {
    const thread = this.lane.id;
    // Marks sit at the top of the lane, output ticks at the bottom, states in between.
    const m = y < 13 ? hitInstants(this.lane.marks, ts, x, 5) : -1;
    if (m >= 0) return { type: 'mark', thread, index: m };
    if (y >= 19) {
      const o = hitInstants(this.lane.outputs, ts, x, 3);
      if (o >= 0) return { type: 'output', thread, index: o };
    }
    return hitIntervals(this.lane.states, ts, x, 'thread states', (index) => ({ type: 'state', thread, index }));
  }
  /** Where flows attach. */
  centerY(top: number): number {
    return top + 13;
  }
}

export class GilTrack implements Track {
  readonly key = 'gil';
  readonly label = 'GIL';
  readonly sublabel = 'holder · ▾ drop request';
  constructor(readonly model: TimelineModel) {}
  getHeight(): number {
    return 30;
  }
  render(ctx: CanvasRenderingContext2D, ts: TimeScale, win: TrackWindow): void {
    const y = win.y + 3;
    const h = 18;
    const list = this.model.gil;
    const model = this.model;
    ctx.font = TEXT_FONT;
    ctx.textBaseline = 'middle';
    const columns = new ColumnBatch();
    visitLod(list, ts, win.t0, win.t1, {
      span(i, x0, x1) {
        columns.cut();
        const holder = list.value[i];
        ctx.fillStyle = threadColor(holder);
        ctx.fillRect(x0, y, x1 - x0, h);
        // A thin gap shows each hand-off even between adjacent holds.
        ctx.fillStyle = win.theme.bg;
        ctx.fillRect(x1 - 0.5, y, 0.5, h);
        boxLabel(ctx, `T${holder} ${model.threadName(holder)}`, x0, x1, y + h / 2, ts.left, '#ffffff');
      },
      merged(_f, _l, x0, x1) {
        // Several hand-offs within one pixel.
        columns.add(x0, x1);
      },
    });
    columns.fill(ctx, y, h, 'rgba(120,120,120,0.8)');
    const drops = this.model.drops;
    ctx.beginPath();
    eachVisibleInstant(drops, ts, win.t0, win.t1, (_i, x) => {
      ctx.moveTo(x - 3, y + h + 1);
      ctx.lineTo(x + 3, y + h + 1);
      ctx.lineTo(x, y + h + 6);
      ctx.closePath();
    }, 3);
    ctx.fillStyle = MARK_COLORS.cursor;
    ctx.fill();
  }
  hitTest(ts: TimeScale, x: number, y: number): Hit | null {
    if (y > 21) {
      const d = hitInstants(this.model.drops, ts, x, 4);
      if (d >= 0) return { type: 'drop', index: d };
    }
    return hitIntervals(this.model.gil, ts, x, 'GIL hand-offs', (index) => ({ type: 'gil', index }));
  }
}

export class ObjectTrack implements Track {
  readonly key: string;
  readonly label: string;
  readonly sublabel: string;
  constructor(
    readonly model: TimelineModel,
    readonly lane: ObjectLane,
    readonly laneIndex: number,
  ) {
    this.key = `object:${lane.id}`;
    this.label = lane.name;
    this.sublabel = `${objectKindLabel(lane.kind)} · owner / waiters`;
  }
  getHeight(): number {
    return 34;
  }
  render(ctx: CanvasRenderingContext2D, ts: TimeScale, win: TrackWindow): void {
    const y = win.y + 4;
    const model = this.model;
    ctx.font = TEXT_FONT;
    ctx.textBaseline = 'middle';
    const owners = this.lane.owners;
    const ownerColumns = new ColumnBatch();
    visitLod(owners, ts, win.t0, win.t1, {
      span(i, x0, x1) {
        ownerColumns.cut();
        ctx.fillStyle = threadColor(owners.value[i]);
        ctx.fillRect(x0, y, x1 - x0, 13);
        boxLabel(ctx, `held by ${model.threadName(owners.value[i])}`, x0, x1, y + 7, ts.left, '#ffffff');
      },
      merged(_f, _l, x0, x1) {
        ownerColumns.add(x0, x1);
      },
    });
    ownerColumns.fill(ctx, y, 13, 'rgba(120,120,120,0.8)');
    const waiters = this.lane.waiters;
    const blocked = win.paints.state(ThreadState.BLOCKED);
    const waitColumns = new ColumnBatch();
    visitLod(waiters, ts, win.t0, win.t1, {
      span(i, x0, x1) {
        waitColumns.cut();
        ctx.fillStyle = blocked;
        ctx.fillRect(x0, y + 15, x1 - x0, 11);
        boxLabel(ctx, `T${waiters.value[i]} waits`, x0, x1, y + 21, ts.left, '#000000');
      },
      merged(_f, _l, x0, x1) {
        waitColumns.add(x0, x1);
      },
    });
    waitColumns.fill(ctx, y + 15, 11, blocked);
    tickPath(ctx, this.lane.ops, ts, win.t0, win.t1, y - 3, 3, 1, win.theme.muted);
  }
  hitTest(ts: TimeScale, x: number, y: number): Hit | null {
    const lane = this.laneIndex;
    if (y < 4) {
      const o = hitInstants(this.lane.ops, ts, x, 3);
      if (o >= 0) return { type: 'op', lane, index: o };
    }
    if (y >= 18) return hitIntervals(this.lane.waiters, ts, x, 'waits', (index) => ({ type: 'waiter', lane, index }));
    return hitIntervals(this.lane.owners, ts, x, 'holds', (index) => ({ type: 'owner', lane, index }));
  }
}

/** A canvas has a size limit and a learner an attention limit: beyond these, lanes are left out
 * (the summary says how many). */
export const MAX_THREAD_LANES = 200;
export const MAX_OBJECT_LANES = 40;

/** Which lanes are drawn: the first threads, and the busiest objects in creation order. */
export function shownLanes(model: TimelineModel): { threads: ThreadLane[]; objects: number[]; hiddenThreads: number; hiddenObjects: number } {
  const threads = model.threads.slice(0, MAX_THREAD_LANES);
  let objects = model.objects.map((_, i) => i);
  if (objects.length > MAX_OBJECT_LANES) {
    const activity = (i: number) => model.objects[i].owners.count + model.objects[i].waiters.count * 4 + model.objects[i].ops.count;
    objects = objects
      .sort((a, b) => activity(b) - activity(a) || a - b)
      .slice(0, MAX_OBJECT_LANES)
      .sort((a, b) => a - b);
  }
  return { threads, objects, hiddenThreads: model.threads.length - threads.length, hiddenObjects: model.objects.length - objects.length };
}

/** The tracks for a model, in display order: GIL, threads, then synchronisation objects. */
export function buildTracks(model: TimelineModel): Track[] {
  const shown = shownLanes(model);
  const tracks: Track[] = [];
  if (model.hasGil) tracks.push(new GilTrack(model));
  for (const lane of shown.threads) tracks.push(new ThreadTrack(model, lane));
  for (const i of shown.objects) tracks.push(new ObjectTrack(model, model.objects[i], i));
  return tracks;
}
