// The worker's side of RuntimeApi, independent of how programs are executed: it times the run,
// batches output, maps exit codes to outcomes, and carries Stop and input() answers to the
// runner between its slices. The runner is passed in so tests can use a fake one.
import type { OutputChunk, RunCallbacks, RunEnd, RunOutcome, RunRequest, RuntimeApi, SyntaxProblem, TimedOutput } from './api';
import * as Comlink from 'comlink';
import { OutputBatcher } from './output-batcher';
import { packTrace, traceTransferables } from './trace-transfer';
import type { ProgramSink } from './program-run';
import type { RunControl, RunnerResult } from './program-runner';

export type { ProgramSink };

/** Runs a program to completion, streaming output into the sink; it may yield through `control`
 * (a sliced runner) or run straight through (a synchronous one). */
export type ProgramRunner = (request: RunRequest, sink: ProgramSink, control: RunControl) => RunnerResult | Promise<RunnerResult>;
export type SyntaxChecker = (code: string, filename: string) => SyntaxProblem[];

/** Exit codes as the CLI defines them (DESIGN.md §3). */
export function outcomeOf(exitCode: number): RunEnd {
  switch (exitCode) {
    case 1:
      return 'error';
    case 3:
      return 'deadlock';
    case 4:
      return 'limit';
    case 70:
      return 'internal-error';
    default:
      // 0, or a SystemExit code the program chose: the program finished on its own terms.
      return 'finished';
  }
}

/** Run once when the page warms the worker up: builds the interpreter's built-ins and gets the
 * JIT going, so the learner's first Run is as quick as the next ones. */
const WARM_UP_PROGRAM = 'for i in range(10):\n    str(i)\n';

/** A macrotask turn: lets the worker's message handlers (stop, answerInput) run. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Stop and input answers for the run in progress, as the runner sees them. */
class RunSession implements RunControl {
  private stopping = false;
  private readonly answers: (string | null)[] = [];
  private wake: (() => void) | null = null;

  constructor(
    private readonly batcher: OutputBatcher,
    private readonly callbacks: RunCallbacks,
  ) {}

  async pause(): Promise<'stop' | 'continue'> {
    this.batcher.flush();
    await yieldToEventLoop();
    return this.stopping ? 'stop' : 'continue';
  }
  inputWanted(): void {
    // The prompt goes out first; both travel on the callbacks' channel, in order.
    this.batcher.flush();
    void this.callbacks.inputWanted();
  }
  takeAnswer(): string | null | undefined {
    return this.answers.shift();
  }
  answerOrStop(): Promise<void> {
    if (this.answers.length > 0 || this.stopping) return Promise.resolve();
    this.batcher.flush();
    return new Promise((resolve) => (this.wake = resolve));
  }
  stopRequested(): boolean {
    return this.stopping;
  }
  stop(): void {
    this.stopping = true;
    this.notify();
  }
  answer(line: string | null): void {
    this.answers.push(line);
    this.notify();
  }
  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

const NO_CALLBACKS: RunCallbacks = { output: () => {}, inputWanted: () => {} };

export function createRuntime(runner: ProgramRunner, checker: SyntaxChecker, now: () => number = () => performance.now()): RuntimeApi {
  let warm = false;
  let session: RunSession | null = null;
  return {
    async run(request: RunRequest, callbacks: RunCallbacks): Promise<RunOutcome> {
      const start = now();
      let firstOutput: number | null = null;
      let stdout = '';
      let stderr = '';
      const batcher = new OutputBatcher((chunks: OutputChunk[]) => callbacks.output(chunks), now);
      const write = (stream: OutputChunk['stream'], text: string) => {
        if (firstOutput === null && text !== '') firstOutput = now() - start;
        if (stream === 'stdout') stdout += text;
        else stderr += text;
        batcher.write(stream, text);
      };
      const current = new RunSession(batcher, callbacks);
      session = current;
      let result: RunnerResult;
      try {
        result = await runner(request, { stdout: (t) => write('stdout', t), stderr: (t) => write('stderr', t) }, current);
      } catch (err) {
        // The runner promises not to throw; if it does, that is our bug, never the learner's.
        write('stderr', `InternalError: ${err instanceof Error ? err.message : String(err)}\n`);
        result = { exitCode: 70 };
      } finally {
        if (session === current) session = null;
      }
      // Output travels on the callback's own channel, the result on the worker's: wait until the
      // page has the last output (and, in order, all before it) so the result cannot overtake it.
      await batcher.flush();
      const virtualNs = result.virtualNs;
      const timedOutput: TimedOutput[] | null | undefined = result.timedOutput;
      const outcome: RunOutcome = {
        status: result.stopped ? 'stopped' : outcomeOf(result.exitCode),
        exitCode: result.exitCode,
        stdout,
        stderr,
        wallMs: now() - start,
        virtualSeconds: virtualNs === undefined ? null : virtualNs / 1e9,
        timedOutput: timedOutput ?? null,
        firstOutputMs: firstOutput,
        truncated: batcher.truncated,
      };
      // The timeline's trace: its buffers are moved to the page, not copied.
      if (!result.finished) return outcome;
      outcome.trace = packTrace(result.finished);
      return Comlink.transfer(outcome, traceTransferables(outcome.trace));
    },
    async stop(): Promise<void> {
      session?.stop();
    },
    async answerInput(line: string | null): Promise<void> {
      session?.answer(line);
    },
    async check(code: string, filename: string): Promise<SyntaxProblem[]> {
      try {
        return checker(code, filename);
      } catch {
        return []; // a checker bug must not put false markers in the learner's editor
      }
    },
    async ready(): Promise<true> {
      if (!warm) {
        warm = true;
        try {
          const batcher = new OutputBatcher(() => {}, now);
          await runner(
            { code: WARM_UP_PROGRAM, filename: '<warm-up>', model: '3.14', seed: 0, switchInterval: 0.005 },
            { stdout: () => {}, stderr: () => {} },
            new RunSession(batcher, NO_CALLBACKS),
          );
        } catch {
          // A failing warm-up only costs speed; the real run reports any problem.
        }
      }
      return true;
    },
  };
}
