import { describe, expect, it } from 'vitest';
import type { PythonModel } from './cost';
import { addOneIncrement, appendLoop, plainIncrement, sleepZeroIncrement } from './testing/counter-scripts';
import type { Shared } from './testing/counter-scripts';
import type { FakeScript } from './testing/fake-thread';
import { runFake } from './testing/harness';

/**
 * The phenomena table of reference/gil.md on scripted bytecode (the VM-level versions of these
 * tests live with the threaded runner): 5 threads × N increments of a shared counter.
 */
type Variant = (g: Shared, n: number) => FakeScript;

function race(model: PythonModel, variant: Variant, seed: number, n = 20_000, switchIntervalNs?: number): Shared {
  const g: Shared = { counter: 0, list: [] };
  function* main(): FakeScript {
    yield 'breaker';
  }
  const workers = Array.from({ length: 5 }, () => () => variant(g, n));
  runFake(model, [main, ...workers], { seed, switchIntervalNs });
  return g;
}

describe('phenomena of reference/gil.md', () => {
  it('3.9: a plain `counter += 1` loop loses updates', () => {
    // CPython 3.9 lost updates in 9 of 10 runs
    const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
    const lost = seeds.filter((seed) => race('3.9', plainIncrement, seed, 100_000).counter < 500_000);
    expect(lost.length).toBeGreaterThanOrEqual(7);
  });

  it('3.14: a plain `counter += 1` loop never loses an update', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(race('3.14', plainIncrement, seed).counter).toBe(100_000);
  });

  it('3.14: `counter = add_one(counter)` loses updates', () => {
    const lost = [1, 2, 3, 4, 5].filter((seed) => race('3.14', addOneIncrement, seed, 100_000).counter < 500_000);
    expect(lost.length).toBeGreaterThanOrEqual(4);
  });

  it('3.14: add_one with setswitchinterval(1e-6) loses more', () => {
    const normal = race('3.14', addOneIncrement, 1, 100_000).counter;
    const tiny = race('3.14', addOneIncrement, 1, 100_000, 1_000).counter;
    expect(tiny).toBeLessThan(normal);
  });

  it('3.14: read, sleep(0), write loses most updates', () => {
    const g = race('3.14', sleepZeroIncrement, 1, 2_000);
    const lostFraction = 1 - g.counter / 10_000;
    expect(lostFraction).toBeGreaterThan(0.6);
    expect(lostFraction).toBeLessThan(0.95);
  });

  it('3.14t: a plain `counter += 1` loop loses updates', () => {
    for (const seed of [1, 2, 3]) expect(race('3.14t', plainIncrement, seed).counter).toBeLessThan(100_000);
  });

  it('3.14t: list.append from 5 threads is exact', () => {
    expect(race('3.14t', appendLoop, 1).list.length).toBe(100_000);
  });
});
