// Owns the canvas: a memoised component that mounts the plain-TypeScript TimelineView once and
// hands it each new model; React never re-renders the drawing (the excalidraw StaticCanvas way).
import { memo, useEffect, useRef } from 'react';
import type { Description, Hit } from '../../timeline/describe';
import type { TimelineModel } from '../../timeline/model';
import { TimelineView } from '../../timeline/timeline-view';
import { cursor } from '../../store/trace-store';

export interface TimelineCanvasProps {
  model: TimelineModel | null;
  /** virtual seconds per wall second to animate the cursor at, or null */
  playSpeed: number | null;
  onSelect(hit: Hit | null, description: Description | null): void;
  onHelp(): void;
  onView?(view: TimelineView | null): void;
}

export const TimelineCanvas = memo(function TimelineCanvas({ model, playSpeed, onSelect, onHelp, onView }: TimelineCanvasProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<TimelineView | null>(null);
  const handlers = useRef({ onSelect, onHelp });
  handlers.current = { onSelect, onHelp };

  useEffect(() => {
    const view = new TimelineView(hostRef.current!, {
      onSelect: (hit, d) => handlers.current.onSelect(hit, d),
      onHelp: () => handlers.current.onHelp(),
      onCursor: (ns) => cursor.set(ns),
    });
    viewRef.current = view;
    onView?.(view);
    // The slider, the table and playback move the cursor too.
    const off = cursor.subscribe(() => view.setCursor(cursor.get(), false));
    return () => {
      off();
      onView?.(null);
      view.dispose();
      viewRef.current = null;
    };
  }, [onView]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.setModel(model);
    if (model && playSpeed !== null && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) view.playCursor(playSpeed);
    return () => view.stopCursorPlayback();
  }, [model, playSpeed]);

  return <div ref={hostRef} className="timeline-host" data-testid="timeline-canvas" />;
});
