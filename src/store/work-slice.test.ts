import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { exampleDocId, SHARED_DOC } from '../lessons/lesson-documents';
import type { AppState } from './app-state';
import { createLessonSlice } from './lesson-slice';
import { createRunSlice } from './run-slice';
import { activeDocId, createWorkSlice, currentCode, originalCode } from './work-slice';

const makeStore = () =>
  createStore<AppState>()((...a) => ({
    ...createLessonSlice(...a),
    ...createWorkSlice({})(...a),
    ...createRunSlice(undefined)(...a),
  }));

describe('work slice', () => {
  it('starts on the first example of the first lesson, with its original code', () => {
    const store = makeStore();
    const s = store.getState();
    expect(s.lessonId).toBe('threads-101');
    expect(activeDocId(s)).toBe(exampleDocId('example-1'));
    expect(currentCode(s)).toBe(originalCode('threads-101', exampleDocId('example-1')));
  });

  it('stores edits per document and forgets code that equals the original', () => {
    const store = makeStore();
    store.getState().setCode('print(1)\n');
    expect(store.getState().lessonsWork['threads-101'].code).toEqual({ [exampleDocId('example-1')]: 'print(1)\n' });
    store.getState().openDoc(exampleDocId('example-2'));
    expect(currentCode(store.getState())).toBe(originalCode('threads-101', exampleDocId('example-2')));
    store.getState().openDoc(exampleDocId('example-1'));
    expect(currentCode(store.getState())).toBe('print(1)\n');
    store.getState().setCode(originalCode('threads-101', exampleDocId('example-1')));
    expect(store.getState().lessonsWork['threads-101'].code).toEqual({});
  });

  it('keeps edits when moving between lessons', () => {
    const store = makeStore();
    store.getState().setCode('mine = 1\n');
    store.getState().openLesson('race-conditions');
    expect(currentCode(store.getState())).not.toBe('mine = 1\n');
    store.getState().openLesson('threads-101');
    expect(currentCode(store.getState())).toBe('mine = 1\n');
  });

  it('makes reset undoable', () => {
    const store = makeStore();
    const docId = exampleDocId('example-1');
    store.getState().setCode('edited\n');
    store.getState().replaceCode(originalCode('threads-101', docId), 'reset');
    expect(currentCode(store.getState())).toBe(originalCode('threads-101', docId));
    expect(store.getState().lastReplace).toMatchObject({ docId, code: 'edited\n', what: 'reset' });
    store.getState().undoReplace();
    expect(currentCode(store.getState())).toBe('edited\n');
    expect(store.getState().lastReplace).toBeNull();
  });

  it('opens shared code in its own document without touching the learner’s edits', () => {
    const store = makeStore();
    store.getState().setCode('my work\n');
    store.getState().openSharedCode('threads-101', 'shared = True\n');
    expect(activeDocId(store.getState())).toBe(SHARED_DOC);
    expect(currentCode(store.getState())).toBe('shared = True\n');
    store.getState().openDoc(exampleDocId('example-1'));
    expect(currentCode(store.getState())).toBe('my work\n');
  });

  it('records exercise results (solved stays solved) and hints', () => {
    const store = makeStore();
    store.getState().recordExercise('wait-for-workers', true);
    store.getState().recordExercise('wait-for-workers', false);
    store.getState().revealHint('wait-for-workers');
    expect(store.getState().lessonsWork['threads-101'].exercises['wait-for-workers']).toEqual({ passed: true, hintsShown: 1 });
  });
});
