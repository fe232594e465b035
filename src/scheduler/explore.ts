/**
 * Exploration: run the same program under many schedules and group the outcomes.
 * Strategies: `random` (seed i ⇒ the model's own seeded choices) and `pct` (PCT priorities
 * and d−1 change points, see strategy.ts). The program runner is passed in, so this works
 * for scripted threads in tests and for the VM in the CLI.
 */
export type ExploreStrategy = 'random' | 'pct';

export type ScheduleConfig =
  | { seed: number; strategy: { kind: 'random' } }
  | { seed: number; strategy: { kind: 'pct'; depth: number; expectedSteps: number } };

export interface RunSummary {
  stdout: string;
  stderr: string;
  exit: number;
  /** instructions executed (PCT's k) */
  instructions: number;
}

export interface OutcomeClass {
  stdout: string;
  stderr: string;
  exit: number;
  count: number;
  seeds: number[];
}

export interface ExploreResult {
  runs: number;
  strategy: ExploreStrategy;
  depth?: number;
  /** PCT's k (steps per run, from a probe run): with seed and depth it replays any run */
  pctSteps?: number;
  outcomes: OutcomeClass[];
}

export interface ExploreOptions {
  runs: number;
  strategy?: ExploreStrategy;
  /** PCT bug depth d (default 3) */
  depth?: number;
  firstSeed?: number;
}

export function explore(runOnce: (cfg: ScheduleConfig) => RunSummary, opts: ExploreOptions): ExploreResult {
  const strategy = opts.strategy ?? 'random';
  const depth = Math.max(1, opts.depth ?? 3);
  const first = opts.firstSeed ?? 1;
  const classes = new Map<string, OutcomeClass>();
  let expectedSteps = 0;
  if (strategy === 'pct') {
    // PCT needs k, the number of steps of a run: measure it with one probe run
    expectedSteps = runOnce({ seed: first, strategy: { kind: 'random' } }).instructions;
  }
  for (let i = 0; i < opts.runs; i++) {
    const seed = first + i;
    const cfg: ScheduleConfig =
      strategy === 'pct'
        ? { seed, strategy: { kind: 'pct', depth, expectedSteps: Math.max(1, expectedSteps) } }
        : { seed, strategy: { kind: 'random' } };
    // k stays fixed, so that a run depends only on (seed, depth, k) and can be replayed
    const r = runOnce(cfg);
    const key = JSON.stringify([r.stdout, r.stderr, r.exit]);
    const c = classes.get(key);
    if (c) {
      c.count++;
      c.seeds.push(seed);
    } else classes.set(key, { stdout: r.stdout, stderr: r.stderr, exit: r.exit, count: 1, seeds: [seed] });
  }
  const outcomes = [...classes.values()].sort((a, b) => b.count - a.count || a.seeds[0] - b.seeds[0]);
  return { runs: opts.runs, strategy, ...(strategy === 'pct' ? { depth, pctSteps: Math.max(1, expectedSteps) } : {}), outcomes };
}

/** Human-readable summary for `interleave explore` without --json. */
export function formatExplore(r: ExploreResult, model: string): string {
  const lines = [
    `explored ${r.runs} schedules (python ${model}, strategy ${r.strategy}${r.depth ? `, depth ${r.depth}` : ''}): ` +
      `${r.outcomes.length} distinct outcome${r.outcomes.length === 1 ? '' : 's'}`,
  ];
  r.outcomes.forEach((o, i) => {
    const pct = ((100 * o.count) / r.runs).toFixed(1);
    const seeds = o.seeds.slice(0, 8).join(', ') + (o.seeds.length > 8 ? ', …' : '');
    lines.push(`#${i + 1}  ${o.count} run${o.count === 1 ? '' : 's'} (${pct}%)  exit ${o.exit}  seeds ${seeds}`);
    lines.push(`  replay: --seed ${o.seeds[0]}${r.strategy === 'pct' ? ` --strategy pct --depth ${String(r.depth)} --pct-steps ${String(r.pctSteps)}` : ''}`);
    for (const [label, text] of [['stdout', o.stdout], ['stderr', o.stderr]] as const) {
      if (!text) continue;
      const body = text.replace(/\n$/, '').split('\n');
      const shown = body.slice(0, 12).map((l) => `    ${l}`);
      if (body.length > 12) shown.push(`    … (${body.length - 12} more lines)`);
      lines.push(`  ${label}:`, ...shown);
    }
  });
  return lines.join('\n') + '\n';
}
