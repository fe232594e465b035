// The last run's trace lives here, outside React state (a million events must never be copied
// into a store or diffed); zustand holds only a version number and a small summary, so
// components re-render once per run. The time cursor is a plain observable too: scrubbing
// changes it every frame.
import { create } from 'zustand';
import type { TraceTransfer } from '../worker/trace-transfer';

export interface TraceInfo {
  events: number;
  dropped: number;
  virtualNs: number;
  /** virtual seconds per wall second to animate the cursor at (a replay is running), or null */
  playSpeed: number | null;
}

interface TraceStoreState {
  version: number;
  info: TraceInfo | null;
}

export const useTraceStore = create<TraceStoreState>()(() => ({ version: 0, info: null }));

let current: TraceTransfer | null = null;

export function currentTrace(): TraceTransfer | null {
  return current;
}

/** A new run's trace (null: the run produced none). */
export function setTrace(trace: TraceTransfer | null, playSpeed: number | null = null): void {
  current = trace;
  cursor.set(null);
  useTraceStore.setState((s) => ({
    version: s.version + 1,
    info: trace ? { events: trace.count, dropped: trace.dropped, virtualNs: trace.endTime, playSpeed } : null,
  }));
}

type Listener = () => void;

/** The timeline's time cursor (virtual ns) or null. */
export const cursor = {
  value: null as number | null,
  listeners: new Set<Listener>(),
  get(): number | null {
    return this.value;
  },
  set(ns: number | null): void {
    if (ns === this.value) return;
    this.value = ns;
    for (const l of this.listeners) l();
  },
  subscribe(l: Listener): () => void {
    cursor.listeners.add(l);
    return () => cursor.listeners.delete(l);
  },
};
