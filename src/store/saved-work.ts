// The one place that touches browser storage. Everything the learner does (code per lesson and
// document, quiz answers, exercise results, run settings) is saved as one versioned record;
// a newer or corrupt record is never overwritten silently — we start fresh in memory and keep it.

export const SAVED_WORK_KEY = 'interleave.savedWork';
export const SAVED_WORK_VERSION = 1;

export interface QuizRecord {
  /** Indices of the answers the learner chose. */
  chosen: number[];
  correct: boolean;
}
export interface ExerciseRecord {
  passed: boolean;
  /** How many hints the learner has revealed. */
  hintsShown: number;
}
export interface LessonWork {
  /** Edited code by document id ("example:example-1", "exercise:wait", "shared"). Only edited docs are stored. */
  code: Record<string, string>;
  /** The document the editor showed last in this lesson. */
  activeDoc?: string;
  quizzes: Record<string, QuizRecord>;
  exercises: Record<string, ExerciseRecord>;
}
export interface RunSettings {
  model: string;
  seed: number;
  keepSeed: boolean;
  switchInterval: number;
  playbackSpeed?: string;
}
export interface SavedWork {
  version: typeof SAVED_WORK_VERSION;
  lessons: Record<string, LessonWork>;
  settings?: RunSettings;
}

export const emptyLessonWork = (): LessonWork => ({ code: {}, quizzes: {}, exercises: {} });
export const emptySavedWork = (): SavedWork => ({ version: SAVED_WORK_VERSION, lessons: {} });

/** The subset of Storage we use, so tests can pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed iframe)
  }
}

export function loadSavedWork(storage: KeyValueStorage | null = browserStorage()): { work: SavedWork; writable: boolean } {
  const raw = storage?.getItem(SAVED_WORK_KEY);
  if (!raw) return { work: emptySavedWork(), writable: storage !== null };
  try {
    const parsed = JSON.parse(raw) as Partial<SavedWork>;
    if (parsed.version === SAVED_WORK_VERSION && parsed.lessons && typeof parsed.lessons === 'object') {
      return { work: parsed as SavedWork, writable: true };
    }
  } catch {
    // fall through: unreadable record
  }
  // A record from a newer Interleave (or a corrupt one): do not clobber it.
  return { work: emptySavedWork(), writable: false };
}

export function storeSavedWork(work: SavedWork, storage: KeyValueStorage | null = browserStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SAVED_WORK_KEY, JSON.stringify(work));
    return true;
  } catch {
    return false; // quota exceeded: keep working in memory
  }
}
