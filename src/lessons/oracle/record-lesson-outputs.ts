// Runs every runnable example and every exercise (starter and solution, each followed by its
// check) of every lesson through real CPython and records the results next to the lesson in
// expected.json. Tests compare Interleave against these files; nobody types outputs by hand.
// Usage: npx tsx src/lessons/oracle/record-lesson-outputs.ts [PYTHON]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exerciseProgram, judgeExercise } from '../exercise-program';
import { lessonFromFile } from '../lesson';
import { parseLessonBlocks } from '../lesson-blocks';
import type { LessonOracle, RecordedRun } from './lesson-oracle';

const python = process.argv[2] ?? '/root/.pyenv/versions/3.12.1/bin/python3';
const lessonsDir = resolve(import.meta.dirname, '../../../lessons');
const work = mkdtempSync(join(tmpdir(), 'interleave-oracle-'));

function runPython(code: string): RecordedRun {
  const file = join(work, 'main.py');
  writeFileSync(file, code);
  const result = spawnSync(python, [file], { cwd: work, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  // Tracebacks name the temporary file; lessons show programs as "main.py".
  const stderr = result.stderr.split(file).join('main.py');
  return { stdout: result.stdout, stderr, exitCode: result.status ?? 1 };
}

const version = spawnSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
let failures = 0;
for (const folder of readdirSync(lessonsDir).sort()) {
  const path = join(lessonsDir, folder, 'index.md');
  if (!existsSync(path)) continue;
  const lesson = lessonFromFile(`lessons/${folder}/index.md`, readFileSync(path, 'utf8'));
  const oracle: LessonOracle = { python: version, examples: {}, exercises: {} };
  for (const block of parseLessonBlocks(lesson.body, lesson.bodyLine)) {
    if (block.kind === 'example') {
      oracle.examples[block.id] = runPython(block.code);
      console.log(`${folder} ${block.id}: exit ${oracle.examples[block.id].exitCode}`);
    } else if (block.kind === 'exercise') {
      const starter = runPython(exerciseProgram(block.starter, block));
      const solution = runPython(exerciseProgram(block.solution, block));
      oracle.exercises[block.id] = { starter, solution };
      const starterPasses = judgeExercise(block, starter).passed;
      const solutionPasses = judgeExercise(block, solution).passed;
      console.log(`${folder} ${block.id}: starter ${starterPasses ? 'PASSES (wrong)' : 'fails'}, solution ${solutionPasses ? 'passes' : 'FAILS (wrong)'}`);
      if (starterPasses || !solutionPasses) failures++;
    }
  }
  writeFileSync(join(lessonsDir, folder, 'expected.json'), `${JSON.stringify(oracle, null, 2)}\n`);
}
rmSync(work, { recursive: true, force: true });
process.exitCode = failures ? 1 : 0;
