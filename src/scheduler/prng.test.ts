import { describe, expect, it } from 'vitest';
import { Prng } from './prng';

describe('Prng', () => {
  it('is deterministic per seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const xs = Array.from({ length: 20 }, () => a.nextUint32());
    const ys = Array.from({ length: 20 }, () => b.nextUint32());
    expect(xs).toEqual(ys);
  });

  it('differs between seeds', () => {
    expect(new Prng(1).nextUint32()).not.toBe(new Prng(2).nextUint32());
  });

  it('intBetween stays in range and covers it', () => {
    const p = new Prng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = p.intBetween(3, 9);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(9);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
  });

  it('nextFloat is roughly uniform', () => {
    const p = new Prng(123);
    let sum = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) sum += p.nextFloat();
    expect(sum / n).toBeGreaterThan(0.48);
    expect(sum / n).toBeLessThan(0.52);
  });
});
