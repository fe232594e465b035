import { useStore } from '../store';

export function StatusLine() {
  const status = useStore((s) => s.status);
  const detail = useStore((s) => s.statusDetail);
  const timing = useStore((s) => s.lastRunTiming);
  const inputWanted = useStore((s) => s.inputWanted);
  const running = inputWanted ? 'waiting for input() — type in the console' : 'running…';
  const text = status === 'running' ? running : status === 'idle' ? 'ready' : detail || status;
  // The replay's progress changes every frame: announce it to screen readers only at the end.
  const live = status === 'playing' ? 'off' : 'polite';
  return (
    // The worker's own timings ride along as data attributes for the benchmark.
    <p
      className={`status-line status-${status}`}
      data-testid="status"
      role="status"
      aria-live={live}
      data-wall-ms={timing?.wallMs.toFixed(2)}
      data-first-output-ms={timing?.firstOutputMs?.toFixed(2)}
    >
      {text}
    </p>
  );
}
