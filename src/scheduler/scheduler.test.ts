import { describe, expect, it } from 'vitest';
import { EventKind } from '../trace/event-kinds';
import { compute } from './testing/fake-thread';
import type { FakeScript } from './testing/fake-thread';
import { runFake } from './testing/harness';
import type { Scheduler } from './scheduler';

const MS = 1_000_000;

function* idleMain(): FakeScript {
  yield 'breaker';
}

describe('Scheduler: time', () => {
  it('charges calibrated instruction costs (~65 ns per 9-instruction loop iteration)', () => {
    const n = 9 * 100_000;
    const { outcome } = runFake('3.14', [() => compute(n)]);
    expect(outcome.kind).toBe('completed');
    const perIter = outcome.endTime / 100_000;
    expect(perIter).toBeGreaterThan(60);
    expect(perIter).toBeLessThan(72);
  });

  it('three threaded sleeps of 1/2/3 s end at ~3.0 s, sequential at ~6.0 s', () => {
    const sleeper = (s: number) =>
      function* (): FakeScript {
        yield 'op';
        yield { block: { kind: 'sleep', ns: s * 1000 * MS } };
        yield 'op';
      };
    const par = runFake('3.14', [idleMain, sleeper(1), sleeper(2), sleeper(3)]);
    expect(par.outcome.endTime / 1e9).toBeCloseTo(3.0, 2);
    const seq = runFake('3.14', [
      function* () {
        for (const s of [1, 2, 3]) yield { block: { kind: 'sleep', ns: s * 1e9 } };
      },
    ]);
    expect(seq.outcome.endTime / 1e9).toBeCloseTo(6.0, 2);
  });

  it('two CPU-bound threads take ~2× one under 3.14 and ~1× under 3.14t', () => {
    const work = () => compute(9 * 200_000);
    const one = runFake('3.14', [idleMain, work]).outcome.endTime;
    const twoGil = runFake('3.14', [idleMain, work, work]).outcome.endTime;
    const oneFt = runFake('3.14t', [idleMain, work]).outcome.endTime;
    const twoFt = runFake('3.14t', [idleMain, work, work]).outcome.endTime;
    expect(twoGil / one).toBeGreaterThan(1.9);
    expect(twoGil / one).toBeLessThan(2.1);
    expect(twoFt / oneFt).toBeGreaterThan(0.95);
    expect(twoFt / oneFt).toBeLessThan(1.1);
  });

  it('switches the GIL about once per switch interval between CPU-bound threads', () => {
    const work = () => compute(9 * 400_000); // ~26 ms each
    const { trace, outcome } = runFake('3.14', [idleMain, work, work]);
    const acquires = [...trace.events()].filter((e) => e.kind === EventKind.GIL_ACQUIRE).length;
    const drops = [...trace.events()].filter((e) => e.kind === EventKind.DROP_REQUEST).length;
    const expected = outcome.endTime / (5 * MS);
    expect(drops).toBeGreaterThan(expected * 0.7);
    expect(drops).toBeLessThan(expected * 1.3);
    expect(acquires).toBeGreaterThanOrEqual(drops);
  });

  it('shows the convoy effect: sleep(0.5 ms) beside a CPU-bound thread costs ~one interval', () => {
    const calls = 20;
    let ioEnd = 0;
    const io = (s: Scheduler) =>
      (function* (): FakeScript {
        for (let i = 0; i < calls; i++) {
          yield 'breaker';
          yield { block: { kind: 'sleep', ns: 0.5 * MS } };
        }
        ioEnd = s.now;
      })();
    runFake('3.14', [io]);
    const alone = ioEnd / calls;
    const cpu = () => compute(Number.MAX_SAFE_INTEGER);
    runFake('3.14', [io, cpu], { daemon: [false, true] });
    const beside = ioEnd / calls;
    expect(alone / MS).toBeGreaterThan(0.5);
    expect(alone / MS).toBeLessThan(0.7);
    expect(beside / MS).toBeGreaterThan(5.0);
    expect(beside / MS).toBeLessThan(6.5);
    runFake('3.14', [io, cpu], { daemon: [false, true], switchIntervalNs: 1 * MS });
    expect(ioEnd / calls / MS).toBeGreaterThan(1.3);
    expect(ioEnd / calls / MS).toBeLessThan(2.0);
  });
});

describe('Scheduler: determinism', () => {
  const run = (seed: number) =>
    runFake('3.14', [idleMain, () => compute(9 * 100_000), () => compute(9 * 100_000)], { seed });
  it('same seed ⇒ identical trace bytes', () => {
    expect(run(7).trace.toBytes()).toEqual(run(7).trace.toBytes());
  });
  it('different seeds ⇒ different schedules', () => {
    expect(run(7).trace.toBytes()).not.toEqual(run(8).trace.toBytes());
  });
});
