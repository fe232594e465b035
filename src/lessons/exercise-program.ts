// How an exercise is checked: the learner's code and the check run as one module (so the check
// sees the learner's globals), and stdout must match the expected output when one is given.
// The same rule is used by the browser and by the CPython recorder, so they cannot drift.
import type { ExerciseBlock } from './lesson-blocks';

export function exerciseProgram(code: string, exercise: Pick<ExerciseBlock, 'check'>): string {
  if (exercise.check.trim() === '') return code;
  return `${code.replace(/\s*$/, '')}\n\n${exercise.check}\n`;
}

export interface ExerciseVerdict {
  passed: boolean;
  /** Why it failed, in words for the learner. */
  reason?: string;
}

const trimLines = (text: string) => text.replace(/[ \t]+$/gm, '').replace(/\s+$/, '');

export function judgeExercise(
  exercise: Pick<ExerciseBlock, 'expectedOutput'>,
  result: { stdout: string; exitCode: number },
): ExerciseVerdict {
  if (result.exitCode !== 0) return { passed: false, reason: 'The program or the check raised an error (see the console).' };
  if (exercise.expectedOutput !== undefined && trimLines(result.stdout) !== trimLines(exercise.expectedOutput)) {
    return { passed: false, reason: 'The output is not what was expected.' };
  }
  return { passed: true };
}
