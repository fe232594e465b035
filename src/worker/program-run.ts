// One program run on the scheduler's virtual clock, driven in slices: the worker runs a slice,
// yields to its event loop (so Stop and input() answers can arrive) and runs the next. The
// outcome mapping mirrors runThreaded (src/scheduler/run-threaded.ts): exit codes as the CLI's.
//
// input(): a line already given (the stdin box) is returned at once. Otherwise, in an
// interactive run, the calling thread blocks in an I/O state ("input()") until the page answers;
// other threads keep running meanwhile, as on CPython. When nothing else can run, the scheduler
// reports "no thread can continue" — with a thread waiting for input that is not a deadlock,
// it is the moment to wait for the learner.
import { formatException } from '../vm/interpreter/traceback';
import { Suspend } from '../vm/interpreter/suspend';
import { builtin, type PyObject } from '../vm/objects/base';
import { EOFError, pyErr, TypeError } from '../vm/objects/exceptions';
import { PythonSyntaxError } from '../vm/parser/syntax-error';
import { ThreadRuntime } from '../scheduler/runtime';
import type { RunOutcome as SchedulerOutcome } from '../scheduler/scheduler';
import type { ThreadRecord } from '../scheduler/thread-record';
import { MainVmThread } from '../scheduler/vm-thread';
import { EventKind, FindingKind } from '../trace/event-kinds';
import type { Findings } from '../trace/findings/collector';
import { formatDeadlockReport } from '../trace/findings/report';
import type { TraceLog } from '../trace/trace-log';
import type { RunRequest } from './api';

/** A runaway loop stops here even if nobody presses Stop. */
export const DEFAULT_MAX_INSTRUCTIONS = 200_000_000;
/** Virtual seconds: a program that sleeps in a loop forever ends here. */
export const DEFAULT_MAX_VIRTUAL_SECONDS = 600;

export interface ProgramSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface FinishedRun {
  /** As the CLI's: 0, 1 uncaught exception, SystemExit's code, 3 deadlock, 4 limit, 70 internal. */
  exitCode: number;
  /** The learner pressed Stop. */
  stopped: boolean;
  virtualNs: number;
  trace: TraceLog;
  findings: Findings;
}

export type SliceResult = { kind: 'running' } | { kind: 'waiting-input' } | { kind: 'done'; run: FinishedRun };

export class ProgramRun {
  readonly rt: ThreadRuntime;
  private main: MainVmThread | null = null;
  /** Threads blocked in input() until the page answers, first come first served (they share
   * one console, as threads share one terminal). */
  private readonly inputWaiters: ThreadRecord[] = [];
  private finished: FinishedRun | null = null;

  constructor(
    private readonly request: RunRequest,
    sink: ProgramSink,
    /** Called when the program waits for a line nobody has typed yet; null: input() sees EOF. */
    private readonly onInputWanted: (() => void) | null = null,
  ) {
    this.rt = new ThreadRuntime({
      model: request.model,
      seed: request.seed,
      switchIntervalNs: request.switchInterval * 1e9,
      maxTimeNs: DEFAULT_MAX_VIRTUAL_SECONDS * 1e9,
      maxInstructions: request.maxInstructions ?? DEFAULT_MAX_INSTRUCTIONS,
      argv: [request.filename],
      stdin: request.stdin ?? '',
      onStdout: sink.stdout,
      onStderr: sink.stderr,
    });
    this.rt.interp.builtinsDict.set('input', builtin('input', (args) => this.input(args)));
    try {
      const py = this.rt.interp.mainThread(request.code, request.filename);
      this.main = new MainVmThread(this.rt, py);
      py.hostData = this.rt.sched.spawn(this.main, { name: 'MainThread' });
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      this.rt.interp.writeStderr(formatException(this.rt.interp.syntaxErrorObject(e), this.rt.interp));
      this.finish(1);
    }
  }

  get waitingForInput(): boolean {
    return this.inputWaiters.length > 0;
  }

