// Every lesson program through the real runtime (the worker's runner): examples end the way
// they ended on CPython, exercise starters fail their check and solutions pass it. Outputs of
// threaded examples may legitimately differ from the CPython recording (other schedules), so
// stdout is compared only where CPython's run was deterministic enough to be the contract:
// the exercise's expected output.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWithScheduler } from '../worker/program-runner';
import { lessons } from './catalog';
import { exerciseProgram, judgeExercise } from './exercise-program';
import { lessonBlocks } from './lesson-documents';
import type { LessonOracle } from './oracle/lesson-oracle';

function run(code: string, seed = 1) {
  let stdout = '';
  let stderr = '';
  const { exitCode } = runWithScheduler(
    { code, filename: 'main.py', model: '3.14', seed, switchInterval: 0.005 },
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  );
  return { stdout, stderr, exitCode };
}

for (const lesson of lessons) {
  describe(`${lesson.folder} runs in Interleave`, () => {
    const oracle = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lessons', lesson.folder, 'expected.json'), 'utf8')) as LessonOracle;
    for (const block of lessonBlocks(lesson)) {
      if (block.kind === 'example') {
        it(`${block.id} exits as on CPython`, () => {
          const result = run(block.code, block.seed ?? 1);
          expect(result.stderr).toBe(oracle.examples[block.id].stderr);
          expect(result.exitCode).toBe(oracle.examples[block.id].exitCode);
        });
      } else if (block.kind === 'exercise') {
        it(`${block.id}: the starter fails the check and the solution passes it`, () => {
          const starter = run(exerciseProgram(block.starter, block), block.seed ?? 1);
          expect(judgeExercise(block, starter).passed, starter.stdout + starter.stderr).toBe(false);
          const solution = run(exerciseProgram(block.solution, block), block.seed ?? 1);
          expect(judgeExercise(block, solution), solution.stdout + solution.stderr).toEqual({ passed: true });
        });
      }
    }
  });
}
