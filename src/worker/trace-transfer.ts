// The run's trace as it travels from the worker to the page: the two typed arrays of the log
// (moved with Comlink.transfer, never copied event by event), its string table, and the
// findings summary. The page's timeline builds its model from this.
import type { Findings } from '../trace/findings/collector';
import type { TraceLog } from '../trace/trace-log';

export interface TraceTransfer {
  /** Virtual ns per event, in time order (length ≥ count). */
  times: Float64Array;
  /** kind<<24 | thread, a, b, c per event (length ≥ 4 × count). */
  fields: Int32Array;
  count: number;
  /** Events the capped log dropped, and where the gap sits (-1: none). */
  dropped: number;
  gapIndex: number;
  strings: string[];
  /** Virtual ns at the end of the run. */
  endTime: number;
  findings: Findings | null;
}

export interface TracedRun {
  trace: TraceLog;
  virtualNs: number;
  findings: Findings;
}

/**
 * Copies the log into fresh arrays in time order (a capped log keeps a ring in storage order)
 * — one pass over typed arrays, no object per event.
 */
export function packTrace(run: TracedRun): TraceTransfer {
  const log = run.trace;
  const count = log.length;
  const times = new Float64Array(count);
  const fields = new Int32Array(count * 4);
  const bytes = log.toBytes(); // canonical order; cheaper than one object per event via get()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 8;
  for (let i = 0; i < count; i++) {
    times[i] = view.getFloat64(p, true);
    const f = i * 4;
    fields[f] = view.getInt32(p + 8, true);
    fields[f + 1] = view.getInt32(p + 12, true);
    fields[f + 2] = view.getInt32(p + 16, true);
    fields[f + 3] = view.getInt32(p + 20, true);
    p += 24;
  }
  return {
    times,
    fields,
    count,
    dropped: log.dropped,
    gapIndex: log.gapIndex,
    strings: [...log.strings.strings],
    endTime: run.virtualNs,
    findings: run.findings,
  };
}

/** The buffers to move (not copy) with Comlink.transfer. */
export function traceTransferables(trace: TraceTransfer): Transferable[] {
  return [trace.times.buffer, trace.fields.buffer];
}
