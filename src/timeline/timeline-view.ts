// The timeline's canvas and everything the pointer and keyboard do to it — plain TypeScript,
// outside React's render path. One RafScheduler owns drawing; layers are painted in a fixed
// order: axis and grid, tracks, flows, overlays (deadlock cycle, selection, cursor).
import { describeHit, type Description, type Hit } from './describe';
import { FlowKind, FLOW_NAMES, MarkKind, type TimelineModel } from './model';
import { DARK, LIGHT, MARK_COLORS, STATE_STYLES, makePatternTile, stateStyle, type Theme } from './palette';
import { RafScheduler } from './raf';
import { TimeScale, formatDuration } from './time-scale';
import { ThreadTrack, buildTracks, type Paints, type Track } from './tracks';

export const GUTTER_PX = 170;
export const AXIS_PX = 24;
const DRAG_THRESHOLD_PX = 4;
const MAX_FLOWS_DRAWN = 4000;

export interface TimelineCallbacks {
  onSelect?(hit: Hit | null, description: Description | null): void;
  onCursor?(ns: number | null): void;
  onHelp?(): void;
}

interface PlacedTrack {
  track: Track;
  top: number;
  height: number;
}

export class TimelineView {
  readonly canvas: HTMLCanvasElement;
  private readonly tooltip: HTMLDivElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly raf: RafScheduler;
  private model: TimelineModel | null = null;
  private placed: PlacedTrack[] = [];
  private threadY = new Map<number, number>();
  readonly ts = new TimeScale(0, 1, GUTTER_PX, 600);
  private cssWidth = 600;
  private cssHeight = AXIS_PX;
  private dpr = 1;
  private theme: Theme = LIGHT;
  private paintCache = new Map<number, string | CanvasPattern>();
  private cursor: number | null = null;
  private selected: Hit | null = null;
  private hoverX: number | null = null;
  private pointers = new Map<number, { x: number; y: number }>();
  private drag: { mode: 'pan' | 'scrub' | 'pinch'; startX: number; lastX: number; moved: boolean; pinchDist?: number } | null = null;
  private pendingHover: { x: number; y: number } | null = null;
  private stopPlayback: (() => void) | null = null;
  private readonly resize: ResizeObserver | null;
  /** wall ms the last draw took (the bench reads it) */
  lastDrawMs = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly callbacks: TimelineCallbacks = {},
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'timeline-canvas';
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', 'Timeline of threads, the GIL and locks. Keys: W/S zoom, A/D pan, F fit, arrows move the time cursor, N/P next or previous finding, ? help. The events table below has the same events as text.');
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'timeline-tooltip';
    this.tooltip.hidden = true;
    this.tooltip.setAttribute('role', 'tooltip');
    host.append(this.canvas, this.tooltip);
    this.ctx = this.canvas.getContext('2d', { alpha: false })!;
    this.raf = new RafScheduler(() => this.draw());
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.theme = dark?.matches ? DARK : LIGHT;
    this.resize = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => this.layout()) : null;
    this.resize?.observe(host);
    this.listen();
    this.layout();
  }

  dispose(): void {
    this.stopPlayback?.();
    this.raf.dispose();
    this.resize?.disconnect();
    this.canvas.remove();
    this.tooltip.remove();
  }

  setModel(model: TimelineModel | null): void {
    this.model = model;
    this.selected = null;
    this.cursor = null;
    this.placed = [];
    this.threadY.clear();
    if (model) {
      let top = AXIS_PX;
      for (const track of buildTracks(model)) {
        const height = track.getHeight();
        this.placed.push({ track, top, height });
        if (track instanceof ThreadTrack) this.threadY.set(track.lane.id, track.centerY(top));
        top += height;
      }
    }
    this.layout();
    this.fitAll();
  }

  get bounds(): { min: number; max: number } {
    return { min: this.model?.start ?? 0, max: this.model?.end ?? 1 };
  }

  fitAll(): void {
    const b = this.bounds;
    this.ts.fit(b.min, Math.max(b.max, b.min + 1000));
    this.redraw();
  }

  /** F: the selection (or everything when nothing is selected). */
  fitSelection(): void {
    const d = this.selected && this.model ? describeHit(this.model, this.selected) : null;
    if (!d) return this.fitAll();
    const end = d.end ?? d.time;
    const pad = Math.max((end - d.time) * 0.5, 2000);
    this.ts.fit(d.time - pad, end + pad, 0);
    this.redraw();
  }

  zoom(factor: number, px = (this.ts.left + this.ts.right) / 2): void {
    this.ts.zoomAt(px, factor, this.bounds);
    this.redraw();
  }

  pan(dx: number): void {
    this.ts.panPx(dx, this.bounds);
    this.redraw();
  }

  getCursor(): number | null {
    return this.cursor;
  }

  setCursor(ns: number | null, notify = true): void {
    if (ns !== null) ns = Math.min(Math.max(ns, this.bounds.min), this.bounds.max);
    if (ns === this.cursor) return;
    this.cursor = ns;
    this.redraw();
    if (notify) this.callbacks.onCursor?.(ns);
  }

  select(hit: Hit | null): void {
    this.selected = hit;
    this.redraw();
    this.callbacks.onSelect?.(hit, hit && this.model ? describeHit(this.model, hit) : null);
  }

  /** Moves the cursor from the start to the end of the run at `speed` × virtual time. */
  playCursor(speed: number): void {
    this.stopPlayback?.();
    const { min, max } = this.bounds;
    let startWall: number | null = null;
    this.setCursor(min);
    let mine: number | null = this.cursor;
    this.stopPlayback = this.raf.animate((now) => {
      if (this.cursor !== mine) return false; // the learner took the cursor: stop following
      startWall ??= now;
      const t = min + (now - startWall) * 1e6 * speed;
      this.setCursor(Math.min(t, max));
      mine = this.cursor;
      return t < max;
    });
  }

  stopCursorPlayback(): void {
    this.stopPlayback?.();
    this.stopPlayback = null;
  }

  redraw(): void {
    this.raf.schedule();
  }

  /** Draws now (the bench times this). */
  drawNow(): void {
    this.draw();
  }

  private layout(): void {
    const width = Math.max(GUTTER_PX + 100, this.host.clientWidth || 600);
    const height = this.placed.length ? this.placed[this.placed.length - 1].top + this.placed[this.placed.length - 1].height + 4 : AXIS_PX + 40;
    const dpr = window.devicePixelRatio || 1;
    if (width !== this.cssWidth || height !== this.cssHeight || dpr !== this.dpr) {
      this.cssWidth = width;
      this.cssHeight = height;
      this.dpr = dpr;
      this.canvas.width = Math.round(width * dpr);
      this.canvas.height = Math.round(height * dpr);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    this.ts.left = GUTTER_PX;
    this.ts.right = width - 8;
    this.redraw();
  }

  private paints: Paints = {
    state: (st: number) => {
      let p = this.paintCache.get(st);
      if (p === undefined) {
        const style = stateStyle(st);
        p = style.pattern === 'solid' ? style.color : (this.ctx.createPattern(makePatternTile(document, style.color, style.pattern), 'repeat') ?? style.color);
        this.paintCache.set(st, p);
      }
      return p;
    },
  };

  private draw(): void {
    const started = performance.now();
    const ctx = this.ctx;
    const { theme, ts } = this;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.fillStyle = theme.bg;
    ctx.fillRect(0, 0, this.cssWidth, this.cssHeight);
    if (!this.model) {
      ctx.fillStyle = theme.muted;
      ctx.font = '13px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      ctx.fillText('Run a program to see its threads here.', 12, this.cssHeight / 2);
      this.lastDrawMs = performance.now() - started;
      return;
    }
    const t0 = ts.toNs(ts.left);
    const t1 = ts.toNs(ts.right);
    this.drawAxis(t0, t1);
    // Tracks, clipped to the time area; labels in the gutter.
    this.placed.forEach((p, n) => {
      if (n % 2 === 1) {
        ctx.fillStyle = theme.laneAlt;
        ctx.fillRect(ts.left, p.top, ts.right - ts.left, p.height);
      }
    });
    ctx.save();
    ctx.beginPath();
    ctx.rect(ts.left, AXIS_PX, ts.right - ts.left, this.cssHeight - AXIS_PX);
    ctx.clip();
    for (const p of this.placed) p.track.render(ctx, ts, { y: p.top, t0, t1, theme, paints: this.paints, selected: this.selected });
    this.drawGap();
    this.drawFlows(t0, t1);
    this.drawDeadlock();
    this.drawSelection();
    ctx.restore();
    this.drawGutter();
    this.drawCursor();
    // The visible window, for tests and tools (an attribute write, no layout).
    const span = String(Math.round(t1 - t0));
    if (this.canvas.dataset.viewSpan !== span) this.canvas.dataset.viewSpan = span;
    this.lastDrawMs = performance.now() - started;
  }

  private drawAxis(t0: number, t1: number): void {
    const { ctx, ts, theme } = this;
    const step = ts.tickStep(90);
    ctx.font = '10px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 1;
    for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
      const x = Math.round(ts.toPx(t)) + 0.5;
      ctx.strokeStyle = theme.grid;
      ctx.beginPath();
      ctx.moveTo(x, AXIS_PX - 6);
      ctx.lineTo(x, this.cssHeight);
      ctx.stroke();
      ctx.fillStyle = theme.muted;
      ctx.fillText(formatDuration(t), x + 3, AXIS_PX / 2 - 2);
    }
    ctx.strokeStyle = theme.grid;
    ctx.beginPath();
    ctx.moveTo(0, AXIS_PX - 0.5);
    ctx.lineTo(this.cssWidth, AXIS_PX - 0.5);
    ctx.stroke();
  }

  private drawGutter(): void {
    const { ctx, theme } = this;
    ctx.fillStyle = theme.gutter;
    ctx.fillRect(0, 0, GUTTER_PX - 4, this.cssHeight);
    ctx.fillStyle = theme.muted;
    ctx.font = '10px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.fillText('virtual time →', 8, AXIS_PX / 2);
    for (const p of this.placed) {
      ctx.fillStyle = theme.fg;
      ctx.font = '12px system-ui, sans-serif';
      const label = p.track.label.length > 24 ? p.track.label.slice(0, 23) + '…' : p.track.label;
      ctx.fillText(label, 8, p.top + p.height / 2 - 5);
      ctx.fillStyle = theme.muted;
      ctx.font = '10px system-ui, sans-serif';
      ctx.fillText(p.track.sublabel, 8, p.top + p.height / 2 + 8);
      ctx.strokeStyle = theme.grid;
      ctx.beginPath();
      ctx.moveTo(0, p.top + p.height - 0.5);
      ctx.lineTo(this.cssWidth, p.top + p.height - 0.5);
      ctx.stroke();
    }
  }

  private drawGap(): void {
    const m = this.model!;
    if (m.gapTime === null) return;
    const x = this.ts.toPx(m.gapTime);
    this.ctx.fillStyle = 'rgba(128,128,128,0.35)';
    this.ctx.fillRect(x - 2, AXIS_PX, 4, this.cssHeight);
    this.ctx.fillStyle = this.theme.fg;
    this.ctx.fillText(`… ${m.dropped} events not recorded …`, x + 4, AXIS_PX + 8);
  }

  private drawFlows(t0: number, t1: number): void {
    const m = this.model!;
    const f = m.flows;
    const { ctx, ts } = this;
    let i = f.lowerBoundTo(t0);
    // Too dense to read: say so instead of drawing a hairball.
    const last = f.lowerBoundTo(t1 + 1);
    if (last - i > (ts.right - ts.left) / 3) {
      ctx.fillStyle = this.theme.muted;
      ctx.font = '10px system-ui, sans-serif';
      ctx.fillText(`${last - i} hand-off arrows here: zoom in to see them`, ts.left + 4, AXIS_PX + 8);
      return;
    }
    ctx.lineWidth = 1.2;
    let drawn = 0;
    for (; i < f.count && drawn < MAX_FLOWS_DRAWN; i++) {
      if (f.toTime[i] - f.maxSpan > t1) break;
      if (f.fromTime[i] > t1) continue;
      const y0 = this.threadY.get(f.fromThread[i]);
      const y1 = this.threadY.get(f.toThread[i]);
      if (y0 === undefined || y1 === undefined) continue;
      const x0 = ts.toPx(f.fromTime[i]);
      const x1 = ts.toPx(f.toTime[i]);
      drawn++;
      if (f.kind[i] === FlowKind.LOST_READ) {
        // A bracket over the lane: the read … the write that used it.
        ctx.strokeStyle = MARK_COLORS.lost;
        ctx.setLineDash([3, 2]);
        ctx.beginPath();
        ctx.moveTo(x0, y0 - 4);
        ctx.lineTo(x0, y0 - 11);
        ctx.lineTo(x1, y0 - 11);
        ctx.lineTo(x1, y0 - 4);
        ctx.stroke();
        ctx.setLineDash([]);
        continue;
      }
      ctx.strokeStyle = f.kind[i] === FlowKind.START || f.kind[i] === FlowKind.JOIN ? this.theme.muted : MARK_COLORS.flow;
      if (this.theme === DARK && f.kind[i] !== FlowKind.START && f.kind[i] !== FlowKind.JOIN) ctx.strokeStyle = '#c9d1d9';
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      const mx = (x0 + x1) / 2;
      ctx.bezierCurveTo(mx, y0, mx, y1, x1, y1);
      ctx.stroke();
      const dir = y1 >= y0 ? 1 : -1;
      ctx.fillStyle = ctx.strokeStyle;
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 - 5, y1 - 4 * dir);
      ctx.lineTo(x1 + 1, y1 - 6 * dir);
      ctx.closePath();
      ctx.fill();
    }
  }

  private drawDeadlock(): void {
    const d = this.model!.deadlock;
    if (!d) return;
    const { ctx, ts } = this;
    const x = Math.min(Math.max(ts.toPx(d.time), ts.left + 20), ts.right - 20);
    const ys = d.steps.map((s) => this.threadY.get(s.thread)).filter((y): y is number => y !== undefined);
    if (ys.length === 0) return;
    ctx.strokeStyle = MARK_COLORS.deadlock;
    ctx.lineWidth = 2;
    // A loop through every thread of the cycle: waits-for edges drawn across the lanes.
    ctx.beginPath();
    ys.forEach((y, k) => {
      const xx = x - 10 + (k % 2) * 20;
      if (k === 0) ctx.moveTo(xx, y);
      else ctx.lineTo(xx, y);
    });
    ctx.closePath();
    ctx.stroke();
    for (const y of ys) {
      ctx.beginPath();
      ctx.arc(x, y, 7, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.fillStyle = MARK_COLORS.deadlock;
    ctx.font = 'bold 11px system-ui, sans-serif';
    const label = `deadlock: ${d.steps.map((s) => s.waitsFor).join(' ↔ ')}`;
    const w = ctx.measureText(label).width;
    ctx.fillText(label, Math.max(ts.left + 2, x - w - 14), Math.min(...ys) - 10 < AXIS_PX + 6 ? Math.max(...ys) + 14 : Math.min(...ys) - 10);
  }

  private drawSelection(): void {
    if (!this.selected || !this.model) return;
    const d = describeHit(this.model, this.selected);
    const p = this.trackOfHit(this.selected);
    const { ctx, ts } = this;
    const x0 = ts.toPx(d.time);
    const x1 = d.end !== undefined ? ts.toPx(d.end) : x0;
    const top = p ? p.top + 1 : AXIS_PX;
    const h = p ? p.height - 2 : this.cssHeight - AXIS_PX;
    ctx.strokeStyle = MARK_COLORS.selection;
    ctx.lineWidth = 2;
    ctx.strokeRect(x0 - 1, top, Math.max(2, x1 - x0 + 2), h);
  }

  private trackOfHit(hit: Hit): PlacedTrack | undefined {
    const key =
      hit.type === 'state' || hit.type === 'mark' || hit.type === 'output'
        ? `thread:${hit.thread}`
        : hit.type === 'gil' || hit.type === 'drop'
          ? 'gil'
          : hit.type === 'owner' || hit.type === 'waiter' || hit.type === 'op'
            ? `object:${this.model!.objects[hit.lane].id}`
            : '';
    return this.placed.find((p) => p.track.key === key);
  }

  private drawCursor(): void {
    const { ctx, ts } = this;
    if (this.hoverX !== null && this.hoverX >= ts.left) {
      ctx.strokeStyle = 'rgba(128,128,128,0.5)';
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(this.hoverX + 0.5, AXIS_PX);
      ctx.lineTo(this.hoverX + 0.5, this.cssHeight);
      ctx.stroke();
    }
    if (this.cursor === null) return;
    const x = ts.toPx(this.cursor);
    if (x < ts.left || x > ts.right) return;
    ctx.strokeStyle = MARK_COLORS.cursor;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, this.cssHeight);
    ctx.stroke();
    const label = formatDuration(this.cursor);
    ctx.font = 'bold 10px system-ui, sans-serif';
    const w = ctx.measureText(label).width + 8;
    const lx = Math.min(x + 2, ts.right - w);
    ctx.fillStyle = MARK_COLORS.cursor;
    ctx.fillRect(lx, 2, w, 16);
    ctx.fillStyle = '#ffffff';
    ctx.textBaseline = 'middle';
    ctx.fillText(label, lx + 4, 10);
  }

  /** N / P: selects the next (previous) finding or exception after (before) the cursor and
   * brings it into view — stepping through lost updates one by one. */
  jumpToFinding(dir: 1 | -1): void {
    const m = this.model;
    if (!m) return;
    const marks = m.marks;
    const from = this.cursor ?? (dir > 0 ? -Infinity : Infinity);
    const isFinding = (k: number) => k === MarkKind.LOST_UPDATE || k === MarkKind.RACE || k === MarkKind.DEADLOCK || k === MarkKind.EXCEPTION;
    let i = dir > 0 ? marks.lowerBound(from + 1e-6) : marks.lowerBound(from) - 1;
    while (i >= 0 && i < marks.count && !isFinding(marks.kind[i])) i += dir;
    if (i < 0 || i >= marks.count) return;
    const lane = m.threads[marks.thread[i]];
    let k = lane.marks.lowerBound(marks.time[i]);
    while (k < lane.marks.count && lane.marks.kind[k] !== marks.kind[i]) k++;
    if (k >= lane.marks.count) return;
    this.select({ type: 'mark', thread: lane.id, index: k });
    this.setCursor(marks.time[i]);
    const x = this.ts.toPx(marks.time[i]);
    if (x < this.ts.left || x > this.ts.right) this.pan(x - (this.ts.left + this.ts.right) / 2);
  }

  /** What is under a canvas point (css px). */
  hitAt(x: number, y: number): Hit | null {
    if (!this.model || x < this.ts.left) return null;
    const d = this.model.deadlock;
    if (d) {
      const dx = Math.min(Math.max(this.ts.toPx(d.time), this.ts.left + 20), this.ts.right - 20);
      for (const s of d.steps) {
        const ty = this.threadY.get(s.thread);
        if (ty !== undefined && Math.hypot(x - dx, y - ty) <= 9) return { type: 'deadlock' };
      }
    }
    const p = this.placed.find((q) => y >= q.top && y < q.top + q.height);
    return p ? p.track.hitTest(this.ts, x, y - p.top) : null;
  }

  private local(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const r = this.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private listen(): void {
    const c = this.canvas;
    c.addEventListener(
      'wheel',
      (e) => {
        if (!this.model) return;
        e.preventDefault();
        const { x } = this.local(e);
        const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
        if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) this.pan(e.deltaX * unit);
        else this.zoom(Math.exp(-e.deltaY * unit * (e.ctrlKey ? 0.01 : 0.002)), Math.max(x, this.ts.left));
      },
      { passive: false },
    );
    c.addEventListener('pointerdown', (e) => {
      if (!this.model) return;
      c.focus();
      c.setPointerCapture?.(e.pointerId);
      const p = this.local(e);
      this.pointers.set(e.pointerId, p);
      if (this.pointers.size === 2) {
        const [a, b] = [...this.pointers.values()];
        this.drag = { mode: 'pinch', startX: (a.x + b.x) / 2, lastX: (a.x + b.x) / 2, moved: true, pinchDist: Math.abs(a.x - b.x) };
        return;
      }
      const scrub = p.y < AXIS_PX && p.x >= this.ts.left;
      this.drag = { mode: scrub ? 'scrub' : 'pan', startX: p.x, lastX: p.x, moved: false };
      if (scrub) this.setCursor(this.ts.toNs(p.x));
    });
    c.addEventListener('pointermove', (e) => {
      const p = this.local(e);
      if (this.pointers.has(e.pointerId)) this.pointers.set(e.pointerId, p);
      const drag = this.drag;
      if (drag?.mode === 'pinch' && this.pointers.size === 2) {
        const [a, b] = [...this.pointers.values()];
        const dist = Math.max(10, Math.abs(a.x - b.x));
        this.zoom(dist / (drag.pinchDist ?? dist), (a.x + b.x) / 2);
        drag.pinchDist = dist;
        return;
      }
      if (drag && this.pointers.has(e.pointerId)) {
        if (Math.abs(p.x - drag.startX) > DRAG_THRESHOLD_PX) drag.moved = true;
        if (drag.mode === 'scrub') this.setCursor(this.ts.toNs(Math.max(p.x, this.ts.left)));
        else if (drag.moved) this.pan(drag.lastX - p.x);
        drag.lastX = p.x;
        this.hideTooltip();
        return;
      }
      this.pendingHover = p;
      this.hoverX = p.x >= this.ts.left ? p.x : null;
      this.updateHover();
      this.redraw();
    });
    const end = (e: PointerEvent) => {
      const drag = this.drag;
      this.pointers.delete(e.pointerId);
      if (this.pointers.size > 0) return;
      this.drag = null;
      if (drag && drag.mode === 'pan' && !drag.moved) {
        const p = this.local(e);
        const hit = this.hitAt(p.x, p.y);
        this.select(hit);
        if (p.x >= this.ts.left) this.setCursor(this.ts.toNs(p.x));
      }
    };
    c.addEventListener('pointerup', end);
    c.addEventListener('pointercancel', end);
    c.addEventListener('pointerleave', () => {
      this.hoverX = null;
      this.hideTooltip();
      this.redraw();
    });
    c.addEventListener('keydown', (e) => this.onKey(e));
  }

  private updateHover(): void {
    const p = this.pendingHover;
    if (!p || !this.model) return this.hideTooltip();
    const hit = this.hitAt(p.x, p.y);
    if (!hit) return this.hideTooltip();
    const d = describeHit(this.model, hit);
    this.tooltip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = d.title;
    this.tooltip.append(title);
    for (const [k, v] of d.rows.slice(0, 6)) {
      const row = document.createElement('div');
      row.textContent = `${k}: ${v.length > 80 ? v.slice(0, 77) + '…' : v}`;
      this.tooltip.append(row);
    }
    this.tooltip.hidden = false;
    const left = Math.min(p.x + 14, this.cssWidth - 300);
    this.tooltip.style.transform = `translate(${Math.max(0, left)}px, ${p.y + 16}px)`;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.model || e.ctrlKey || e.metaKey || e.altKey) return;
    const center = this.hoverX ?? (this.ts.left + this.ts.right) / 2;
    const span = this.ts.span;
    const stepNs = span / (e.shiftKey ? 10 : 100);
    let handled = true;
    switch (e.key) {
      case 'w':
      case 'W':
        this.zoom(1.3, center);
        break;
      case 's':
      case 'S':
        this.zoom(1 / 1.3, center);
        break;
      case 'a':
      case 'A':
        this.pan(-(this.ts.right - this.ts.left) * 0.1);
        break;
      case 'd':
      case 'D':
        this.pan((this.ts.right - this.ts.left) * 0.1);
        break;
      case 'f':
      case 'F':
        this.fitSelection();
        break;
      case '?':
        this.callbacks.onHelp?.();
        break;
      case 'ArrowRight':
        this.setCursor((this.cursor ?? this.ts.start) + stepNs);
        break;
      case 'ArrowLeft':
        this.setCursor((this.cursor ?? this.ts.start) - stepNs);
        break;
      case 'Home':
        this.setCursor(this.bounds.min);
        break;
      case 'End':
        this.setCursor(this.bounds.max);
        break;
      case 'Escape':
        this.select(null);
        break;
      case 'n':
      case 'N':
        this.jumpToFinding(1);
        break;
      case 'p':
      case 'P':
        this.jumpToFinding(-1);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  }
}

/** Legend entries: every state with its pattern name, for the HTML legend. */
export const LEGEND = Object.entries(STATE_STYLES).map(([code, s]) => ({ code: Number(code), ...s }));
export { FLOW_NAMES };
