// A lesson file after its front matter has been checked: what the navigation and the lesson
// page need. The Markdown body is split into blocks only when the lesson is opened.
import { FrontMatterError, parseFrontMatter } from './front-matter';

export const LESSON_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type LessonLevel = (typeof LESSON_LEVELS)[number];

export interface Lesson {
  id: string;
  title: string;
  order: number;
  summary: string;
  level: LessonLevel;
  /** Folder name under lessons/, e.g. "01-threads-101". */
  folder: string;
  body: string;
  bodyLine: number;
}

export class LessonFileError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'LessonFileError';
  }
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function lessonFromFile(path: string, source: string): Lesson {
  const folder = /(?:^|\/)lessons\/([^/]+)\/index\.md$/.exec(path)?.[1] ?? path;
  let fm;
  try {
    fm = parseFrontMatter(source);
  } catch (err) {
    if (err instanceof FrontMatterError) throw new LessonFileError(path, err.message);
    throw err;
  }
  const { id, title, order, summary, level } = fm.data;
  const need = (ok: boolean, what: string) => {
    if (!ok) throw new LessonFileError(path, what);
  };
  need(typeof id === 'string' && ID.test(id), 'front matter needs "id" (lowercase letters, digits and dashes)');
  need(typeof title === 'string' && title.length > 0, 'front matter needs a "title"');
  need(typeof order === 'number', 'front matter needs a numeric "order"');
  need(typeof summary === 'string' && summary.length > 0, 'front matter needs a "summary"');
  need(
    typeof level === 'string' && (LESSON_LEVELS as readonly string[]).includes(level),
    `front matter "level" must be one of ${LESSON_LEVELS.join(', ')}`,
  );
  return {
    id: id as string,
    title: title as string,
    order: order as number,
    summary: summary as string,
    level: level as LessonLevel,
    folder,
    body: fm.body,
    bodyLine: fm.bodyLine,
  };
}

/** Sorted by `order`, then folder; duplicate ids are an authoring mistake worth failing on. */
export function sortLessons(lessons: Lesson[]): Lesson[] {
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    const other = seen.get(lesson.id);
    if (other) throw new LessonFileError(lesson.folder, `id "${lesson.id}" is already used by ${other}`);
    seen.set(lesson.id, lesson.folder);
  }
  return [...lessons].sort((a, b) => a.order - b.order || a.folder.localeCompare(b.folder));
}