  /** Runs about `budget` instructions (or to the end). */
  runSlice(budget: number): SliceResult {
    if (this.finished) return { kind: 'done', run: this.finished };
    let outcome: SchedulerOutcome | null;
    try {
      outcome = this.rt.sched.runSlice(budget);
      if (outcome === null) return { kind: 'running' };
      if (outcome.kind === 'deadlock' && this.inputWaiters.length > 0) return { kind: 'waiting-input' };
      return { kind: 'done', run: this.finish(this.exitCodeOf(outcome)) };
    } catch (e) {
      this.rt.interp.writeStderr(`InternalError: ${e instanceof Error ? e.message.replace(/^InternalError: /, '') : String(e)}\n`);
      return { kind: 'done', run: this.finish(70) };
    }
  }

  /** The page's answer to input(): a line (without its newline), or null for end of input. */
  answerInput(line: string | null): void {
    const rec = this.inputWaiters.shift();
    if (!rec) return;
    const sched = this.rt.sched;
    rec.pending = line === null ? { kind: 'exception', exc: pyErr(EOFError, 'EOF when reading a line') } : { kind: 'value', value: line };
    // The thread's I/O wait ends now: a wake timer with its current token, as a finished sleep.
    sched.timers.schedule(Math.max(sched.now, rec.stateSince), { kind: 'wake', thread: rec.id, token: sched.tokenOf(rec) });
    // Another thread is still waiting: ask the page for its line too.
    if (this.inputWaiters.length > 0) this.onInputWanted?.();
  }

  /** Ends the run where it is (between two slices). */
  stop(): FinishedRun {
    return this.finished ?? this.finish(-1, true);
  }

  private input(args: PyObject[]): PyObject | Suspend {
    const interp = this.rt.interp;
    if (args.length > 1) throw pyErr(TypeError, `input expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) interp.writeStdout(typeof args[0] === 'string' ? args[0] : interp.strSync(args[0]));
    const rest = interp.stdinText.slice(interp.stdinPos);
    if (rest.length > 0) {
      const nl = rest.indexOf('\n');
      interp.stdinPos += nl < 0 ? rest.length : nl + 1;
      return (nl < 0 ? rest : rest.slice(0, nl)).replace(/\r$/, '');
    }
    if (!this.onInputWanted) throw pyErr(EOFError, 'EOF when reading a line');
    this.inputWaiters.push(this.rt.current());
    // One prompt at a time: later waiters are asked for when the earlier ones are answered.
    if (this.inputWaiters.length === 1) this.onInputWanted();
    return new Suspend({ kind: 'io', ns: Infinity, what: 'input()' });
  }

  private exitCodeOf(outcome: SchedulerOutcome): number {
    const { interp, sched } = this.rt;
    switch (outcome.kind) {
      case 'completed':
        return this.main?.exitCode ?? 0;
      case 'deadlock':
        for (const step of this.rt.findings.deadlockCycle()?.steps ?? []) {
          sched.emit(sched.now, EventKind.FINDING, step.thread, FindingKind.DEADLOCK, step.waitsFor, sched.threads[step.thread].line);
        }
        interp.writeStderr(formatDeadlockReport(this.rt.findings, outcome.stuck.map((r) => r.id)));
        return 3;
      case 'limit':
        interp.writeStderr(
          outcome.which === 'time'
            ? `Stopped: time limit reached (${DEFAULT_MAX_VIRTUAL_SECONDS} s of virtual time)\n`
            : `Stopped: instruction limit reached (${this.request.maxInstructions ?? DEFAULT_MAX_INSTRUCTIONS} instructions)\n`,
        );
        return 4;
    }
  }

  private finish(exitCode: number, stopped = false): FinishedRun {
    const sched = this.rt.sched;
    this.finished = {
      exitCode,
      stopped,
      virtualNs: sched.now,
      trace: this.rt.trace,
      findings: this.rt.findings.findings(sched.now),
    };
    return this.finished;
  }
}

/** Runs a program to its end without yielding (Node: tests, `interleave lessons check`). */
export function runToEnd(request: RunRequest, sink: ProgramSink): FinishedRun {
  const run = new ProgramRun(request, sink);
  for (;;) {
    const r = run.runSlice(Infinity);
    if (r.kind === 'done') return r.run;
  }
}
