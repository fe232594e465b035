import { useId } from 'react';
import { findLesson } from '../lessons/catalog';
import { lessonDocuments, SHARED_DOC } from '../lessons/lesson-documents';
import { useStore } from '../store';
import { activeDocId, currentCode, originalCode } from '../store/work-slice';

/** Which lesson document the editor shows, and the explicit, undoable reset. */
export function DocumentBar() {
  const lessonId = useStore((s) => s.lessonId);
  const docId = useStore(activeDocId);
  const edited = useStore((s) => s.lessonsWork[s.lessonId]?.code[activeDocId(s)] !== undefined);
  const lastReplace = useStore((s) => s.lastReplace);
  const code = useStore(currentCode);
  const hasShared = useStore((s) => s.lessonsWork[s.lessonId]?.code[SHARED_DOC] !== undefined);
  const openDoc = useStore((s) => s.openDoc);
  const replaceCode = useStore((s) => s.replaceCode);
  const undoReplace = useStore((s) => s.undoReplace);
  const id = useId();
  const lesson = findLesson(lessonId);
  const docs = lesson ? lessonDocuments(lesson) : [];
  const canUndo = lastReplace && lastReplace.lessonId === lessonId && lastReplace.docId === docId && code !== lastReplace.code;

  return (
    <div className="document-bar">
      <span className="field">
        <label htmlFor={`${id}-doc`}>Code</label>
        <select id={`${id}-doc`} value={docId} onChange={(e) => openDoc(e.target.value)}>
          {docs.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
          {hasShared && <option value={SHARED_DOC}>Shared link</option>}
        </select>
      </span>
      {edited && docId !== SHARED_DOC && <span className="document-edited">edited</span>}
      <button
        type="button"
        data-testid="reset"
        disabled={!edited || docId === SHARED_DOC}
        onClick={() => replaceCode(originalCode(lessonId, docId), 'reset')}
        title="Put back the lesson's original code (you can undo this)"
      >
        Reset to original
      </button>
      {canUndo && (
        <button type="button" data-testid="undo-reset" onClick={undoReplace}>
          Undo {lastReplace.what === 'reset' ? 'reset' : 'show solution'}
        </button>
      )}
    </div>
  );
}
