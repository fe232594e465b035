// The scheduler section (issue 4): cost of a thread switch (scheduler alone and through the VM)
// and exploration throughput for a 2-thread × 1000-increment race. Target from DESIGN.md §4:
// ≥ 200 schedules in < 5 s.
import { EventKind } from '../src/trace/event-kinds';
import { explore } from '../src/scheduler/explore';
import { runThreaded } from '../src/scheduler/run-threaded';
import { compute } from '../src/scheduler/testing/fake-thread';
import type { FakeScript } from '../src/scheduler/testing/fake-thread';
import { runFake } from '../src/scheduler/testing/harness';
import { ensureLibSources } from '../src/scheduler/lib-sources-node';
import type { BenchSection, BenchTable, Cell } from './section';

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

function countSwitches(trace: { events(): IterableIterator<{ kind: number }> }): number {
  let n = 0;
  for (const e of trace.events()) if (e.kind === EventKind.GIL_ACQUIRE) n++;
  return n;
}

function bestOf<T>(runs: number, f: () => T): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, value };
}

const RACE = `
import threading
counter = 0
def add_one(x):
    return x + 1
def work():
    global counter
    for _ in range(1000):
        counter = add_one(counter)
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;

const SPIN = (interval: string) => `
import sys, threading
sys.setswitchinterval(${interval})
def spin():
    total = 0
    for i in range(200000):
        total += i
ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
`;

export const scheduler: BenchSection = {
  name: 'scheduler',
  description: 'thread-switch cost and schedules explored per second (2 threads × 1000 increments)',
  async run({ runs, log }) {
    const rows: Record<string, Cell>[] = [];
    const summary: string[] = [];
    let ok = true;
    const reps = runs ?? 3;
    ensureLibSources();

    // scheduler alone: scripted threads, a switch every ~1 µs of virtual time
    function* idle(): FakeScript {
      yield 'breaker';
    }
    const work = () => compute(9 * 200_000);
    // timer slack off: it would stretch a 1 µs interval to 50 µs (COST.md) and leave too few
    // extra switches to measure
    const noSlack = { timerSlackNs: 0 };
    const base = bestOf(reps, () => runFake('3.14', [idle, work, work], { switchIntervalNs: 5_000_000, cost: noSlack }));
    const busy = bestOf(reps, () => runFake('3.14', [idle, work, work], { switchIntervalNs: 1_000, cost: noSlack }));
    const extra = countSwitches(busy.value.trace) - countSwitches(base.value.trace);
    rows.push({ measure: 'GIL switch, scheduler only', value: round(((busy.ms - base.ms) * 1000) / Math.max(1, extra)), unit: 'µs/switch', note: `${extra} extra switches` });

    try {
      // warm up, then best of several: the difference of two noisy timings needs both steady
      const opts = { cost: noSlack, accessFindings: false };
      for (let i = 0; i < 3; i++) runThreaded(SPIN('0.000001'), opts);
      const vmBase = bestOf(Math.max(reps, 5), () => runThreaded(SPIN('0.005'), opts));
      const vmBusy = bestOf(Math.max(reps, 5), () => runThreaded(SPIN('0.000001'), opts));
      const vmExtra = countSwitches(vmBusy.value.trace) - countSwitches(vmBase.value.trace);
      rows.push({ measure: 'GIL switch through the VM', value: round(((vmBusy.ms - vmBase.ms) * 1000) / Math.max(1, vmExtra)), unit: 'µs/switch', note: `${vmExtra} extra switches` });

      const N = 200;
      // warm the JIT up first: the target is about steady-state throughput
      for (let i = 0; i < 20; i++) runThreaded(RACE, { seed: 1000 + i, traceCapacity: 4096, accessFindings: false });
      for (const strategy of ['random', 'pct'] as const) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const r = explore(
          (cfg) => {
            const x = runThreaded(RACE, { seed: cfg.seed, strategy: cfg.strategy, traceCapacity: 4096, accessFindings: false });
            return { stdout: x.stdout, stderr: x.stderr, exit: x.exitCode, instructions: x.instructions };
          },
          { runs: N, strategy, depth: 3 },
        );
        const s = (performance.now() - t0) / 1000;
        // CPU time too: on a shared machine the wall time also counts waiting for a core
        const cpu = process.cpuUsage(c0);
        const cpuS = (cpu.user + cpu.system) / 1e6;
        const lossy = r.outcomes.filter((o) => o.stdout !== '2000\n').reduce((n, o) => n + o.count, 0);
        rows.push({
          measure: `explore ${N} schedules (${strategy})`,
          value: round(N / s, 1),
          unit: 'schedules/s',
          note: `${round(s)} s wall, ${round(cpuS)} s CPU; ${r.outcomes.length} outcomes, ${lossy} runs lost updates`,
        });
        if (s >= 5) {
          ok = false;
          summary.push(`MISSED: ${N} ${strategy} schedules took ${round(s)} s wall, ${round(cpuS)} s CPU (target < 5 s)`);
        }
      }
    } catch (e) {
      ok = false;
      log(`VM-driven measurements failed: ${e instanceof Error ? e.message : String(e)}`);
      summary.push('VM-driven measurements failed (see log)');
    }
    summary.push('target: ≥ 200 schedules of the 2-thread × 1000-increment race in < 5 s');
    const table: BenchTable = { columns: ['measure', 'value', 'unit', 'note'], rows, summary, ok };
    return table;
  },
};
