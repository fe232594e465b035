import { describe, expect, it } from 'vitest';
import { runThreaded } from '../../scheduler/run-threaded';
import { buildModel } from '../../timeline/model';
import { TWO_LOCK_DEADLOCK } from '../../timeline/test-programs';
import { packTrace } from '../../worker/trace-transfer';
import { consoleAt } from './CursorConsole';
import { markersAt } from './cursor-effects';

const r = runThreaded(TWO_LOCK_DEADLOCK, { seed: 1, filename: 'main.py' });
const model = buildModel(packTrace({ trace: r.trace, virtualNs: r.endTime, findings: r.findings }));

describe('what the time cursor shows outside the canvas', () => {
  it('editor markers: each thread on its line, in its colour, with its number', () => {
    expect(markersAt(model, 0)).toEqual([{ line: 21, colorIndex: 0, label: 'T0' }]);
    expect(markersAt(model, model.end)).toEqual([
      { line: 23, colorIndex: 0, label: 'T0' },
      { line: 10, colorIndex: 1, label: 'T1' },
      { line: 16, colorIndex: 2, label: 'T2' },
    ]);
  });

  it('the console as it was: nothing at the start, the whole output at the end', () => {
    expect(consoleAt(model, 0)).toBe('');
    expect(consoleAt(model, model.end)).toBe(r.stdout + r.stderr);
  });
});
