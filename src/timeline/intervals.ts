// Intervals of one lane in growable typed arrays (a million of them cost no garbage), with the
// level-of-detail walk the renderer uses: intervals at least a pixel wide are drawn one by one,
// runs of sub-pixel intervals are merged into one column per pixel, found by binary search, so
// a frame costs O(pixels × log n) however many intervals the lane holds.

/** Narrower than this (px), intervals are merged into per-pixel columns. */
export const MIN_DRAW_PX = 1;

export class IntervalList {
  start = new Float64Array(16);
  end = new Float64Array(16);
  /** what the interval is: a thread state, the holder thread, … */
  value = new Int32Array(16);
  /** the object it concerns (-1) */
  obj = new Int32Array(16);
  /** one more int (a thread, a string id), -1 when unused */
  extra = new Int32Array(16);
  count = 0;
  /** prefix sums of the duration of "busy" intervals (see finish) */
  busyPrefix = new Float64Array(1);
  /** longest interval, for searching lists whose intervals overlap */
  maxDur = 0;
  /** true when every interval ends before the next starts (ends sorted too) */
  disjoint = true;

  push(start: number, end: number, value: number, obj = -1, extra = -1): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.value[i] = value;
    this.obj[i] = obj;
    this.extra[i] = extra;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const f = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const g = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.start = f(this.start);
    this.end = f(this.end);
    this.value = g(this.value);
    this.obj = g(this.obj);
    this.extra = g(this.extra);
  }

  /** Sorts by start if needed and computes the search aids; `busy(value)` marks intervals whose
   * share of a merged column is shown (e.g. running). */
  finish(busy: (value: number) => boolean = () => true): this {
    let sorted = true;
    for (let i = 1; i < this.count; i++) if (this.start[i] < this.start[i - 1]) sorted = false;
    if (!sorted) this.sortByStart();
    this.busyPrefix = new Float64Array(this.count + 1);
    this.maxDur = 0;
    this.disjoint = true;
    for (let i = 0; i < this.count; i++) {
      const d = this.end[i] - this.start[i];
      if (d > this.maxDur) this.maxDur = d;
      this.busyPrefix[i + 1] = this.busyPrefix[i] + (busy(this.value[i]) ? d : 0);
      if (i > 0 && this.start[i] < this.end[i - 1]) this.disjoint = false;
    }
    return this;
  }

  private sortByStart(): void {
    const idx = Array.from({ length: this.count }, (_, i) => i).sort((x, y) => this.start[x] - this.start[y] || x - y);
    const take = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = a.slice() as T;
      idx.forEach((from, to) => (b[to] = a[from]));
      return b;
    };
    this.start = take(this.start);
    this.end = take(this.end);
    this.value = take(this.value);
    this.obj = take(this.obj);
    this.extra = take(this.extra);
  }

  /** First index whose start is ≥ t (count if none). */
  lowerBoundStart(t: number, from = 0): number {
    let lo = from;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.start[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First index that may be visible at or after t (its end is > t). */
  firstVisible(t: number): number {
    if (this.disjoint) {
      let lo = 0;
      let hi = this.count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.end[mid] <= t) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
    let i = this.lowerBoundStart(t - this.maxDur);
    while (i < this.count && this.end[i] <= t && this.start[i] < t) i++;
    return i;
  }

  /** The interval covering t (the latest-starting one if several do), or -1. */
  indexAt(t: number): number {
    const hi = this.lowerBoundStart(t + 1e-9) - 1; // last start ≤ t
    if (this.disjoint) return hi >= 0 && this.end[hi] > t ? hi : -1;
    for (let i = hi; i >= 0 && this.start[i] >= t - this.maxDur; i--) if (this.end[i] > t) return i;
    return -1;
  }

  /** Sum of busy time over intervals [i, j). */
  busyBetween(i: number, j: number): number {
    return this.busyPrefix[j] - this.busyPrefix[i];
  }
}

export interface LodVisitor {
  /** An interval at least MIN_DRAW_PX wide. */
  span(index: number, x0: number, x1: number): void;
  /** Intervals [first, last) merged into one column [x0, x1): busyFrac of the time was busy. */
  merged(first: number, last: number, x0: number, x1: number, busyFrac: number): void;
}

export interface PxMapping {
  toPx(ns: number): number;
  toNs(px: number): number;
}

/** Walks the intervals visible in [t0, t1) with level-of-detail merging (see the file header). */
export function visitLod(list: IntervalList, scale: PxMapping, t0: number, t1: number, visitor: LodVisitor): void {
  let i = list.firstVisible(t0);
  const n = list.count;
  let lastCol = -Infinity;
  while (i < n && list.start[i] < t1) {
    if (list.end[i] <= t0) {
      i++;
      continue;
    }
    const x0 = scale.toPx(list.start[i]);
    const x1 = scale.toPx(list.end[i]);
    if (x1 - x0 >= MIN_DRAW_PX) {
      visitor.span(i, x0, x1);
      i++;
      continue;
    }
    // Everything starting within this pixel column joins it (rounding must not give one
    // column twice).
    let col = Math.floor(x0);
    if (col <= lastCol) col = lastCol + 1;
    lastCol = col;
    const limit = scale.toNs(col + MIN_DRAW_PX);
    let j = list.lowerBoundStart(limit, i + 1);
    if (j <= i) j = i + 1;
    // Only the group's last interval can be wide (it starts in the column, ends beyond):
    // it is drawn on its own.
    if (j - 1 > i && scale.toPx(list.end[j - 1]) - scale.toPx(list.start[j - 1]) >= MIN_DRAW_PX) j--;
    let endNs = list.start[i];
    for (let k = j - 1; k >= i && k >= j - 4; k--) endNs = Math.max(endNs, list.end[k]);
    const total = endNs - list.start[i];
    const frac = total > 0 ? list.busyBetween(i, j) / total : 1;
    visitor.merged(i, j, col, col + MIN_DRAW_PX, Math.min(1, Math.max(0, frac)));
    i = j;
  }
}
