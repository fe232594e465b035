// One store from typed slices. The learner's work and run settings are loaded from saved work
// at start and written back (debounced, and at once when the page is hidden).
import { create } from 'zustand';
import type { AppState } from './app-state';
import { createLessonSlice } from './lesson-slice';
import { createRunSlice } from './run-slice';
import { loadSavedWork, storeSavedWork, SAVED_WORK_VERSION, type SavedWork } from './saved-work';
import { createWorkSlice } from './work-slice';

export type { AppState } from './app-state';

const saved = loadSavedWork();

export const useStore = create<AppState>()((...a) => ({
  ...createLessonSlice(...a),
  ...createWorkSlice(saved.work.lessons)(...a),
  ...createRunSlice(saved.work.settings)(...a),
}));

function snapshot(state: AppState): SavedWork {
  return {
    version: SAVED_WORK_VERSION,
    lessons: state.lessonsWork,
    settings: {
      model: state.model,
      seed: state.seed,
      keepSeed: state.keepSeed,
      switchInterval: state.switchInterval,
      playbackSpeed: state.playbackSpeed,
    },
  };
}

const SAVE_DELAY_MS = 300;
let saveTimer: ReturnType<typeof setTimeout> | null = null;

export function saveNow(): void {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = null;
  if (saved.writable) storeSavedWork(snapshot(useStore.getState()));
}

if (typeof window !== 'undefined') {
  useStore.subscribe((state, previous) => {
    const relevant =
      state.lessonsWork !== previous.lessonsWork ||
      state.model !== previous.model ||
      state.seed !== previous.seed ||
      state.keepSeed !== previous.keepSeed ||
      state.switchInterval !== previous.switchInterval ||
      state.playbackSpeed !== previous.playbackSpeed;
    if (!relevant || !saved.writable) return;
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  });
  // Closing or reloading the tab must not lose the last keystrokes.
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
}

/** True when a saved record from a newer version (or a corrupt one) keeps us from saving. */
export const savedWorkIsReadOnly = !saved.writable;
