// The learner's work: edited code per lesson document, quiz answers, exercise results.
// Loaded from and saved to saved-work.ts; code equal to the original is not stored.
import type { StateCreator } from 'zustand';
import { findDocument, lessonDocuments, SHARED_DOC } from '../lessons/lesson-documents';
import { findLesson } from '../lessons/catalog';
import type { AppState } from './app-state';
import { emptyLessonWork, type LessonWork, type SavedWork } from './saved-work';

export interface UndoableReplace {
  lessonId: string;
  docId: string;
  /** The code before it was replaced. */
  code: string;
  /** What replaced it, for the "Undo …" button. */
  what: 'reset' | 'solution';
}

export interface WorkSlice {
  lessonsWork: SavedWork['lessons'];
  lastReplace: UndoableReplace | null;
  setCode: (code: string) => void;
  openDoc: (docId: string) => void;
  /** Replace the current document's code (reset to original, show solution), remembering it for undo. */
  replaceCode: (code: string, what: UndoableReplace['what']) => void;
  undoReplace: () => void;
  openSharedCode: (lessonId: string, code: string) => void;
  answerQuiz: (quizId: string, chosen: number[], correct: boolean) => void;
  recordExercise: (exerciseId: string, passed: boolean) => void;
  revealHint: (exerciseId: string) => void;
}

export function activeDocId(state: Pick<AppState, 'lessonsWork' | 'lessonId'>, lessonId = state.lessonId): string {
  const saved = state.lessonsWork[lessonId]?.activeDoc;
  if (saved && (saved === SHARED_DOC ? state.lessonsWork[lessonId]?.code[SHARED_DOC] !== undefined : findDocument(lessonId, saved))) {
    return saved;
  }
  const lesson = findLesson(lessonId);
  return lesson ? lessonDocuments(lesson)[0].id : SHARED_DOC;
}

export function originalCode(lessonId: string, docId: string): string {
  return findDocument(lessonId, docId)?.original ?? '';
}

export function currentCode(state: Pick<AppState, 'lessonsWork' | 'lessonId'>): string {
  const docId = activeDocId(state);
  return state.lessonsWork[state.lessonId]?.code[docId] ?? originalCode(state.lessonId, docId);
}

export function createWorkSlice(initial: SavedWork['lessons']): StateCreator<AppState, [], [], WorkSlice> {
  return (set, get) => {
    const updateLesson = (lessonId: string, change: (work: LessonWork) => LessonWork) =>
      set((s) => ({ lessonsWork: { ...s.lessonsWork, [lessonId]: change(s.lessonsWork[lessonId] ?? emptyLessonWork()) } }));

    const writeCode = (lessonId: string, docId: string, code: string) =>
      updateLesson(lessonId, (w) => {
        const next = { ...w.code };
        // The shared document has no original in the lesson: always keep it.
        if (docId !== SHARED_DOC && code === originalCode(lessonId, docId)) delete next[docId];
        else next[docId] = code;
        return { ...w, code: next };
      });

    return {
      lessonsWork: initial,
      lastReplace: null,
      setCode: (code) => {
        const state = get();
        writeCode(state.lessonId, activeDocId(state), code);
      },
      openDoc: (docId) => updateLesson(get().lessonId, (w) => ({ ...w, activeDoc: docId })),
      replaceCode: (code, what) => {
        const state = get();
        const docId = activeDocId(state);
        set({ lastReplace: { lessonId: state.lessonId, docId, code: currentCode(state), what } });
        writeCode(state.lessonId, docId, code);
      },
      undoReplace: () => {
        const undo = get().lastReplace;
        if (!undo) return;
        writeCode(undo.lessonId, undo.docId, undo.code);
        updateLesson(undo.lessonId, (w) => ({ ...w, activeDoc: undo.docId }));
        set({ lastReplace: null, lessonId: undo.lessonId });
      },
      openSharedCode: (lessonId, code) =>
        updateLesson(lessonId, (w) => ({ ...w, activeDoc: SHARED_DOC, code: { ...w.code, [SHARED_DOC]: code } })),
      answerQuiz: (quizId, chosen, correct) =>
        updateLesson(get().lessonId, (w) => ({ ...w, quizzes: { ...w.quizzes, [quizId]: { chosen, correct } } })),
      recordExercise: (exerciseId, passed) =>
        updateLesson(get().lessonId, (w) => {
          const before = w.exercises[exerciseId] ?? { passed: false, hintsShown: 0 };
          // Once solved stays solved: a later failing experiment should not erase progress.
          return { ...w, exercises: { ...w.exercises, [exerciseId]: { ...before, passed: before.passed || passed } } };
        }),
      revealHint: (exerciseId) =>
        updateLesson(get().lessonId, (w) => {
          const before = w.exercises[exerciseId] ?? { passed: false, hintsShown: 0 };
          return { ...w, exercises: { ...w.exercises, [exerciseId]: { ...before, hintsShown: before.hintsShown + 1 } } };
        }),
    };
  };
}
