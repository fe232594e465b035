import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';

describe('EventQueue', () => {
  it('pops in time order, ties in insertion order', () => {
    const q = new EventQueue<string>();
    q.schedule(30, 'c');
    q.schedule(10, 'a1');
    q.schedule(20, 'b');
    q.schedule(10, 'a2');
    const out: string[] = [];
    for (let e = q.popDue(100); e; e = q.popDue(100)) out.push(e.payload);
    expect(out).toEqual(['a1', 'a2', 'b', 'c']);
  });

  it('only pops due timers and skips cancelled ones', () => {
    const q = new EventQueue<number>();
    const a = q.schedule(5, 1);
    q.schedule(15, 2);
    q.cancel(a);
    expect(q.peekTime()).toBe(15);
    expect(q.popDue(10)).toBeUndefined();
    expect(q.popDue(15)?.payload).toBe(2);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('handles many random timers', () => {
    const q = new EventQueue<number>();
    const times = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1000);
    times.forEach((t) => q.schedule(t, t));
    let last = -1;
    for (let e = q.popDue(Infinity); e; e = q.popDue(Infinity)) {
      expect(e.time).toBeGreaterThanOrEqual(last);
      last = e.time;
    }
  });
});
