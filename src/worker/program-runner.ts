// The program runner behind the worker: ProgramRun (the scheduler's virtual clock, with the
// chosen Python model, seed and switch interval) driven in slices. Between slices the worker
// takes messages, so Stop is cooperative and input() can be answered; a slice's size adapts to
// take about SLICE_TARGET_MS of wall time.
import type { TraceLog } from '../trace/trace-log';
import { EventKind } from '../trace/event-kinds';
import type { RunRequest, TimedOutput } from './api';
import { ProgramRun, runToEnd, type FinishedRun, type ProgramSink } from './program-run';

export { DEFAULT_MAX_INSTRUCTIONS, DEFAULT_MAX_VIRTUAL_SECONDS } from './program-run';

/** Past this much output, replaying it in virtual time is pointless: it is shown at once. */
export const MAX_REPLAYED_CHARS = 100_000;

/** Wall time one slice aims at: short enough for a quick Stop, long enough to cost little. */
export const SLICE_TARGET_MS = 12;
const FIRST_SLICE = 20_000;
const MIN_SLICE = 1_000;
const MAX_SLICE = 4_000_000;

export interface RunnerResult {
  exitCode: number;
  stopped?: boolean;
  virtualNs?: number;
  timedOutput?: TimedOutput[] | null;
  /** The run's trace and findings (the timeline sends them to the page). */
  finished?: FinishedRun;
}

/** What the worker offers a sliced run: a pause between slices and the page's input answers. */
export interface RunControl {
  /** Lets the worker take messages; resolves 'stop' when the learner pressed Stop. */
  pause(): Promise<'stop' | 'continue'>;
  /** The program waits in input() for a line nobody has typed yet. */
  inputWanted(): void;
  /** The page's answer (a line, or null for end of input), or undefined while there is none. */
  takeAnswer(): string | null | undefined;
  /** Resolves when an answer arrives or Stop is pressed. */
  answerOrStop(): Promise<void>;
  stopRequested(): boolean;
}

/** The program's writes with their virtual times, read from the trace's OUTPUT events. */
export function timedOutputOf(trace: TraceLog): TimedOutput[] | null {
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

function resultOf(finished: FinishedRun): RunnerResult {
  return {
    exitCode: finished.exitCode,
    stopped: finished.stopped,
    virtualNs: finished.virtualNs,
    timedOutput: finished.stopped ? null : timedOutputOf(finished.trace),
    finished,
  };
}

/** Runs to the end without yielding; input() sees only request.stdin (Node, tests). */
export function runWithScheduler(request: RunRequest, sink: ProgramSink): RunnerResult {
  return resultOf(runToEnd(request, sink));
}

/** Runs in slices, yielding between them through `control`. */
export async function runSliced(
  request: RunRequest,
  sink: ProgramSink,
  control: RunControl,
  now: () => number = () => performance.now(),
): Promise<RunnerResult> {
  const run = new ProgramRun(request, sink, () => control.inputWanted());
  let budget = FIRST_SLICE;
  for (;;) {
    const start = now();
    const r = run.runSlice(budget);
    const took = now() - start;
    if (r.kind === 'done') return resultOf(r.run);
    // Aim the next slice at the target time (instructions vary a lot in cost).
    if (took < SLICE_TARGET_MS / 2) budget = Math.min(MAX_SLICE, budget * 2);
    else if (took > SLICE_TARGET_MS * 2) budget = Math.max(MIN_SLICE, Math.floor(budget / 2));
    if (r.kind === 'waiting-input') {
      // Nothing else can run: wait for the learner (the next round takes the answer).
      const answer = control.takeAnswer();
      if (answer !== undefined) run.answerInput(answer);
      else {
        await control.answerOrStop();
        if (control.stopRequested()) return resultOf(run.stop());
      }
      continue;
    }
    if ((await control.pause()) === 'stop') return resultOf(run.stop());
    if (run.waitingForInput) {
      const answer = control.takeAnswer();
      if (answer !== undefined) run.answerInput(answer);
    }
  }
}
