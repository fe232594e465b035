// Runs every conformance case and rewrites known-failures.txt with exactly the cases that fail
// now: reasons already in the list are kept, new entries get "# TODO reason".
//   npx tsx src/vm/conformance/update-known-failures.ts
import { writeFileSync } from 'node:fs';
import { listCases } from './case-files';
import { CaseHost } from './host';
import { judge } from './judge';
import { KNOWN_FAILURES_PATH, TODO_REASON, formatKnownFailures, readKnownFailures } from './known-failures';

const DEFAULT_HEADER = [
  '# Conformance cases that do not yet match CPython. One case id per line, then "# reason".',
  '# The suite fails when an unlisted case fails or a listed one passes; regenerate with',
  '#   npx tsx src/vm/conformance/update-known-failures.ts',
];

const cases = listCases();
const previous = readKnownFailures();
const host = new CaseHost();
const reasons = new Map<string, string>();
let passed = 0;
for (const [i, c] of cases.entries()) {
  const verdict = judge(c, await host.run(c));
  if (verdict.passed) passed += 1;
  else reasons.set(c.id, previous.reasons.get(c.id) || TODO_REASON);
  if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${cases.length}`);
}
host.close();
if (process.stderr.isTTY) process.stderr.write("\n");

writeFileSync(KNOWN_FAILURES_PATH, formatKnownFailures({ header: previous.header.length ? previous.header : DEFAULT_HEADER, reasons }));
const removed = [...previous.reasons.keys()].filter((id) => !reasons.has(id));
const added = [...reasons.keys()].filter((id) => !previous.reasons.has(id));
console.log(
  `${passed}/${cases.length} passing (${((100 * passed) / Math.max(1, cases.length)).toFixed(1)}%); ` +
    `known-failures.txt: ${reasons.size} entries (${added.length} added, ${removed.length} removed)`,
);
