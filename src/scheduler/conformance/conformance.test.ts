import { describe, expect, it } from 'vitest';
import { ensureLibSources } from '../lib-sources-node';
import type { PythonModel } from '../cost';
import { runThreaded } from '../run-threaded';
import { knownFailures, listThreadingCases, stripLibraryFrames } from './cases';

ensureLibSources();

/**
 * Every case prints the same under any correct schedule, so it must match CPython under every
 * model and seed. Each case runs under the three models with a couple of seeds.
 */
const RUNS: { python: PythonModel; seed: number }[] = [
  { python: '3.14', seed: 1 },
  { python: '3.14', seed: 2 },
  { python: '3.9', seed: 3 },
  { python: '3.14t', seed: 4 },
];

const known = knownFailures();

describe('threading conformance (expected output recorded from CPython 3.12)', () => {
  for (const c of listThreadingCases()) {
    const test = known.has(c.id) ? it.fails : it;
    test(c.id, () => {
      expect(c.expected, 'run regen.py to record CPython output').not.toBeNull();
      for (const r of RUNS) {
        const res = runThreaded(c.source, { filename: c.filename, python: r.python, seed: r.seed, maxTime: 60 });
        const got = { stdout: res.stdout, stderr: stripLibraryFrames(res.stderr), exit: res.exitCode };
        expect(got, `${r.python} seed ${r.seed}`).toEqual(c.expected);
      }
    });
  }
});
