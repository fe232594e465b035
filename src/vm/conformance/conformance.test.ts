// The VM conformance suite: every program under cases/ must print exactly what CPython 3.12
// printed (stdout, stderr, exit code), except those named in known-failures.txt.
// Listed cases still run: if one starts passing, its test fails and asks for it to be removed,
// so the list only shrinks. Regenerate expectations with regen.py; refresh the list with
// `npx tsx src/vm/conformance/update-known-failures.ts`.
import { afterAll, describe, expect, it } from 'vitest';
import { listCases, type ConformanceCase } from './case-files';
import { CaseHost, TIMEOUT_MS } from './host';
import { judge } from './judge';
import { readKnownFailures } from './known-failures';

const cases = listCases();
const known = readKnownFailures().reasons;
const host = new CaseHost();

interface Tally {
  passed: number;
  failedUnlisted: string[];
  listedStillFailing: number;
  listedNowPassing: string[];
}
const tally: Tally = { passed: 0, failedUnlisted: [], listedStillFailing: 0, listedNowPassing: [] };
const perTopic = new Map<string, { total: number; passed: number }>();

async function check(c: ConformanceCase): Promise<void> {
  const verdict = judge(c, await host.run(c));
  const topic = perTopic.get(c.topic) ?? { total: 0, passed: 0 };
  topic.total += 1;
  if (verdict.passed) topic.passed += 1;
  perTopic.set(c.topic, topic);

  if (known.has(c.id)) {
    if (verdict.passed) {
      tally.passed += 1;
      tally.listedNowPassing.push(c.id);
      throw new Error(`${c.id} is now passing — remove it from known-failures.txt`);
    }
    tally.listedStillFailing += 1;
    return;
  }
  if (verdict.passed) {
    tally.passed += 1;
    return;
  }
  tally.failedUnlisted.push(c.id);
  if (verdict.problem) throw new Error(`${c.id}: ${verdict.problem}`);
  expect(verdict.actual, `${c.id} differs from CPython`).toEqual(c.expected);
}

const topics = [...new Set(cases.map((c) => c.topic))];
for (const topic of topics) {
  describe(topic, () => {
    for (const c of cases.filter((x) => x.topic === topic)) {
      const reason = known.get(c.id);
      const title = reason === undefined ? c.name : `${c.name} [known failure: ${reason || 'no reason given'}]`;
      it(title, () => check(c), TIMEOUT_MS + 10_000);
    }
  });
}

it('every case not in known-failures.txt passes', () => {
  expect(cases.length).toBeGreaterThan(0);
  expect(tally.failedUnlisted).toEqual([]);
});

afterAll(() => {
  host.close();
  const total = cases.length;
  const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  const lines = [
    `conformance: ${tally.passed}/${total} cases match CPython (${pct(tally.passed, total)}); ` +
      `${known.size} listed as known failures, ${tally.failedUnlisted.length} unlisted failing, ` +
      `${tally.listedNowPassing.length} listed but now passing`,
    ...[...perTopic].map(([t, s]) => `  ${t.padEnd(22)} ${String(s.passed).padStart(4)}/${String(s.total).padEnd(4)} ${pct(s.passed, s.total)}`),
  ];
  console.log(lines.join('\n'));
});
