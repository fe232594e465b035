import type { LessonBlock } from '../../lessons/lesson-blocks';
import { ExampleView } from './ExampleView';
import { ExerciseView } from './ExerciseView';
import { QuizView } from './QuizView';

// Prose HTML comes from markdown-it with raw HTML disabled, so it is safe to insert.
export function LessonBlockView({ block }: { block: LessonBlock }) {
  switch (block.kind) {
    case 'prose':
      return <div className="lesson-prose" dangerouslySetInnerHTML={{ __html: block.html }} />;
    case 'example':
      return <ExampleView example={block} />;
    case 'quiz':
      return <QuizView quiz={block} />;
    case 'exercise':
      return <ExerciseView exercise={block} />;
  }
}
