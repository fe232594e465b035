// The model of the current trace, built once per run (the trace itself stays outside React).
import { useMemo, useSyncExternalStore } from 'react';
import { buildModel, type TimelineModel } from '../../timeline/model';
import { cursor, currentTrace, useTraceStore } from '../../store/trace-store';

let cache: { version: number; model: TimelineModel | null; buildMs: number } = { version: -1, model: null, buildMs: 0 };

export function modelForVersion(version: number): TimelineModel | null {
  if (cache.version !== version) {
    const trace = currentTrace();
    const started = performance.now();
    cache = { version, model: trace ? buildModel(trace) : null, buildMs: 0 };
    cache.buildMs = performance.now() - started;
  }
  return cache.model;
}

/** Wall ms the current model took to build (the bench reports it). */
export const lastModelBuildMs = () => cache.buildMs;

export function useTimelineModel(): { model: TimelineModel | null; version: number } {
  const version = useTraceStore((s) => s.version);
  const model = useMemo(() => modelForVersion(version), [version]);
  return { model, version };
}

export function useCursor(): number | null {
  return useSyncExternalStore(
    (l) => cursor.subscribe(l),
    () => cursor.get(),
  );
}
