import { PythonSyntaxError } from '../vm/parser/syntax-error';
import { formatException } from '../vm/interpreter/traceback';
import { EventKind, FindingKind } from '../trace/event-kinds';
import type { Findings } from '../trace/findings/collector';
import { formatDeadlockReport, formatFindingsReport } from '../trace/findings/report';
import type { TraceLog } from '../trace/trace-log';
import type { FindingsCollector } from '../trace/findings/collector';
import type { PythonModel } from './cost';
import { ThreadRuntime } from './runtime';
import type { RunOutcome, SchedulerOptions } from './scheduler';
import { MainVmThread } from './vm-thread';

export interface ThreadedRunOptions {
  python?: PythonModel;
  seed?: number;
  /** seconds (sys.setswitchinterval) */
  switchInterval?: number;
  cores?: number;
  /** virtual seconds */
  maxTime?: number;
  maxInstructions?: number;
  filename?: string;
  argv?: string[];
  stdin?: string;
  strategy?: SchedulerOptions['strategy'];
  /** overrides of the cost model (benchmarks and calibration experiments) */
  cost?: SchedulerOptions['cost'];
  traceCapacity?: number;
  /** track accesses for lost updates and races (default true; explore turns it off for speed) */
  accessFindings?: boolean;
  /** append the findings summary to stderr (`--report`) */
  report?: boolean;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}

export interface ThreadedRunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** virtual ns at the end of the run */
  endTime: number;
  instructions: number;
  outcome: RunOutcome['kind'] | 'syntax-error' | 'internal-error';
  trace: TraceLog;
  findings: Findings;
  collector: FindingsCollector;
}

/**
 * Runs a program with threads on the virtual clock: exits like CPython (0, 1 on an uncaught
 * exception, SystemExit's code), 3 with a `Deadlock:` report, 4 when a limit stops the run,
 * 70 on an internal error.
 */
export function runThreaded(source: string, opts: ThreadedRunOptions = {}): ThreadedRunResult {
  const filename = opts.filename ?? '<stdin>';
  const rt = new ThreadRuntime({
    model: opts.python ?? '3.14',
    seed: opts.seed ?? 0,
    switchIntervalNs: opts.switchInterval === undefined ? undefined : opts.switchInterval * 1e9,
    cores: opts.cores,
    maxTimeNs: opts.maxTime === undefined ? undefined : opts.maxTime * 1e9,
    maxInstructions: opts.maxInstructions,
    strategy: opts.strategy,
    cost: opts.cost,
    traceCapacity: opts.traceCapacity,
    accessFindings: opts.accessFindings,
    argv: opts.argv ?? [filename],
    stdin: opts.stdin,
    onStdout: opts.onStdout,
    onStderr: opts.onStderr,
  });
  const { interp, sched } = rt;
  let exitCode = 0;
  let outcomeKind: ThreadedRunResult['outcome'];
  try {
    let main: MainVmThread;
    try {
      const py = interp.mainThread(source, filename);
      main = new MainVmThread(rt, py);
      py.hostData = sched.spawn(main, { name: 'MainThread' });
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      interp.writeStderr(formatException(interp.syntaxErrorObject(e), interp));
      return finish(rt, 1, 'syntax-error', opts);
    }
    const outcome = sched.run();
    outcomeKind = outcome.kind;
    switch (outcome.kind) {
      case 'completed':
        exitCode = main.exitCode;
        break;
      case 'deadlock':
        exitCode = 3;
        for (const step of rt.findings.deadlockCycle()?.steps ?? []) {
          sched.emit(sched.now, EventKind.FINDING, step.thread, FindingKind.DEADLOCK, step.waitsFor, sched.threads[step.thread].line);
        }
        interp.writeStderr(formatDeadlockReport(rt.findings, outcome.stuck.map((r) => r.id)));
        break;
      case 'limit':
        exitCode = 4;
        interp.writeStderr(
          outcome.which === 'time'
            ? `Stopped: time limit reached (${(opts.maxTime ?? 0).toString()} s of virtual time)\n`
            : `Stopped: instruction limit reached (${String(opts.maxInstructions)} instructions)\n`,
        );
        break;
    }
  } catch (e) {
    interp.writeStderr(`InternalError: ${e instanceof Error ? e.message.replace(/^InternalError: /, '') : String(e)}\n`);
    exitCode = 70;
    outcomeKind = 'internal-error';
  }
  return finish(rt, exitCode, outcomeKind, opts);
}

function finish(rt: ThreadRuntime, exitCode: number, outcome: ThreadedRunResult['outcome'], opts: ThreadedRunOptions): ThreadedRunResult {
  const findings = rt.findings.findings(rt.sched.now);
  if (opts.report) rt.interp.writeStderr(formatFindingsReport(findings, rt.findings));
  return {
    stdout: rt.interp.stdoutText,
    stderr: rt.interp.stderrText,
    exitCode,
    endTime: rt.sched.now,
    instructions: rt.sched.totalInstructions,
    outcome,
    trace: rt.trace,
    findings,
    collector: rt.findings,
  };
}
