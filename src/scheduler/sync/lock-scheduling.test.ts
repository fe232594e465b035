import { describe, expect, it } from 'vitest';
import { EventKind, SyncOp } from '../../trace/event-kinds';
import type { PythonModel } from '../cost';
import type { Scheduler } from '../scheduler';
import type { FakeScript } from '../testing/fake-thread';
import { runFake } from '../testing/harness';
import { acquire, release } from '../testing/lock-ops';
import type { SimLock } from './lock';

const MS = 1_000_000;

describe('locks under the scheduler', () => {
  for (const model of ['3.9', '3.14', '3.14t'] as PythonModel[]) {
    it(`${model}: a lock around read-modify-write loses nothing`, () => {
      const g = { counter: 0 };
      let lock: SimLock | undefined;
      const getLock = (s: Scheduler) => (lock ??= s.createLock('lock'));
      const worker = (s: Scheduler) =>
        (function* (): FakeScript {
          for (let i = 0; i < 3000; i++) {
            yield* acquire(s, getLock(s));
            const v = g.counter;
            yield 'breaker'; // a call inside the critical section
            g.counter = v + 1;
            yield 'op';
            yield* release(s, getLock(s));
            yield 'breaker';
          }
        })();
      const { outcome } = runFake(model, [worker, worker, worker], { seed: 3, switchIntervalNs: 10_000 });
      expect(outcome.kind).toBe('completed');
      expect(g.counter).toBe(9000);
    });
  }

  it('acquire(timeout=0.1) on a held lock returns False after 0.1 s', () => {
    let got: boolean | undefined;
    let at = 0;
    let lock: SimLock | undefined;
    const holder = (s: Scheduler) =>
      (function* (): FakeScript {
        lock = s.createLock('lock');
        yield* acquire(s, lock);
        yield { block: { kind: 'sleep', ns: 1000 * MS } };
        yield* release(s, lock);
      })();
    const waiter = (s: Scheduler) =>
      (function* (): FakeScript {
        yield { block: { kind: 'sleep', ns: 1 * MS } };
        got = yield* acquire(s, lock as SimLock, true, 100 * MS);
        at = s.now;
      })();
    const { trace } = runFake('3.14', [holder, waiter]);
    expect(got).toBe(false);
    expect(at / MS).toBeGreaterThan(100);
    expect(at / MS).toBeLessThan(102);
    expect([...trace.events()].some((e) => e.kind === EventKind.SYNC && e.a === SyncOp.TIMEOUT)).toBe(true);
  });

  it('acquire(blocking=False) on a held lock returns False at once; double release is an error', () => {
    const results: unknown[] = [];
    runFake('3.14', [
      (s) =>
        (function* (): FakeScript {
          const l = s.createLock('lock');
          results.push(yield* acquire(s, l));
          results.push(yield* acquire(s, l, false));
          results.push(yield* release(s, l));
          results.push(yield* release(s, l));
        })(),
    ]);
    expect(results).toEqual([true, false, null, 'release unlocked lock']);
  });

  it('two threads taking two locks in opposite order deadlock; the run reports who waits for what', () => {
    let a: SimLock | undefined;
    let b: SimLock | undefined;
    const locks = (s: Scheduler) => {
      a ??= s.createLock('lock');
      b ??= s.createLock('lock');
      return [a, b];
    };
    const t = (first: 0 | 1) => (s: Scheduler) =>
      (function* (): FakeScript {
        const ls = locks(s);
        yield* acquire(s, ls[first]);
        yield { block: { kind: 'sleep', ns: 1 * MS } };
        yield* acquire(s, ls[1 - first]);
      })();
    const { outcome } = runFake('3.14', [t(0), t(1)]);
    expect(outcome.kind).toBe('deadlock');
    if (outcome.kind !== 'deadlock') return;
    expect(outcome.stuck.map((r) => r.blockedOn).sort()).toEqual([a?.id, b?.id].sort());
  });

  it('the releasing thread may barge back in before the woken waiter runs', () => {
    let lock: SimLock | undefined;
    const order: number[] = [];
    const w = (id: number) => (s: Scheduler) =>
      (function* (): FakeScript {
        lock ??= s.createLock('lock');
        for (let i = 0; i < 50; i++) {
          yield* acquire(s, lock);
          order.push(id);
          yield 'op';
          yield* release(s, lock);
        }
      })();
    runFake('3.14', [w(0), w(1)], { seed: 1 });
    // under the GIL the holder re-takes the lock many times in a row (no FIFO hand-off)
    let runs = 0;
    for (let i = 1; i < order.length; i++) if (order[i] !== order[i - 1]) runs++;
    expect(order.length).toBe(100);
    expect(runs).toBeLessThan(10);
  });
});
