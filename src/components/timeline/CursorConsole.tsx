// The console as it was at the time cursor: every write up to that moment (the last part of it).
import { MarkKind, type TimelineModel } from '../../timeline/model';
import { formatDuration } from '../../timeline/time-scale';
import { useCursor } from './use-timeline-model';

const MAX_CHARS = 4000;

export function consoleAt(model: TimelineModel, ns: number): string {
  const m = model.marks;
  const parts: string[] = [];
  let chars = 0;
  for (let i = m.lowerBound(ns + 1e-6) - 1; i >= 0 && chars < MAX_CHARS; i--) {
    if (m.kind[i] !== MarkKind.OUTPUT) continue;
    const text = model.strings[m.b[i]] ?? '';
    parts.push(text);
    chars += text.length;
  }
  const text = parts.reverse().join('');
  return chars >= MAX_CHARS ? '…' + text.slice(-MAX_CHARS) : text;
}

export function CursorConsole({ model }: { model: TimelineModel }) {
  const ns = useCursor();
  if (ns === null) return null;
  return (
    <section className="timeline-cursor-console" aria-label="Console at the time cursor">
      <h3>Console at {formatDuration(ns)}</h3>
      <pre data-testid="timeline-console">{consoleAt(model, ns) || '(nothing printed yet)'}</pre>
    </section>
  );
}
