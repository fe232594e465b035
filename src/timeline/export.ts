// "Download trace": the run as Chrome Trace Event JSON (Perfetto opens it), through the same
// exporter the CLI's --trace uses.
import { toChromeTrace } from '../trace/chrome-trace';
import type { EventKindCode } from '../trace/event-kinds';
import { TraceLog } from '../trace/trace-log';
import type { TraceTransfer } from '../worker/trace-transfer';

/** Rebuilds a TraceLog from the transferred arrays (same string ids, same events). */
export function logFromTransfer(trace: TraceTransfer): TraceLog {
  const log = new TraceLog(Math.max(4, trace.count));
  for (const s of trace.strings) log.str(s);
  const { times, fields } = trace;
  for (let i = 0; i < trace.count; i++) {
    const w = fields[i * 4];
    log.emit(times[i], (w >>> 24) as EventKindCode, w & 0xffffff, fields[i * 4 + 1], fields[i * 4 + 2], fields[i * 4 + 3]);
  }
  return log;
}

export function chromeTraceJson(trace: TraceTransfer): string {
  return toChromeTrace(logFromTransfer(trace), trace.endTime);
}
