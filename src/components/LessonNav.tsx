import { lessons } from '../lessons/catalog';
import { lessonProgress } from '../lessons/lesson-progress';
import { useStore } from '../store';
import { formatHash } from '../store/location-hash';

const MARK = { none: '', started: '◐', done: '✓' } as const;
const MARK_LABEL = { none: '', started: ' (started)', done: ' (done)' } as const;

export function LessonNav() {
  const lessonId = useStore((s) => s.lessonId);
  const lessonsWork = useStore((s) => s.lessonsWork);
  return (
    <nav className="lesson-nav" data-testid="lesson-nav" aria-label="Chapters">
      <h2 className="lesson-nav-heading">Chapters</h2>
      <ol>
        {lessons.map((lesson) => {
          const progress = lessonProgress(lesson, lessonsWork[lesson.id]);
          return (
            <li key={lesson.id}>
              <a href={formatHash({ lesson: lesson.id })} aria-current={lesson.id === lessonId ? 'page' : undefined} title={lesson.summary}>
                <span className="lesson-nav-title">
                  {lesson.title}
                  <span className="visually-hidden">{MARK_LABEL[progress]}</span>
                </span>
                <span className="lesson-nav-meta">
                  <span>{lesson.level}</span>
                  <span className={`lesson-nav-mark lesson-nav-${progress}`} aria-hidden="true">
                    {MARK[progress]}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
