// `interleave lessons check [DIR]`: runs every runnable example and every exercise of the
// lessons in DIR (default: ./lessons) through the VM and scheduler, as the playground would,
// and fails on a lesson file that does not parse, an example that ends in an unexpected way,
// a solution that does not pass its check, or a starter that already passes it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { exerciseProgram, judgeExercise } from '../lessons/exercise-program';
import { lessonFromFile, LessonFileError } from '../lessons/lesson';
import { LessonFormatError, parseLessonBlocks, type ExampleBlock, type ExerciseBlock } from '../lessons/lesson-blocks';
import type { LessonOracle } from '../lessons/oracle/lesson-oracle';
import { runWithScheduler } from '../worker/program-runner';
import type { PythonModel } from '../worker/python-models';
import type { CliIO } from './main';

/** What a lesson program did, as the check needs it. */
export interface LessonRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}
export type LessonRunner = (code: string, model: PythonModel, seed: number) => LessonRun;

/** The seed a block runs under when it pins none (the same one the lesson tests use). */
const DEFAULT_SEED = 1;
/** A solution must pass whatever seed the learner's run gets: try a few when none is pinned. */
const SOLUTION_SEEDS = [1, 2, 3];

/** Exit codes as the CLI defines them (DESIGN.md §3). */
const EXIT = { ok: 0, error: 1, deadlock: 3, limit: 4, internal: 70 } as const;

export const runLessonProgram: LessonRunner = (code, model, seed) => {
  let stdout = '';
  let stderr = '';
  const { exitCode } = runWithScheduler(
    { code, filename: 'main.py', model, seed, switchInterval: 0.005 },
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  );
  return { stdout, stderr, exitCode };
};

export interface CheckLine {
  ok: boolean;
  /** e.g. "01-threads-101 example-2" */
  what: string;
  /** Why it failed (empty when ok). */
  why: string;
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').pop() ?? '';
}

/** The exit code an example should end with: declared, else what CPython did, else 0. */
function expectedExit(block: ExampleBlock, oracle: LessonOracle | null): number {
  if (block.expect) return EXIT[block.expect];
  return oracle?.examples[block.id]?.exitCode ?? EXIT.ok;
}

function checkExample(block: ExampleBlock, oracle: LessonOracle | null, run: LessonRunner): string {
  const result = run(block.code, block.model ?? '3.14', block.seed ?? DEFAULT_SEED);
  const want = expectedExit(block, oracle);
  if (result.exitCode === EXIT.internal) return `Interleave failed: ${lastLine(result.stderr)}`;
  if (result.exitCode === want) return '';
  const said = lastLine(result.stderr) || `exit code ${result.exitCode}`;
  return `expected exit code ${want}, got ${result.exitCode}: ${said}`;
}

function checkExercise(block: ExerciseBlock, run: LessonRunner): string {
  const model = block.model ?? '3.14';
  const starter = run(exerciseProgram(block.starter, block), model, block.seed ?? DEFAULT_SEED);
  if (starter.exitCode === EXIT.internal) return `starter: Interleave failed: ${lastLine(starter.stderr)}`;
  if (judgeExercise(block, starter).passed) return 'the starter already passes the check';
  for (const seed of block.seed === undefined ? SOLUTION_SEEDS : [block.seed]) {
    const solution = run(exerciseProgram(block.solution, block), model, seed);
    const verdict = judgeExercise(block, solution);
    if (!verdict.passed) return `the solution fails the check (seed ${seed}): ${verdict.reason} ${lastLine(solution.stderr)}`.trimEnd();
  }
  return '';
}

function readOracle(folder: string): LessonOracle | null {
  const path = join(folder, 'expected.json');
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as LessonOracle;
}

/** Checks every `NN-slug/index.md` under `dir`; one line per example/exercise (or broken file). */
export function checkLessons(dir: string, run: LessonRunner = runLessonProgram): CheckLine[] {
  const lines: CheckLine[] = [];
  const folders = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'index.md')))
    .sort();
  for (const name of folders) {
    const file = join(dir, name, 'index.md');
    let blocks;
    let oracle: LessonOracle | null;
    try {
      const lesson = lessonFromFile(`lessons/${name}/index.md`, readFileSync(file, 'utf8'));
      blocks = parseLessonBlocks(lesson.body, lesson.bodyLine);
      oracle = readOracle(join(dir, name));
    } catch (err) {
      if (!(err instanceof LessonFileError || err instanceof LessonFormatError || err instanceof SyntaxError)) throw err;
      lines.push({ ok: false, what: name, why: err.message });
      continue;
    }
    for (const block of blocks) {
      if (block.kind === 'example') {
        const why = checkExample(block, oracle, run);
        lines.push({ ok: why === '', what: `${name} ${block.id}`, why });
      } else if (block.kind === 'exercise') {
        const why = checkExercise(block, run);
        lines.push({ ok: why === '', what: `${name} ${block.id}`, why });
      }
    }
  }
  return lines;
}

export const LESSONS_USAGE = 'usage: interleave lessons check [DIR]\n';

/** `interleave lessons …`: argv is what follows "lessons". */
export function lessonsCommand(argv: string[], io: CliIO): number {
  if (argv[0] !== 'check' || argv.length > 2) {
    io.err(LESSONS_USAGE);
    return 2;
  }
  const dir = resolve(argv[1] ?? 'lessons');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.err(`interleave: no lessons folder at ${dir}\n`);
    return 2;
  }
  const lines = checkLessons(dir);
  for (const line of lines) io.out(line.ok ? `ok    ${line.what}\n` : `FAIL  ${line.what}: ${line.why}\n`);
  const failed = lines.filter((l) => !l.ok).length;
  io.out(`${lines.length} checked in ${relative(process.cwd(), dir) || '.'}, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
