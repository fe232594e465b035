// A slider for the time cursor: scrubbing by keyboard (arrows, Home/End) or pointer.
import type { TimelineModel } from '../../timeline/model';
import { formatDuration } from '../../timeline/time-scale';
import { cursor } from '../../store/trace-store';
import { useCursor } from './use-timeline-model';

const STEPS = 1000;

export function CursorSlider({ model }: { model: TimelineModel }) {
  const ns = useCursor();
  const span = Math.max(1, model.end - model.start);
  const value = ns === null ? 0 : Math.round(((ns - model.start) / span) * STEPS);
  return (
    <label className="timeline-scrub">
      <span>Time cursor</span>
      <input
        type="range"
        min={0}
        max={STEPS}
        step={1}
        value={value}
        data-testid="timeline-scrub"
        aria-valuetext={ns === null ? 'not set' : formatDuration(ns)}
        onChange={(e) => cursor.set(model.start + (Number(e.target.value) / STEPS) * span)}
      />
      <output>{ns === null ? '—' : formatDuration(ns)}</output>
    </label>
  );
}
