/** Per-lock contention and per-thread time statistics (virtual ns). */
export interface LockStats {
  object: number;
  acquisitions: number;
  /** acquisitions that had to wait */
  contended: number;
  timeouts: number;
  totalWaitNs: number;
  maxWaitNs: number;
}

export interface ThreadTimes {
  thread: number;
  runningNs: number;
  waitingGilNs: number;
  blockedNs: number;
  sleepingNs: number;
}

export class ContentionTracker {
  readonly locks = new Map<number, LockStats>();
  /** thread → (lock → time the wait started) */
  private readonly waitStart = new Map<number, Map<number, number>>();

  private stats(object: number): LockStats {
    let s = this.locks.get(object);
    if (!s) {
      s = { object, acquisitions: 0, contended: 0, timeouts: 0, totalWaitNs: 0, maxWaitNs: 0 };
      this.locks.set(object, s);
    }
    return s;
  }

  onRequest(time: number, thread: number, object: number): void {
    let m = this.waitStart.get(thread);
    if (!m) this.waitStart.set(thread, (m = new Map()));
    m.set(object, time);
    this.stats(object).contended++;
  }

  private endWait(time: number, thread: number, object: number, s: LockStats): void {
    const m = this.waitStart.get(thread);
    const start = m?.get(object);
    if (start === undefined) return;
    m?.delete(object);
    const w = time - start;
    s.totalWaitNs += w;
    s.maxWaitNs = Math.max(s.maxWaitNs, w);
  }

  onAcquire(time: number, thread: number, object: number): void {
    const s = this.stats(object);
    s.acquisitions++;
    this.endWait(time, thread, object, s);
  }

  onTimeout(time: number, thread: number, object: number): void {
    const s = this.stats(object);
    s.timeouts++;
    this.endWait(time, thread, object, s);
  }
}
