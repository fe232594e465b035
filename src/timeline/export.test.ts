import { describe, expect, it } from 'vitest';
import { runThreaded } from '../scheduler/run-threaded';
import { packTrace } from '../worker/trace-transfer';
import { chromeTraceJson, logFromTransfer } from './export';
import { TWO_LOCK_DEADLOCK } from './test-programs';

describe('export', () => {
  const r = runThreaded(TWO_LOCK_DEADLOCK, { seed: 1, filename: 'main.py' });
  const packed = packTrace({ trace: r.trace, virtualNs: r.endTime, findings: r.findings });

  it('rebuilds the very same log from what the worker sent', () => {
    expect(logFromTransfer(packed).toBytes()).toEqual(r.trace.toBytes());
  });

  it('gives the Chrome Trace JSON the CLI writes, with thread and lock names', () => {
    const json = chromeTraceJson(packed);
    const parsed = JSON.parse(json) as { traceEvents: { ph: string; name: string; args?: { name?: string } }[] };
    const names = parsed.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
    expect(names).toEqual(expect.arrayContaining(['MainThread', 'Thread-1 (one)', 'Thread-2 (two)', 'lock_a', 'lock_b']));
  });
});
