/**
 * Lock-order inversions (potential deadlocks, as in Linux lockdep or ThreadSanitizer): a thread
 * acquires B while holding A, another acquires A while holding B. Even when this run did not
 * deadlock, another schedule can.
 */
export interface OrderEdge {
  from: number;
  to: number;
  thread: number;
  fromLine: number;
  toLine: number;
}

export interface Inversion {
  first: OrderEdge;
  second: OrderEdge;
}

export class LockOrderTracker {
  private readonly edges = new Map<string, OrderEdge>();

  /** T acquires `lock` at `line` while holding `held` (lock → line where it was taken). */
  onAcquire(thread: number, lock: number, line: number, held: ReadonlyMap<number, number>): void {
    for (const [h, hLine] of held) {
      if (h === lock) continue;
      const key = `${h}>${lock}`;
      if (!this.edges.has(key)) this.edges.set(key, { from: h, to: lock, thread, fromLine: hLine, toLine: line });
    }
  }

  /** Pairs of opposite orders taken by different threads. */
  inversions(): Inversion[] {
    const out: Inversion[] = [];
    for (const e of this.edges.values()) {
      if (e.from > e.to) continue;
      const back = this.edges.get(`${e.to}>${e.from}`);
      if (back && back.thread !== e.thread) out.push({ first: e, second: back });
    }
    return out;
  }
}
