import { describe, expect, it } from 'vitest';
import { SimLock } from './lock';

describe('SimLock', () => {
  it('Lock: one owner, any thread may release, double release fails like CPython', () => {
    const l = new SimLock(1, 'lock');
    expect(l.tryAcquire(1)).toBe(true);
    expect(l.tryAcquire(1)).toBe(false); // not reentrant
    expect(l.tryAcquire(2)).toBe(false);
    expect(l.release(2)).toEqual({ error: null, fullyReleased: true });
    expect(l.release(1).error).toBe('release unlocked lock');
  });

  it('RLock: reentrant, owner-only release', () => {
    const l = new SimLock(2, 'rlock');
    expect(l.tryAcquire(1)).toBe(true);
    expect(l.tryAcquire(1)).toBe(true);
    expect(l.tryAcquire(2)).toBe(false);
    expect(l.release(2).error).toBe('cannot release un-acquired lock');
    expect(l.release(1)).toEqual({ error: null, fullyReleased: false });
    expect(l.release(1)).toEqual({ error: null, fullyReleased: true });
    expect(l.locked).toBe(false);
  });

  it('wakes waiters in FIFO order', () => {
    const l = new SimLock(3, 'lock');
    l.addWaiter({ thread: 5, deadline: Infinity, since: 0 });
    l.addWaiter({ thread: 6, deadline: 100, since: 1 });
    expect(l.removeWaiter(9)).toBe(false);
    expect(l.takeNextWaiter()?.thread).toBe(5);
    expect(l.takeNextWaiter()?.thread).toBe(6);
    expect(l.takeNextWaiter()).toBeUndefined();
  });
});
