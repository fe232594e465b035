/**
 * Discrete-event queue of timers on the virtual clock (sleep ends, lock timeouts, GIL
 * drop-request intervals, Timer threads). A binary min-heap ordered by (time, insertion
 * sequence) so equal-time events fire in the order they were scheduled — part of determinism.
 */
export interface TimerEntry<T> {
  readonly time: number; // virtual ns
  readonly seq: number;
  readonly payload: T;
  cancelled: boolean;
}

export class EventQueue<T> {
  private heap: TimerEntry<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  schedule(time: number, payload: T): TimerEntry<T> {
    const entry: TimerEntry<T> = { time, seq: this.seq++, payload, cancelled: false };
    this.heap.push(entry);
    this.siftUp(this.heap.length - 1);
    return entry;
  }

  /** Cancelled entries stay in the heap and are skipped lazily. */
  cancel(entry: TimerEntry<T>): void {
    entry.cancelled = true;
  }

  /** Time of the next live timer, or Infinity. */
  peekTime(): number {
    this.dropCancelled();
    return this.heap.length ? this.heap[0].time : Infinity;
  }

  /** Removes and returns the next live timer due at or before `time`, if any. */
  popDue(time: number): TimerEntry<T> | undefined {
    this.dropCancelled();
    if (!this.heap.length || this.heap[0].time > time) return undefined;
    return this.popTop();
  }

  private dropCancelled(): void {
    while (this.heap.length && this.heap[0].cancelled) this.popTop();
  }

  private popTop(): TimerEntry<T> {
    const top = this.heap[0];
    const last = this.heap.pop() as TimerEntry<T>;
    if (this.heap.length) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private less(i: number, j: number): boolean {
    const a = this.heap[i];
    const b = this.heap[j];
    return a.time < b.time || (a.time === b.time && a.seq < b.seq);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      [this.heap[i], this.heap[p]] = [this.heap[p], this.heap[i]];
      i = p;
    }
  }

  private siftDown(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) break;
      [this.heap[i], this.heap[m]] = [this.heap[m], this.heap[i]];
      i = m;
    }
  }
}
