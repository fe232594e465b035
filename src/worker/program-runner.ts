// The program runner: the scheduler's runThreaded (threads and time on a virtual clock, with the
// chosen Python model, seed and switch interval). It runs a program to the end synchronously;
// Stop therefore terminates the worker. A sliced runtime can take its place behind the same
// ProgramRunner signature, and then Stop can be cooperative.
import { runThreaded, type ThreadedRunResult } from '../scheduler/run-threaded';
import { EventKind } from '../trace/event-kinds';
import type { RunRequest, TimedOutput } from './api';
import type { ProgramSink } from './runtime';

/** A runaway loop stops here even if nobody presses Stop (Stop terminates the worker sooner). */
export const DEFAULT_MAX_INSTRUCTIONS = 200_000_000;
/** Virtual seconds: a program that sleeps in a loop forever ends here. */
export const DEFAULT_MAX_VIRTUAL_SECONDS = 600;

/** Past this much output, replaying it in virtual time is pointless: it is shown at once. */
export const MAX_REPLAYED_CHARS = 100_000;

/** The program's writes with their virtual times, read from the trace's OUTPUT events. */
export function timedOutputOf(result: ThreadedRunResult): TimedOutput[] | null {
  const trace = result.trace;
  if (trace.dropped > 0) return null;
  const out: TimedOutput[] = [];
  let chars = 0;
  for (const event of trace.events()) {
    if (event.kind !== EventKind.OUTPUT) continue;
    const text = trace.strings.get(event.b);
    chars += text.length;
    if (chars > MAX_REPLAYED_CHARS) return null;
    out.push({ t: event.time / 1e9, stream: event.a === 2 ? 'stderr' : 'stdout', text });
  }
  return out;
}

export function runWithScheduler(request: RunRequest, sink: ProgramSink): { exitCode: number; virtualNs: number; timedOutput: TimedOutput[] | null } {
  const result = runThreaded(request.code, {
    python: request.model,
    seed: request.seed,
    switchInterval: request.switchInterval,
    filename: request.filename,
    argv: [request.filename],
    stdin: request.stdin ?? '',
    maxInstructions: request.maxInstructions ?? DEFAULT_MAX_INSTRUCTIONS,
    maxTime: DEFAULT_MAX_VIRTUAL_SECONDS,
    onStdout: sink.stdout,
    onStderr: sink.stderr,
  });
  return { exitCode: result.exitCode, virtualNs: result.endTime, timedOutput: timedOutputOf(result) };
}
