import { describe, expect, it } from 'vitest';
import { findLesson } from './catalog';
import { lessonBlocks } from './lesson-documents';
import { lessonProgress } from './lesson-progress';

describe('lessonProgress', () => {
  const lesson = findLesson('threads-101')!;
  const quizzes = lessonBlocks(lesson).filter((b) => b.kind === 'quiz').map((b) => b.id);
  const exercises = lessonBlocks(lesson).filter((b) => b.kind === 'exercise').map((b) => b.id);

  it('is "none" for an untouched lesson and "started" once code is edited or a quiz is tried', () => {
    expect(lessonProgress(lesson, undefined)).toBe('none');
    expect(lessonProgress(lesson, { code: {}, quizzes: {}, exercises: {} })).toBe('none');
    expect(lessonProgress(lesson, { code: { 'example:example-1': 'x' }, quizzes: {}, exercises: {} })).toBe('started');
    expect(lessonProgress(lesson, { code: {}, quizzes: { [quizzes[0]]: { chosen: [0], correct: false } }, exercises: {} })).toBe('started');
  });

  it('is "done" when every quiz is answered correctly and every exercise passes', () => {
    const all = {
      code: {},
      quizzes: Object.fromEntries(quizzes.map((id) => [id, { chosen: [1], correct: true }])),
      exercises: Object.fromEntries(exercises.map((id) => [id, { passed: true, hintsShown: 0 }])),
    };
    expect(lessonProgress(lesson, all)).toBe('done');
    expect(lessonProgress(lesson, { ...all, exercises: {} })).toBe('started');
  });
});
