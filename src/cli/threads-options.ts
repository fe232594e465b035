// `interleave run` options for threads on the virtual clock (DESIGN.md §3), and the threaded run itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PythonModel } from '../scheduler/cost';
import { runThreaded } from '../scheduler/run-threaded';
import type { SchedulerOptions } from '../scheduler/scheduler';
import { toChromeTrace } from '../trace/chrome-trace';
import { ensureLibSources } from '../scheduler/lib-sources-node';

export interface ThreadsCliOptions {
  python: PythonModel;
  seed: number;
  /** seconds */
  switchInterval?: number;
  cores?: number;
  /** output path of the Chrome trace JSON */
  trace?: string;
  report: boolean;
  /** virtual seconds */
  maxTime?: number;
}

const MODELS: readonly PythonModel[] = ['3.14', '3.9', '3.14t'];

export type Parsed<T> = { ok: true; value: T; rest: string[] } | { ok: false; error: string };

/**
 * Takes the threading options out of `args` (`--seed 3` or `--seed=3`) and returns the rest
 * (the file and anything the caller handles itself).
 */
export function parseThreadsOptions(args: string[]): Parsed<ThreadsCliOptions> {
  const opts: ThreadsCliOptions = { python: '3.14', seed: 0, report: false };
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const takeValue = (): string | null => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = args[i + 1];
      if (v === undefined) return null;
      i++;
      return v;
    };
    const num = (name: string, check: (n: number) => boolean): number | string => {
      const v = takeValue();
      const n = v === null ? NaN : Number(v);
      return v !== null && Number.isFinite(n) && check(n) ? n : `invalid value for ${name}: ${v ?? '(missing)'}`;
    };
    let r: number | string;
    switch (flag) {
      case '--python': {
        const v = takeValue();
        if (!MODELS.includes(v as PythonModel)) return { ok: false, error: `--python must be one of ${MODELS.join(', ')}` };
        opts.python = v as PythonModel;
        break;
      }
      case '--seed':
        if (typeof (r = num('--seed', (n) => Number.isInteger(n) && n >= 0)) === 'string') return { ok: false, error: r };
        opts.seed = r;
        break;
      case '--switch-interval':
        if (typeof (r = num('--switch-interval', (n) => n > 0)) === 'string') return { ok: false, error: r };
        opts.switchInterval = r;
        break;
      case '--cores':
        if (typeof (r = num('--cores', (n) => Number.isInteger(n) && n >= 1 && n <= 256)) === 'string') return { ok: false, error: r };
        opts.cores = r;
        break;
      case '--max-time':
        if (typeof (r = num('--max-time', (n) => n > 0)) === 'string') return { ok: false, error: r };
        opts.maxTime = r;
        break;
      case '--trace': {
        const v = takeValue();
        if (v === null) return { ok: false, error: '--trace needs an output file' };
        opts.trace = v;
        break;
      }
      case '--report':
        opts.report = true;
        break;
      default:
        rest.push(a);
    }
  }
  return { ok: true, value: opts, rest };
}

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

/** `interleave run FILE.py [threading options]`: returns the exit code. */
export function runFileThreaded(
  file: string,
  opts: ThreadsCliOptions,
  io: CliIo = processIo,
  extra: { stdin?: string; maxInstructions?: number; strategy?: SchedulerOptions['strategy'] } = {},
): number {
  const path = resolve(file);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    io.stderr(`python3: can't open file '${path}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  ensureLibSources();
  const r = runThreaded(source, {
    filename: path,
    argv: [path],
    stdin: extra.stdin,
    // a CPU-bound endless loop must stop too: ~1e9 instructions is minutes of wall time
    maxInstructions: extra.maxInstructions ?? 1_000_000_000,
    python: opts.python,
    seed: opts.seed,
    strategy: extra.strategy,
    switchInterval: opts.switchInterval,
    cores: opts.cores,
    maxTime: opts.maxTime ?? 600,
    report: opts.report,
    // lost-update and race tracking only feed --report and --trace; without them it is pure cost
    accessFindings: opts.report || Boolean(opts.trace),
    onStdout: io.stdout,
    onStderr: io.stderr,
  });
  if (opts.trace) writeFileSync(opts.trace, toChromeTrace(r.trace, r.endTime));
  return r.exitCode;
}

/** The options `interleave run` accepts for threads, in main.ts's option-table format. */
export const THREAD_RUN_OPTIONS: Record<string, { value: boolean }> = {
  '--python': { value: true },
  '--seed': { value: true },
  '--switch-interval': { value: true },
  '--cores': { value: true },
  '--trace': { value: true },
  '--report': { value: false },
  // replaying a PCT schedule that `explore --strategy pct` found (its output names all three)
  '--strategy': { value: true },
  '--depth': { value: true },
  '--pct-steps': { value: true },
};

/** main.ts's parsed options back to argv form, for parseThreadsOptions. */
export function optionsToArgs(opts: Map<string, string | true>, skip: string[] = []): string[] {
  const args: string[] = [];
  for (const [k, v] of opts) {
    if (skip.includes(k)) continue;
    args.push(k);
    if (v !== true) args.push(v);
  }
  return args;
}

/**
 * `interleave run FILE.py` on the scheduler (virtual clock, GIL model, trace): every program
 * runs this way, single-threaded ones too, so time.sleep and time.time behave the same.
 */
export function runCommandThreaded(
  file: string,
  opts: Map<string, string | true>,
  io: { out(s: string): void; err(s: string): void },
  stdin: string,
): number {
  const parsed = parseThreadsOptions(optionsToArgs(opts, ['--max-instructions', '--strategy', '--depth', '--pct-steps']));
  if (!parsed.ok) {
    io.err(`interleave run: ${parsed.error}\n`);
    return 2;
  }
  const strategy = opts.get('--strategy') ?? 'random';
  let pct: SchedulerOptions['strategy'];
  if (strategy === 'pct') {
    const depth = Number(opts.get('--depth') ?? 3);
    const steps = Number(opts.get('--pct-steps'));
    if (!Number.isInteger(depth) || depth < 1 || !Number.isInteger(steps) || steps < 1) {
      io.err('interleave run: --strategy pct needs --depth D and --pct-steps K (as printed by explore)\n');
      return 2;
    }
    pct = { kind: 'pct', depth, expectedSteps: steps };
  } else if (strategy !== 'random') {
    io.err('interleave run: --strategy must be random or pct\n');
    return 2;
  }
  const maxInstr = opts.get('--max-instructions');
  return runFileThreaded(file, parsed.value, { stdout: io.out, stderr: io.err }, {
    stdin,
    maxInstructions: typeof maxInstr === 'string' ? Number(maxInstr) : undefined,
    strategy: pct,
  });
}
