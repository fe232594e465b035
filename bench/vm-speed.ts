// VM speed: pure-Python CPU programs timed in our VM (in-process) and in CPython (`python3`,
// 3.11 is the reference), side by side in the same run. Ratio = VM speed / CPython speed
// (CPython time ÷ VM time); the target is a geometric mean ≥ 0.5 (DESIGN.md §4).
// The VM is timed as it ships: bundled into one module (esbuild, as the app's build does), because
// tsx's on-the-fly transform turns every imported binding into a getter call, which costs the
// interpreter loop 2–3×. BENCH_VM_SOURCE=1 times the unbundled sources instead.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchOptions, BenchSection, BenchTable, Cell } from './section';

const PROGRAMS_DIR = fileURLToPath(new URL('./programs', import.meta.url));
const HARNESS = fileURLToPath(new URL('./cpython-harness.py', import.meta.url));
// BENCH_VM_ENTRY points the section at another implementation of the contract (harness tests).
const VM_ENTRY = process.env.BENCH_VM_ENTRY ?? new URL('../src/vm/index.ts', import.meta.url).href;
const BUNDLE = process.env.BENCH_VM_ENTRY === undefined && process.env.BENCH_VM_SOURCE !== '1';
const PYTHON = process.env.BENCH_PYTHON ?? 'python3';
const TARGET_RATIO = 0.5;
/** A VM run slower than this is not repeated (one slow sample is enough to see the gap). */
const REPEAT_LIMIT_MS = 10_000;

type RunProgram = (source: string, options: { filename: string; argv: string[] }) => {
  stdout: string;
  stderr: string;
  exitCode: number;
};

/** Bundles src/vm into one ES module in a temp dir (esbuild comes with tsx) and returns its URL. */
async function bundleVm(): Promise<string> {
  const esbuild = await import('esbuild');
  const outfile = join(mkdtempSync(join(tmpdir(), 'interleave-bench-')), 'vm.mjs');
  await esbuild.build({
    entryPoints: [fileURLToPath(VM_ENTRY)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    outfile,
    logLevel: 'error',
  });
  return pathToFileURL(outfile).href;
}

async function loadVm(): Promise<RunProgram | string> {
  try {
    const entry = BUNDLE ? await bundleVm() : VM_ENTRY;
    const vm = (await import(entry)) as { runProgram?: RunProgram };
    return vm.runProgram ?? 'src/vm/index.ts exports no runProgram';
  } catch (err) {
    return `cannot load src/vm/index.ts: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function timeCpython(path: string, runs: number): { ms: number; stdout: string } {
  const out = execFileSync(PYTHON, [HARNESS, String(runs), path], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const parsed = JSON.parse(out) as { best: number; stdout: string };
  return { ms: parsed.best * 1000, stdout: parsed.stdout };
}

type VmTiming = { ms: number; stdout: string; samples: number } | { error: string };

function timeVm(runProgram: RunProgram, path: string, runs: number): VmTiming {
  const source = readFileSync(path, 'utf8');
  let best = Infinity;
  let stdout = '';
  let samples = 0;
  // Sample 0 is the warm-up (JIT, caches); it only counts when the program is too slow to repeat.
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    let result;
    try {
      result = runProgram(source, { filename: path, argv: [path] });
    } catch (err) {
      return { error: `runProgram threw: ${err instanceof Error ? err.message : String(err)}` };
    }
    const ms = performance.now() - start;
    if (result.exitCode !== 0) return { error: `exit ${result.exitCode}: ${result.stderr.trim().split('\n').pop() ?? ''}` };
    stdout = result.stdout;
    if (i > 0 || ms > REPEAT_LIMIT_MS) {
      best = Math.min(best, ms);
      samples += 1;
    }
    if (ms > REPEAT_LIMIT_MS) break;
  }
  return { ms: best, stdout, samples };
}

const geomean = (xs: number[]): number => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

export const vmSpeed: BenchSection = {
  name: 'vm-speed',
  description:
    `pure-Python CPU programs, VM (${BUNDLE ? 'bundled' : 'from source'}) vs ${PYTHON} ` +
    '(best of N after a warm-up; ratio = VM speed / CPython speed)',
  async run(options: BenchOptions): Promise<BenchTable> {
    const runs = options.runs ?? 3;
    const programs = readdirSync(PROGRAMS_DIR)
      .filter((f) => f.endsWith('.py'))
      .filter((f) => options.filter.length === 0 || options.filter.some((x) => f.includes(x)))
      .sort();
    const runProgram = await loadVm();
    const rows: Record<string, Cell>[] = [];
    const ratios: number[] = [];
    let failures = 0;
    for (const file of programs) {
      const path = join(PROGRAMS_DIR, file);
      options.log(`${file}: CPython…`);
      const cpy = timeCpython(path, runs);
      const row: Record<string, Cell> = { program: file.replace(/\.py$/, ''), 'CPython ms': Math.round(cpy.ms) };
      if (typeof runProgram === 'string') {
        row.note = 'VM unavailable';
        failures += 1;
      } else {
        options.log(`${file}: VM…`);
        const vm = timeVm(runProgram, path, runs);
        if ('error' in vm) {
          row.note = vm.error.slice(0, 80);
          failures += 1;
        } else {
          row['VM ms'] = Math.round(vm.ms);
          const ratio = cpy.ms / vm.ms;
          row.ratio = ratio.toFixed(3);
          if (vm.stdout !== cpy.stdout) {
            row.note = 'output differs from CPython';
            failures += 1;
          } else {
            ratios.push(ratio);
            row.note = vm.samples < runs ? `${vm.samples} sample(s): slow` : '';
          }
        }
      }
      rows.push(row);
    }
    const summary: string[] = [];
    if (typeof runProgram === 'string') summary.push(runProgram);
    if (ratios.length > 0) {
      const g = geomean(ratios);
      summary.push(
        `geometric mean ratio over ${ratios.length}/${programs.length} programs: ${g.toFixed(3)}× CPython ` +
          `(target ≥ ${TARGET_RATIO}: ${g >= TARGET_RATIO ? 'met' : 'not met'})`,
      );
    } else {
      summary.push('geometric mean: no program ran correctly in the VM');
    }
    return { columns: ['program', 'CPython ms', 'VM ms', 'ratio', 'note'], rows, summary, ok: failures === 0 };
  },
};
