// The whole store's shape: the union of its slices (zustand "slices pattern").
import type { LessonSlice } from './lesson-slice';
import type { RunSlice } from './run-slice';
import type { WorkSlice } from './work-slice';

export type AppState = LessonSlice & WorkSlice & RunSlice;
