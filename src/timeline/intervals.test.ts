import { describe, expect, it } from 'vitest';
import { IntervalList, visitLod } from './intervals';
import { TimeScale } from './time-scale';

function lane(intervals: [number, number, number][]): IntervalList {
  const l = new IntervalList();
  for (const [s, e, v] of intervals) l.push(s, e, v);
  return l.finish((v) => v === 1);
}

function walk(list: IntervalList, ts: TimeScale, t0 = ts.start, t1 = ts.end) {
  const spans: number[] = [];
  const merged: { first: number; last: number; x0: number; frac: number }[] = [];
  visitLod(list, ts, t0, t1, {
    span: (i) => spans.push(i),
    merged: (first, last, x0, _x1, frac) => merged.push({ first, last, x0, frac }),
  });
  return { spans, merged };
}

describe('IntervalList', () => {
  it('finds the interval at a time and the first visible one', () => {
    const l = lane([
      [0, 10, 1],
      [10, 30, 2],
      [40, 50, 1],
    ]);
    expect(l.indexAt(5)).toBe(0);
    expect(l.indexAt(10)).toBe(1);
    expect(l.indexAt(35)).toBe(-1);
    expect(l.firstVisible(12)).toBe(1);
    expect(l.firstVisible(31)).toBe(2);
    expect(l.busyBetween(0, 3)).toBe(20);
    expect(l.disjoint).toBe(true);
  });

  it('handles overlapping intervals (semaphore owners, several waiters)', () => {
    const l = lane([
      [0, 100, 1],
      [10, 20, 2],
      [50, 60, 3],
    ]);
    expect(l.disjoint).toBe(false);
    expect(l.indexAt(15)).toBe(1);
    expect(l.indexAt(30)).toBe(0);
    expect(l.firstVisible(55)).toBe(0);
  });

  it('sorts pushed intervals by start', () => {
    const l = lane([
      [20, 30, 2],
      [0, 10, 1],
    ]);
    expect(Array.from(l.start.subarray(0, 2))).toEqual([0, 20]);
    expect(Array.from(l.value.subarray(0, 2))).toEqual([1, 2]);
  });
});

describe('level-of-detail walk', () => {
  it('draws wide intervals one by one', () => {
    const l = lane([
      [0, 500, 1],
      [500, 1000, 2],
    ]);
    const { spans, merged } = walk(l, new TimeScale(0, 1000, 0, 100));
    expect(spans).toEqual([0, 1]);
    expect(merged).toEqual([]);
  });

  it('merges sub-pixel intervals into one column per pixel with the busy share', () => {
    // 1000 intervals of 1 ns, alternating running (1) and not (2), over 10 px: 100 per px.
    const items: [number, number, number][] = [];
    for (let i = 0; i < 1000; i++) items.push([i, i + 1, i % 2 === 0 ? 1 : 2]);
    const l = lane(items);
    const { spans, merged } = walk(l, new TimeScale(0, 1000, 0, 10));
    expect(spans).toEqual([]);
    expect(merged.length).toBe(10);
    expect(merged.map((m) => m.x0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const m of merged) {
      expect(m.last - m.first).toBe(100);
      expect(m.frac).toBeCloseTo(0.5);
    }
  });

  it('visits a bounded number of items however many intervals a pixel holds', () => {
    const items: [number, number, number][] = [];
    for (let i = 0; i < 200_000; i++) items.push([i * 10, i * 10 + 5, 1]);
    const l = lane(items);
    const ts = new TimeScale(0, 2_000_000, 0, 800);
    const { spans, merged } = walk(l, ts);
    expect(spans.length + merged.length).toBeLessThanOrEqual(801);
    expect(merged.reduce((n, m) => n + m.last - m.first, 0)).toBe(200_000);
    // zoomed in, the same lane gives real intervals again
    const zoomed = walk(l, new TimeScale(1000, 1100, 0, 800));
    expect(zoomed.spans.length).toBeGreaterThan(0);
    expect(zoomed.merged).toEqual([]);
  });

  it('mixes wide and merged intervals in time order, skipping what is out of view', () => {
    const l = lane([
      [0, 400, 1],
      [400, 401, 2],
      [401, 402, 1],
      [402, 1000, 2],
      [2000, 3000, 1],
    ]);
    const order: string[] = [];
    visitLod(l, new TimeScale(0, 1000, 0, 100), 0, 1000, {
      span: (i) => order.push(`s${i}`),
      merged: (f, e) => order.push(`m${f}-${e}`),
    });
    expect(order).toEqual(['s0', 'm1-3', 's3']);
  });
});
