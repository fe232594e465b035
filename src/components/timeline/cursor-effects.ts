// What moving the time cursor does outside the canvas: each thread's line marker in the editor
// (in the thread's colour) and test/assistive attributes on the timeline element. Plain
// subscriptions, not React renders: the cursor moves every frame while scrubbing.
import { linesAt, type TimelineModel } from '../../timeline/model';
import { THREAD_COLORS } from '../../timeline/palette';
import { cursor } from '../../store/trace-store';
import { showThreadLines, type ThreadLineMarker } from '../editor/editor-bridge';

export function markersAt(model: TimelineModel, ns: number): ThreadLineMarker[] {
  const byLine = new Map<number, number[]>();
  for (const { thread, line } of linesAt(model, ns)) byLine.set(line, [...(byLine.get(line) ?? []), thread]);
  return [...byLine].map(([line, threads]) => ({ line, colorIndex: threads[0] % THREAD_COLORS.length, label: threads.map((t) => `T${t}`).join(' ') }));
}

/** Keeps editor markers and `data-cursor` / `data-thread-lines` in step with the cursor. */
export function followCursor(model: TimelineModel, host: HTMLElement): () => void {
  const update = () => {
    const ns = cursor.get();
    if (ns === null) {
      showThreadLines([]);
      host.removeAttribute('data-cursor');
      host.removeAttribute('data-thread-lines');
      return;
    }
    showThreadLines(markersAt(model, ns));
    host.dataset.cursor = String(Math.round(ns));
    host.dataset.threadLines = linesAt(model, ns)
      .map(({ thread, line }) => `${model.threadName(thread)}:${line}`)
      .join(';');
  };
  update();
  const off = cursor.subscribe(update);
  return () => {
    off();
    showThreadLines([]);
  };
}
