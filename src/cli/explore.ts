// `interleave explore FILE.py --runs N [--python …] [--strategy random|pct] [--depth d] [--json]`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { explore, formatExplore } from '../scheduler/explore';
import type { ExploreStrategy } from '../scheduler/explore';
import { runThreaded } from '../scheduler/run-threaded';
import { optionsToArgs, parseThreadsOptions } from './threads-options';
import type { CliIo } from './threads-options';
import { ensureLibSources } from '../scheduler/lib-sources-node';

const USAGE = 'usage: interleave explore FILE.py --runs N [--python 3.14|3.9|3.14t] [--strategy random|pct] [--depth D] [--json]\n';

export function exploreCommand(args: string[], io: CliIo): number {
  const parsed = parseThreadsOptions(args);
  if (!parsed.ok) {
    io.stderr(`interleave explore: ${parsed.error}\n`);
    return 2;
  }
  const opts = parsed.value;
  let runs = 100;
  let strategy: ExploreStrategy = 'random';
  let depth = 3;
  let json = false;
  const files: string[] = [];
  const rest = parsed.rest;
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].startsWith('--') && rest[i].includes('=') ? rest[i].split(/=(.*)/s) : [rest[i], undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--runs') runs = Number(value());
    else if (flag === '--strategy') strategy = value() as ExploreStrategy;
    else if (flag === '--depth') depth = Number(value());
    else if (flag === '--json') json = true;
    else if (flag.startsWith('--')) {
      io.stderr(`interleave explore: unknown option ${flag}\n${USAGE}`);
      return 2;
    } else files.push(flag);
  }
  if (files.length !== 1 || !Number.isInteger(runs) || runs < 1 || !['random', 'pct'].includes(strategy) || !(depth >= 1)) {
    io.stderr(USAGE);
    return 2;
  }
  const path = resolve(files[0]);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    io.stderr(`interleave: can't open file '${path}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  ensureLibSources();
  const started = performance.now();
  const result = explore(
    (cfg) => {
      const r = runThreaded(source, {
        filename: path,
        argv: [files[0]],
        python: opts.python,
        seed: cfg.seed,
        strategy: cfg.strategy,
        switchInterval: opts.switchInterval,
        cores: opts.cores,
        maxTime: opts.maxTime ?? 600,
        traceCapacity: 4096,
        accessFindings: false,
      });
      return { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode, instructions: r.instructions };
    },
    { runs, strategy, depth, firstSeed: opts.seed || 1 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (json) {
    io.stdout(JSON.stringify({ ...result, python: opts.python, seconds: Number(seconds.toFixed(3)) }) + '\n');
  } else {
    io.stdout(formatExplore(result, opts.python));
  }
  return 0;
}

/** `interleave explore` in main.ts's command-table format. */
export const exploreSpec = {
  options: {
    '--runs': { value: true },
    '--strategy': { value: true },
    '--depth': { value: true },
    '--json': { value: false },
    '--python': { value: true },
    '--seed': { value: true },
    '--switch-interval': { value: true },
    '--cores': { value: true },
    '--max-time': { value: true },
  } as Record<string, { value: boolean }>,
  run(file: string, opts: Map<string, string | true>, io: { out(s: string): void; err(s: string): void }): number {
    return exploreCommand([file, ...optionsToArgs(opts)], { stdout: io.out, stderr: io.err });
  },
};
