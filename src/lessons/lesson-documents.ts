// The code documents a lesson offers the editor: one per runnable example and one per exercise
// (starting from its starter). Saved edits are keyed by these ids, so they must stay stable.
import { findLesson } from './catalog';
import type { Lesson } from './lesson';
import { parseLessonBlocks, type ExerciseBlock, type LessonBlock } from './lesson-blocks';
import type { PythonModel } from '../worker/python-models';

export interface LessonDocument {
  id: string;
  label: string;
  original: string;
  model?: PythonModel;
  seed?: number;
  exercise?: ExerciseBlock;
}

/** A document for code that came from a share link; it never overwrites the learner's own work. */
export const SHARED_DOC = 'shared';
/** The editor's document in a lesson without examples. */
export const SCRATCH_DOC = 'scratch';

const blockCache = new Map<Lesson, LessonBlock[]>();

export function lessonBlocks(lesson: Lesson): LessonBlock[] {
  let blocks = blockCache.get(lesson);
  if (!blocks) {
    blocks = parseLessonBlocks(lesson.body, lesson.bodyLine);
    blockCache.set(lesson, blocks);
  }
  return blocks;
}

export const exampleDocId = (exampleId: string) => `example:${exampleId}`;
export const exerciseDocId = (exerciseId: string) => `exercise:${exerciseId}`;

export function lessonDocuments(lesson: Lesson): LessonDocument[] {
  const docs: LessonDocument[] = [];
  let n = 0;
  for (const block of lessonBlocks(lesson)) {
    if (block.kind === 'example') {
      n++;
      docs.push({ id: exampleDocId(block.id), label: `Example ${n}`, original: block.code, model: block.model, seed: block.seed });
    } else if (block.kind === 'exercise') {
      docs.push({ id: exerciseDocId(block.id), label: `Exercise: ${block.title}`, original: block.starter, model: block.model, seed: block.seed, exercise: block });
    }
  }
  if (docs.length === 0) docs.push({ id: SCRATCH_DOC, label: 'Scratch', original: '' });
  return docs;
}

export function findDocument(lessonId: string, docId: string): LessonDocument | undefined {
  const lesson = findLesson(lessonId);
  return lesson ? lessonDocuments(lesson).find((d) => d.id === docId) : undefined;
}
