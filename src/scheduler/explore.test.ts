import { describe, expect, it } from 'vitest';
import { explore, formatExplore } from './explore';
import type { ScheduleConfig } from './explore';
import { addOneIncrement, plainIncrement } from './testing/counter-scripts';
import type { Shared } from './testing/counter-scripts';
import type { FakeScript } from './testing/fake-thread';
import { runFake } from './testing/harness';

function counterRace(variant: (g: Shared, n: number) => FakeScript, n: number) {
  return (cfg: ScheduleConfig) => {
    const g: Shared = { counter: 0, list: [] };
    function* main(): FakeScript {
      yield 'breaker';
    }
    const { sched } = runFake('3.14', [main, () => variant(g, n), () => variant(g, n)], {
      seed: cfg.seed,
      strategy: cfg.strategy,
    });
    return { stdout: `counter = ${g.counter}\n`, stderr: '', exit: 0, instructions: sched.totalInstructions };
  };
}

describe('explore', () => {
  it('groups identical outcomes and records their seeds', () => {
    const r = explore(counterRace(plainIncrement, 1000), { runs: 20 });
    expect(r.outcomes).toHaveLength(1);
    expect(r.outcomes[0]).toMatchObject({ stdout: 'counter = 2000\n', count: 20 });
    expect(r.outcomes[0].seeds).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(formatExplore(r, '3.14')).toContain('1 distinct outcome');
  });

  it('PCT finds the lost update of the add_one counter under 3.14 within 200 runs', () => {
    const r = explore(counterRace(addOneIncrement, 1000), { runs: 200, strategy: 'pct', depth: 2 });
    const lossy = r.outcomes.filter((o) => o.stdout !== 'counter = 2000\n');
    expect(lossy.length).toBeGreaterThan(0);
  });

  it('PCT never breaks the plain loop under 3.14 (no switch point between load and store)', () => {
    const r = explore(counterRace(plainIncrement, 1000), { runs: 100, strategy: 'pct', depth: 3 });
    expect(r.outcomes.map((o) => o.stdout)).toEqual(['counter = 2000\n']);
  });
});
