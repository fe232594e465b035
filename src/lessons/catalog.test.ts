// Validates the real lesson files: they load, parse, and their CPython recordings are current.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessons } from './catalog';
import { parseLessonBlocks } from './lesson-blocks';
import type { LessonOracle } from './oracle/lesson-oracle';

describe('lessons/', () => {
  it('has lessons, sorted by order, the first being Threads 101', () => {
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons[0].id).toBe('threads-101');
    expect(lessons.map((l) => l.order)).toEqual([...lessons.map((l) => l.order)].sort((a, b) => a - b));
  });

  for (const lesson of lessons) {
    it(`${lesson.folder} parses and has a CPython recording for every example and exercise`, () => {
      const blocks = parseLessonBlocks(lesson.body, lesson.bodyLine);
      const file = resolve(import.meta.dirname, '../../lessons', lesson.folder, 'expected.json');
      expect(existsSync(file), `run: npx tsx src/lessons/oracle/record-lesson-outputs.ts`).toBe(true);
      const oracle = JSON.parse(readFileSync(file, 'utf8')) as LessonOracle;
      const examples = blocks.filter((b) => b.kind === 'example').map((b) => b.id);
      const exercises = blocks.filter((b) => b.kind === 'exercise').map((b) => b.id);
      expect(Object.keys(oracle.examples).sort()).toEqual(examples.sort());
      expect(Object.keys(oracle.exercises).sort()).toEqual(exercises.sort());
    });
  }
});
