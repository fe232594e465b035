// Every lessons/NN-slug/index.md, bundled at build time as raw text (Vite import.meta.glob).
import { lessonFromFile, sortLessons, type Lesson } from './lesson';

const files = import.meta.glob<string>('../../lessons/*/index.md', { query: '?raw', import: 'default', eager: true });

export const lessons: readonly Lesson[] = sortLessons(Object.entries(files).map(([path, source]) => lessonFromFile(path, source)));

export function findLesson(id: string | undefined): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}
