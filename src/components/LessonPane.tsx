import { useEffect, useMemo, useRef } from 'react';
import { findLesson } from '../lessons/catalog';
import { lessonBlocks } from '../lessons/lesson-documents';
import { useStore } from '../store';
import { LessonBlockView } from './lesson/LessonBlockView';

export function LessonPane() {
  const lessonId = useStore((s) => s.lessonId);
  const lesson = findLesson(lessonId);
  const blocks = useMemo(() => (lesson ? lessonBlocks(lesson) : []), [lesson]);
  const paneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    paneRef.current?.scrollTo({ top: 0 });
    document.title = lesson ? `${lesson.title} — Interleave` : 'Interleave';
  }, [lesson]);
  if (!lesson) {
    return (
      <main className="lesson-pane" data-testid="lesson-content">
        <p>No lessons found. Add one under <code>lessons/</code>.</p>
      </main>
    );
  }
  return (
    <main ref={paneRef} id="lesson-text" tabIndex={-1} className="lesson-pane" data-testid="lesson-content" aria-label={`Lesson: ${lesson.title}`}>
      <article className="lesson-text" key={lesson.id}>
        {blocks.map((block, i) => (
          <LessonBlockView key={block.kind === 'prose' ? `prose-${i}` : block.id} block={block} />
        ))}
      </article>
    </main>
  );
}
