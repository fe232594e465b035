import { describe, expect, it } from 'vitest';
import { loadSavedWork, SAVED_WORK_KEY, storeSavedWork, type KeyValueStorage, type SavedWork } from './saved-work';

const memory = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('saved work', () => {
  it('round-trips through storage', () => {
    const storage = memory();
    const work: SavedWork = {
      version: 1,
      lessons: { 'threads-101': { code: { 'example:example-1': 'print(1)' }, activeDoc: 'example:example-1', quizzes: { join: { chosen: [1], correct: true } }, exercises: {} } },
      settings: { model: '3.9', seed: 7, keepSeed: true, switchInterval: 0.005 },
    };
    expect(storeSavedWork(work, storage)).toBe(true);
    expect(loadSavedWork(storage)).toEqual({ work, writable: true });
  });

  it('starts empty without storage or without a record', () => {
    expect(loadSavedWork(null)).toEqual({ work: { version: 1, lessons: {} }, writable: false });
    expect(loadSavedWork(memory())).toEqual({ work: { version: 1, lessons: {} }, writable: true });
  });

  it('never overwrites a record it cannot read (newer version or corrupt)', () => {
    for (const raw of ['{"version":2,"lessons":{}}', '{not json']) {
      const storage = memory();
      storage.data.set(SAVED_WORK_KEY, raw);
      expect(loadSavedWork(storage).writable).toBe(false);
    }
  });

  it('reports a full storage instead of throwing', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(storeSavedWork({ version: 1, lessons: {} }, full)).toBe(false);
  });
});
