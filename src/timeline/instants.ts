// Point events of the timeline (marks, drop requests, sync operations, flows) in growable typed
// arrays sorted by time, so the renderer can binary-search the visible window.

export class InstantList {
  time = new Float64Array(16);
  thread = new Int32Array(16);
  kind = new Int32Array(16);
  a = new Int32Array(16);
  b = new Int32Array(16);
  count = 0;

  push(time: number, thread: number, kind: number, a = -1, b = -1): number {
    if (this.count === this.time.length) this.grow();
    const i = this.count++;
    this.time[i] = time;
    this.thread[i] = thread;
    this.kind[i] = kind;
    this.a[i] = a;
    this.b[i] = b;
    return i;
  }

  private grow(): void {
    const n = this.time.length * 2;
    const t = new Float64Array(n);
    t.set(this.time);
    this.time = t;
    for (const key of ['thread', 'kind', 'a', 'b'] as const) {
      const b = new Int32Array(n);
      b.set(this[key]);
      this[key] = b;
    }
  }

  /** First index with time ≥ t. */
  lowerBound(t: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.time[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Arrows between two moments of (usually) two threads, sorted by where they end. */
export class FlowList {
  fromTime = new Float64Array(16);
  fromThread = new Int32Array(16);
  toTime = new Float64Array(16);
  toThread = new Int32Array(16);
  kind = new Int32Array(16);
  obj = new Int32Array(16);
  count = 0;
  /** longest flow (ns), to find the ones crossing the window */
  maxSpan = 0;

  push(fromTime: number, fromThread: number, toTime: number, toThread: number, kind: number, obj: number): void {
    if (this.count === this.fromTime.length) {
      const n = this.count * 2;
      for (const key of ['fromTime', 'toTime'] as const) {
        const b = new Float64Array(n);
        b.set(this[key]);
        this[key] = b;
      }
      for (const key of ['fromThread', 'toThread', 'kind', 'obj'] as const) {
        const b = new Int32Array(n);
        b.set(this[key]);
        this[key] = b;
      }
    }
    const i = this.count++;
    this.fromTime[i] = fromTime;
    this.fromThread[i] = fromThread;
    this.toTime[i] = toTime;
    this.toThread[i] = toThread;
    this.kind[i] = kind;
    this.obj[i] = obj;
    this.maxSpan = Math.max(this.maxSpan, toTime - fromTime);
  }

  /** First flow ending at or after t (flows are pushed in order of their end). */
  lowerBoundTo(t: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.toTime[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
