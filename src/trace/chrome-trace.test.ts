import { describe, expect, it } from 'vitest';
import { runFake } from '../scheduler/testing/harness';
import { acquire, release } from '../scheduler/testing/lock-ops';
import type { FakeScript } from '../scheduler/testing/fake-thread';
import type { Scheduler } from '../scheduler/scheduler';
import type { SimLock } from '../scheduler/sync/lock';
import { toChromeTrace } from './chrome-trace';

describe('Chrome trace export', () => {
  it('has thread lanes, a GIL lane and a lock lane', () => {
    let lock: SimLock | undefined;
    const w = (s: Scheduler) =>
      (function* (): FakeScript {
        if (!lock) {
          lock = s.createLock('lock');
          s.labelObject(lock.id, 'lock_a');
        }
        for (let i = 0; i < 3; i++) {
          yield* acquire(s, lock);
          yield { block: { kind: 'sleep', ns: 1_000_000 } };
          yield* release(s, lock);
        }
      })();
    const { trace } = runFake('3.14', [w, w]);
    const json = JSON.parse(toChromeTrace(trace)) as { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }[] };
    const ev = json.traceEvents;
    expect(ev.some((e) => e.ph === 'M' && e.args?.name === 'MainThread')).toBe(true);
    expect(ev.some((e) => e.ph === 'M' && e.args?.name === 'lock_a')).toBe(true);
    expect(ev.filter((e) => e.pid === 2 && e.ph === 'X').length).toBeGreaterThan(2);
    expect(ev.filter((e) => e.pid === 3 && e.ph === 'X')).toHaveLength(6);
    expect(ev.some((e) => e.name === 'sleeping' && (e.dur ?? 0) >= 1000)).toBe(true);
  });
});
