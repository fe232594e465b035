import type { Findings, FindingsCollector } from './collector';

const ms = (ns: number): string => `${(ns / 1e6).toFixed(2)} ms`;

/** The `--report` summary printed on stderr after a run. */
export function formatFindingsReport(f: Findings, c: FindingsCollector): string {
  const out: string[] = ['Interleave report:'];
  const lostTotal = f.lostUpdates.reduce((n, l) => n + l.count, 0);
  out.push(`  lost updates: ${lostTotal}`);
  for (const l of f.lostUpdates) {
    const e = l.first;
    out.push(
      `    ${l.location} (line ${l.line}): ${l.count}×, erasing ${l.erased} update${l.erased === 1 ? '' : 's'} of other threads — ` +
        `e.g. ${c.threadName(e.thread)} read it at line ${e.readLine}, ` +
        `${c.threadName(e.overwrittenThread)} wrote it at line ${e.overwrittenLine}, then ${c.threadName(e.thread)} ` +
        `wrote at line ${e.writeLine}, erasing that update`,
    );
  }
  out.push(`  data races that lost nothing this run: ${f.races.length}`);
  for (const r of f.races) {
    out.push(
      `    ${r.location}: ${r.kind} between ${c.threadName(r.first.thread)} (line ${r.first.line}) and ` +
        `${c.threadName(r.second.thread)} (line ${r.second.line}) with no lock or other ordering between them`,
    );
  }
  if (f.deadlock) out.push(...formatCycle(f, c).map((l) => `  ${l}`));
  out.push(`  lock-order inversions (possible deadlocks): ${f.lockOrderInversions.length}`);
  for (const inv of f.lockOrderInversions) {
    const a = inv.first;
    const b = inv.second;
    out.push(
      `    ${c.threadName(a.thread)} takes ${c.objectName(a.from)} (line ${a.fromLine}) then ${c.objectName(a.to)} ` +
        `(line ${a.toLine}); ${c.threadName(b.thread)} takes ${c.objectName(b.from)} (line ${b.fromLine}) then ` +
        `${c.objectName(b.to)} (line ${b.toLine})`,
    );
  }
  if (f.locks.length) out.push('  locks:');
  for (const l of f.locks) {
    out.push(
      `    ${l.name}: ${l.acquisitions} acquired, ${l.contended} had to wait` +
        (l.timeouts ? `, ${l.timeouts} timed out` : '') +
        (l.contended ? `, waited ${ms(l.totalWaitNs)} in total (longest ${ms(l.maxWaitNs)})` : ''),
    );
  }
  if (f.threads.length) out.push('  threads (running / waiting for the GIL or a core / blocked / sleeping or I/O):');
  for (const t of f.threads) {
    out.push(`    ${t.name}: ${ms(t.runningNs)} / ${ms(t.waitingGilNs)} / ${ms(t.blockedNs)} / ${ms(t.sleepingNs)}`);
  }
  return out.join('\n') + '\n';
}

function formatCycle(f: Findings, c: FindingsCollector): string[] {
  if (!f.deadlock) return [];
  return [
    'deadlock cycle:',
    ...f.deadlock.steps.map(
      (s) =>
        `  ${c.threadName(s.thread)} waits for ${c.objectName(s.waitsFor)} (line ${c.lineOf[s.thread] ?? '?'}), ` +
        `held by ${c.threadName(s.heldBy)} since line ${c.acquiredAt(s.heldBy, s.waitsFor)}`,
    ),
  ];
}

/**
 * The `Deadlock:` report for a run where no thread can continue: the wait-for cycle when
 * there is one, and every stuck thread with what it waits for.
 */
export function formatDeadlockReport(c: FindingsCollector, stuck: readonly number[]): string {
  const cycle = c.deadlockCycle();
  const out: string[] = [];
  if (cycle) {
    const names = cycle.steps.map((s) => c.objectName(s.waitsFor));
    out.push(`Deadlock: ${cycle.steps.length === 1 ? 'a thread waits for a lock it holds itself' : 'threads wait for each other in a cycle'} (${names.join(', ')})`);
    for (const s of cycle.steps) {
      out.push(
        `  ${c.threadName(s.thread)} waits for ${c.objectName(s.waitsFor)} at line ${c.lineOf[s.thread] ?? '?'}; ` +
          `it is held by ${c.threadName(s.heldBy)}, which took it at line ${c.acquiredAt(s.heldBy, s.waitsFor)}`,
      );
    }
  } else {
    out.push('Deadlock: no thread can continue and nothing will wake them');
  }
  const inCycle = new Set(cycle?.steps.map((s) => s.thread) ?? []);
  for (const t of stuck) {
    if (inCycle.has(t)) continue;
    const what = c.waitDescription(t);
    out.push(`  ${c.threadName(t)} waits${what ? ` for ${what}` : ''} at line ${c.lineOf[t] ?? '?'}`);
  }
  return out.join('\n') + '\n';
}
