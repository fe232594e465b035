// The worker's side of RuntimeApi, independent of how programs are executed: it times the run,
// batches output and maps exit codes to outcomes. The runner is passed in so the single-threaded
// runProgram can be swapped for the scheduler's threaded, sliced runtime without touching this.
import type { OutputChunk, RunCallbacks, RunEnd, RunOutcome, RunRequest, RuntimeApi, SyntaxProblem, TimedOutput } from './api';
import { OutputBatcher } from './output-batcher';

export interface ProgramSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs a program to completion, streaming output into the sink; returns the exit code and,
 * for runs on the virtual clock, the virtual time at the end. */
export type ProgramRunner = (
  request: RunRequest,
  sink: ProgramSink,
) => { exitCode: number; virtualNs?: number; timedOutput?: TimedOutput[] | null };
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

export function createRuntime(runner: ProgramRunner, checker: SyntaxChecker, now: () => number = () => performance.now()): RuntimeApi {
  let warm = false;
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
      let exitCode: number;
      let virtualNs: number | undefined;
      let timedOutput: TimedOutput[] | null | undefined;
      try {
        ({ exitCode, virtualNs, timedOutput } = runner(request, { stdout: (t) => write('stdout', t), stderr: (t) => write('stderr', t) }));
      } catch (err) {
        // runProgram promises not to throw; if it does, that is our bug, never the learner's.
        write('stderr', `InternalError: ${err instanceof Error ? err.message : String(err)}\n`);
        exitCode = 70;
      }
      // Output travels on the callback's own channel, the result on the worker's: wait until the
      // page has the last output (and, in order, all before it) so the result cannot overtake it.
      await batcher.flush();
      return {
        status: outcomeOf(exitCode),
        exitCode,
        stdout,
        stderr,
        wallMs: now() - start,
        virtualSeconds: virtualNs === undefined ? null : virtualNs / 1e9,
        timedOutput: timedOutput ?? null,
        firstOutputMs: firstOutput,
        truncated: batcher.truncated,
      };
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
          runner(
            { code: WARM_UP_PROGRAM, filename: '<warm-up>', model: '3.14', seed: 0, switchInterval: 0.005 },
            { stdout: () => {}, stderr: () => {} },
          );
        } catch {
          // A failing warm-up only costs speed; the real run reports any problem.
        }
      }
      return true;
    },
  };
}
