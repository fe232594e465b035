// The details panel for the selected item: what it is, when, its source line, lock owner and
// waiters, wait time. The line button jumps the editor there.
import type { Description } from '../../timeline/describe';
import { formatDuration } from '../../timeline/time-scale';
import { revealEditorLine } from '../editor/editor-bridge';

export function TimelineDetails({ description }: { description: Description | null }) {
  if (!description) {
    return (
      <p className="timeline-details timeline-details-empty" data-testid="timeline-details">
        Click a bar or a mark to see its details here.
      </p>
    );
  }
  const { title, rows, time, end, line } = description;
  return (
    <section className="timeline-details" data-testid="timeline-details" aria-label="Selected event" aria-live="polite">
      <h3>{title}</h3>
      <dl>
        <dt>at</dt>
        <dd>
          {formatDuration(time)}
          {end !== undefined && end > time ? ` – ${formatDuration(end)}` : ''}
        </dd>
        {rows.map(([k, v], i) => (
          <div key={i} className="timeline-details-row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {line !== undefined && line > 0 && (
        <button type="button" onClick={() => revealEditorLine(line)}>
          Show line {line} in the editor
        </button>
      )}
    </section>
  );
}
