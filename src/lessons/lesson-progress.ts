// How far a learner is in a lesson, for the marks in the chapter list.
import type { LessonWork } from '../store/saved-work';
import type { Lesson } from './lesson';
import { lessonBlocks } from './lesson-documents';

export type LessonProgress = 'none' | 'started' | 'done';

export function lessonProgress(lesson: Lesson, work: LessonWork | undefined): LessonProgress {
  const tasks = lessonBlocks(lesson).filter((b) => b.kind === 'quiz' || b.kind === 'exercise');
  if (!work) return 'none';
  const done = tasks.filter((b) => (b.kind === 'quiz' ? work.quizzes[b.id]?.correct : work.exercises[b.id]?.passed)).length;
  if (tasks.length > 0 && done === tasks.length) return 'done';
  const touched = done > 0 || Object.keys(work.code).length > 0 || Object.keys(work.quizzes).length > 0;
  return touched ? 'started' : 'none';
}
