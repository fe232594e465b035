import type { ExampleBlock } from '../../lessons/lesson-blocks';
import { exampleDocId } from '../../lessons/lesson-documents';
import { useStore } from '../../store';
import { runCurrentCode } from '../../store/run-actions';
import { activeDocId } from '../../store/work-slice';
import { openDocument } from './open-document';

export function ExampleView({ example }: { example: ExampleBlock }) {
  const docId = exampleDocId(example.id);
  const isOpen = useStore((s) => activeDocId(s) === docId);
  const pins = [example.model && `Python ${example.model}`, example.seed !== undefined && `seed ${example.seed}`].filter(Boolean).join(', ');
  return (
    <figure className={`lesson-example${isOpen ? ' lesson-example-open' : ''}`} data-testid="example" data-example-id={example.id}>
      <pre>
        <code className="language-python">{example.code}</code>
      </pre>
      <figcaption className="lesson-example-actions">
        <button type="button" data-testid="open-example" onClick={() => openDocument(docId, example)} aria-pressed={isOpen}>
          {isOpen ? 'In the editor' : 'Open in editor'}
        </button>
        <button
          type="button"
          data-testid="run-example"
          onClick={() => {
            openDocument(docId, example);
            void runCurrentCode();
          }}
        >
          ▶ Run
        </button>
        {pins && <span className="lesson-example-pins">{pins}</span>}
      </figcaption>
    </figure>
  );
}
