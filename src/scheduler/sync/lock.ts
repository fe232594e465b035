/**
 * Lock and RLock cores as a state machine (CPython: Modules/_threadmodule.c). The rest of
 * threading's primitives (Condition, Semaphore, Event, Barrier) are written in Python on top
 * of these, as CPython's Lib/threading.py does.
 *
 * Waking is not a hand-off: release() wakes one waiter, which must then retry when it next
 * runs — the releasing thread (still holding the GIL) may take the lock back first ("barging"),
 * as with CPython's futex/semaphore locks.
 */
export type LockKind = 'lock' | 'rlock';

export interface LockWaiter {
  readonly thread: number;
  /** Virtual ns at which the wait gives up (Infinity = never). */
  readonly deadline: number;
  readonly since: number;
}

export class SimLock {
  owner = -1; // thread id holding it (-1 free); a plain Lock may be released by any thread
  count = 0; // RLock recursion depth (Lock: 0 or 1)
  readonly waiters: LockWaiter[] = [];
  /** Where it was last acquired (for deadlock reports). */
  acquiredLine = -1;

  constructor(
    readonly id: number,
    readonly kind: LockKind,
  ) {}

  get locked(): boolean {
    return this.count > 0;
  }

  /** Non-blocking attempt by `thread`; true when it now holds the lock. */
  tryAcquire(thread: number): boolean {
    if (this.count === 0) {
      this.owner = thread;
      this.count = 1;
      return true;
    }
    if (this.kind === 'rlock' && this.owner === thread) {
      this.count++;
      return true;
    }
    return false;
  }

  /**
   * Release by `thread`. Returns CPython's error message, or null on success.
   * `fullyReleased` tells the caller whether waiters should be woken.
   */
  release(thread: number): { error: string | null; fullyReleased: boolean } {
    if (this.kind === 'lock') {
      if (this.count === 0) return { error: 'release unlocked lock', fullyReleased: false };
      this.count = 0;
      this.owner = -1;
      return { error: null, fullyReleased: true };
    }
    if (this.count === 0 || this.owner !== thread) {
      return { error: 'cannot release un-acquired lock', fullyReleased: false };
    }
    this.count--;
    if (this.count === 0) this.owner = -1;
    return { error: null, fullyReleased: this.count === 0 };
  }

  addWaiter(w: LockWaiter): void {
    this.waiters.push(w);
  }

  removeWaiter(thread: number): boolean {
    const i = this.waiters.findIndex((w) => w.thread === thread);
    if (i < 0) return false;
    this.waiters.splice(i, 1);
    return true;
  }

  /** The waiter to wake on release: the longest waiting (futex queues are FIFO). */
  takeNextWaiter(): LockWaiter | undefined {
    return this.waiters.shift();
  }
}
