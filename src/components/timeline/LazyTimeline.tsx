// Mounts the timeline once there is something to show (after the first run, or in bench mode):
// its code is a separate chunk, so first paint does not pay for it.
import { lazy, Suspense } from 'react';
import { useTraceStore } from '../../store/trace-store';

const TimelinePanel = lazy(() => import('./TimelinePanel'));

const benchMode = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('bench-trace');

export function LazyTimeline() {
  const hasRun = useTraceStore((s) => s.version > 0);
  if (!hasRun && !benchMode) return null;
  return (
    <Suspense fallback={<p className="timeline-loading">Loading the timeline…</p>}>
      <TimelinePanel />
    </Suspense>
  );
}
