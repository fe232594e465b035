import { useState } from 'react';
import type { ExerciseBlock } from '../../lessons/lesson-blocks';
import { exerciseDocId } from '../../lessons/lesson-documents';
import { useStore } from '../../store';
import { checkExercise } from '../../store/run-actions';
import { activeDocId } from '../../store/work-slice';
import { openDocument } from './open-document';

export function ExerciseView({ exercise }: { exercise: ExerciseBlock }) {
  const docId = exerciseDocId(exercise.id);
  const record = useStore((s) => s.lessonsWork[s.lessonId]?.exercises[exercise.id]);
  const isOpen = useStore((s) => activeDocId(s) === docId);
  const running = useStore((s) => s.status === 'running');
  const revealHint = useStore((s) => s.revealHint);
  const [lastCheck, setLastCheck] = useState<boolean | null>(null);
  const hintsShown = Math.min(record?.hintsShown ?? 0, exercise.hintsHtml.length);
  const open = () => openDocument(docId, exercise);

  const check = async () => {
    open();
    setLastCheck(await checkExercise(exercise));
  };
  const replace = (code: string, what: 'reset' | 'solution') => {
    open();
    useStore.getState().replaceCode(code, what);
  };

  return (
    <section className="exercise" data-testid="exercise" data-exercise-id={exercise.id} aria-label={`Exercise: ${exercise.title}`}>
      <h3 className="exercise-title">
        <span className="exercise-badge">Exercise</span> {exercise.title}
        {record?.passed && <span className="exercise-solved"> ✓ solved</span>}
      </h3>
      <div dangerouslySetInnerHTML={{ __html: exercise.instructionsHtml }} />
      <div className="exercise-actions">
        <button type="button" onClick={open} aria-pressed={isOpen}>
          {isOpen ? 'In the editor' : 'Open in editor'}
        </button>
        <button type="button" className="button-primary" data-testid="exercise-check" onClick={() => void check()} disabled={running}>
          Check
        </button>
        {hintsShown < exercise.hintsHtml.length && (
          <button type="button" onClick={() => revealHint(exercise.id)}>
            Hint ({hintsShown + 1} of {exercise.hintsHtml.length})
          </button>
        )}
        <button type="button" onClick={() => replace(exercise.solution, 'solution')}>
          Show solution
        </button>
        <button type="button" onClick={() => replace(exercise.starter, 'reset')}>
          Reset
        </button>
      </div>
      {hintsShown > 0 && (
        <ol className="exercise-hints">
          {exercise.hintsHtml.slice(0, hintsShown).map((hint, i) => (
            <li key={i} dangerouslySetInnerHTML={{ __html: hint }} />
          ))}
        </ol>
      )}
      {lastCheck !== null && (
        <p className={lastCheck ? 'exercise-pass' : 'exercise-fail'} role="status" data-testid="exercise-result">
          {lastCheck ? 'Check passed — well done.' : 'Not yet: the check failed. The console shows why.'}
        </p>
      )}
    </section>
  );
}
