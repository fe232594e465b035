// Keeps the open lesson and the URL hash in step: following a chapter link changes the hash,
// the hash opens the lesson; back/forward work like on any page. A share link (code in the
// hash) is imported once into the lesson's "shared" document, then the hash is reduced to the
// lesson so that a reload does not import it again over the learner's edits.
import { useEffect } from 'react';
import { useStore } from '../store';
import { formatHash, parseHash } from '../store/location-hash';
import { readSharedRun } from '../store/share-link';
import { firstLessonId } from '../store/lesson-slice';

function applyHash() {
  const store = useStore.getState();
  const shared = readSharedRun(parseHash(window.location.hash));
  // No lesson in the hash (the bare page, or "back" to it) means the first chapter.
  store.openLesson(shared.lesson ?? firstLessonId);
  const lessonId = useStore.getState().lessonId;
  if (shared.model) store.setModel(shared.model);
  if (shared.seed !== undefined) {
    store.setSeed(shared.seed);
    store.setKeepSeed(true);
  }
  if (shared.code !== undefined) store.openSharedCode(lessonId, shared.code);
  if (shared.codeUnreadable) store.appendInfo('This share link is damaged: its code could not be read.\n');
  if (shared.code !== undefined || shared.codeUnreadable || shared.model || shared.seed !== undefined) {
    history.replaceState(null, '', formatHash({ lesson: lessonId }));
  }
}

export function useHashSync() {
  useEffect(() => {
    applyHash();
    window.addEventListener('hashchange', applyHash);
    return () => window.removeEventListener('hashchange', applyHash);
  }, []);
}
