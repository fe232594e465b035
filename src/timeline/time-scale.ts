// Maps virtual time (ns) to canvas pixels and back; zoom keeps the time under a point fixed.
// After Perfetto's TimeScale: the view is a time window [start, end) drawn into [left, right).

/** Never zoom in past this many ns across the whole view (a few instructions). */
export const MIN_SPAN_NS = 50;

export class TimeScale {
  constructor(
    /** first visible ns */
    public start: number,
    /** last visible ns (exclusive) */
    public end: number,
    /** pixel where `start` is drawn */
    public left: number,
    /** pixel where `end` is drawn */
    public right: number,
  ) {
    if (!(end > start)) this.end = start + MIN_SPAN_NS;
  }

  get span(): number {
    return this.end - this.start;
  }

  get widthPx(): number {
    return Math.max(1, this.right - this.left);
  }

  /** ns per pixel */
  get nsPerPx(): number {
    return this.span / this.widthPx;
  }

  toPx(ns: number): number {
    return this.left + ((ns - this.start) / this.span) * this.widthPx;
  }

  toNs(px: number): number {
    return this.start + ((px - this.left) / this.widthPx) * this.span;
  }

  /** Zooms by `factor` (> 1 zooms in) keeping the time under pixel `px` where it is. */
  zoomAt(px: number, factor: number, bounds?: { min: number; max: number }): void {
    const anchor = this.toNs(px);
    const frac = (px - this.left) / this.widthPx;
    let span = this.span / factor;
    if (bounds) span = Math.min(span, Math.max(MIN_SPAN_NS, (bounds.max - bounds.min) * 1.05));
    span = Math.max(MIN_SPAN_NS, span);
    this.start = anchor - frac * span;
    this.end = this.start + span;
    if (bounds) this.clamp(bounds);
  }

  /** Moves the window by `dx` pixels (positive: later times come into view). */
  panPx(dx: number, bounds?: { min: number; max: number }): void {
    const d = dx * this.nsPerPx;
    this.start += d;
    this.end += d;
    if (bounds) this.clamp(bounds);
  }

  /** Shows [start, end] with a small margin on both sides. */
  fit(start: number, end: number, marginFrac = 0.02): void {
    const span = Math.max(MIN_SPAN_NS, end - start);
    this.start = start - span * marginFrac;
    this.end = end + span * marginFrac;
  }

  /** Keeps the window from drifting far outside the run (a little slack either side). */
  clamp(bounds: { min: number; max: number }): void {
    const slack = this.span * 0.5;
    const span = this.span;
    if (this.start < bounds.min - slack) {
      this.start = bounds.min - slack;
      this.end = this.start + span;
    }
    if (this.end > bounds.max + slack) {
      this.end = bounds.max + slack;
      this.start = this.end - span;
    }
  }

  /** A tick step (1, 2 or 5 × 10^k ns) giving at least `minPx` between ticks. */
  tickStep(minPx = 80): number {
    const raw = this.nsPerPx * minPx;
    const pow = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return m * pow;
    return 10 * pow;
  }
}

/** "1.25 ms", "40 µs", "2.000 s": a duration in the unit that reads best. */
export function formatDuration(ns: number): string {
  const a = Math.abs(ns);
  if (a >= 1e9) return `${(ns / 1e9).toFixed(a >= 1e10 ? 2 : 3)} s`;
  if (a >= 1e6) return `${(ns / 1e6).toFixed(a >= 1e7 ? 1 : 2)} ms`;
  if (a >= 1e3) return `${(ns / 1e3).toFixed(a >= 1e4 ? 1 : 2)} µs`;
  return `${Math.round(ns)} ns`;
}
