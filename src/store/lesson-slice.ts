// Which lesson is open. The store is the source of truth; the URL hash follows it.
import type { StateCreator } from 'zustand';
import { lessons } from '../lessons/catalog';
import type { AppState } from './app-state';

export interface LessonSlice {
  lessonId: string;
  openLesson: (id: string) => void;
}

export const firstLessonId = lessons[0]?.id ?? '';

export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = (set) => ({
  lessonId: firstLessonId,
  openLesson: (id) => {
    if (lessons.some((lesson) => lesson.id === id)) set({ lessonId: id });
  },
});
