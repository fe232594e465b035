import { describe, expect, it } from 'vitest';
import { runThreaded } from '../scheduler/run-threaded';
import { EventKind } from '../trace/event-kinds';
import { TraceLog } from '../trace/trace-log';
import { packTrace, traceTransferables } from './trace-transfer';

const PROGRAM = `import threading
lock = threading.Lock()
def work():
    with lock:
        print("hi")
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
`;

describe('packTrace', () => {
  it('copies every event of a real run in order, with strings and findings', () => {
    const r = runThreaded(PROGRAM, { seed: 2 });
    const packed = packTrace({ trace: r.trace, virtualNs: r.endTime, findings: r.findings });
    expect(packed.count).toBe(r.trace.length);
    expect(packed.times.length).toBe(packed.count);
    expect(packed.fields.length).toBe(packed.count * 4);
    for (let i = 0; i < packed.count; i++) {
      const e = r.trace.get(i);
      expect([packed.times[i], packed.fields[i * 4] >>> 24, packed.fields[i * 4] & 0xffffff, packed.fields[i * 4 + 1], packed.fields[i * 4 + 2], packed.fields[i * 4 + 3]]).toEqual([e.time, e.kind, e.thread, e.a, e.b, e.c]);
    }
    expect(packed.strings).toEqual(r.trace.strings.strings);
    expect(packed.endTime).toBe(r.endTime);
    expect(packed.findings).toBe(r.findings);
    // The buffers are what Comlink.transfer moves.
    expect(traceTransferables(packed)).toEqual([packed.times.buffer, packed.fields.buffer]);
  });

  it('puts a capped log back in time order (kept head, then the ring of recent events)', () => {
    const log = new TraceLog(8);
    for (let i = 0; i < 20; i++) log.emit(i * 10, EventKind.LINE, 0, i);
    const packed = packTrace({ trace: log, virtualNs: 200, findings: { lostUpdates: [], races: [], deadlock: null, lockOrderInversions: [], locks: [], threads: [] } });
    expect(packed.count).toBe(8);
    expect(packed.dropped).toBe(12);
    expect(packed.gapIndex).toBe(4);
    expect(Array.from(packed.times)).toEqual([0, 10, 20, 30, 160, 170, 180, 190]);
  });
});
