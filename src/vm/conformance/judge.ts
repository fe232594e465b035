// Deciding whether the VM's run of a case matches what CPython recorded.
import type { ConformanceCase, Expectation } from './case-files';
import type { CaseOutcome } from './host';

export interface Verdict {
  passed: boolean;
  /** What the VM produced, in the shape of an expectation (null if it produced nothing). */
  actual: Expectation | null;
  /** Why there is no comparable result (missing expectation, host crash, timeout). */
  problem?: string;
}

export function judge(c: ConformanceCase, outcome: CaseOutcome): Verdict {
  if (!c.expected) return { passed: false, actual: null, problem: 'no .expected.json: run src/vm/conformance/regen.py' };
  if (outcome.kind === 'host-error') return { passed: false, actual: null, problem: outcome.message };
  const actual = { stdout: outcome.result.stdout, stderr: outcome.result.stderr, exitCode: outcome.result.exitCode };
  const passed =
    actual.stdout === c.expected.stdout && actual.stderr === c.expected.stderr && actual.exitCode === c.expected.exitCode;
  return { passed, actual };
}
