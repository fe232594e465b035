// The one typed interface between the page and the runtime worker (exposed with comlink).
// Callbacks cross as Comlink.proxy; output arrives in batches, never one message per print.
import type { PythonModel } from './python-models';
import type { TraceTransfer } from './trace-transfer';

export interface RunRequest {
  code: string;
  /** Shown in tracebacks. */
  filename: string;
  model: PythonModel;
  seed: number;
  /** Seconds, as sys.setswitchinterval takes it. */
  switchInterval: number;
  stdin?: string;
  maxInstructions?: number;
}

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** One write of the program, at the virtual time it happened (for playback in virtual time). */
export interface TimedOutput {
  /** Virtual seconds since the program started. */
  t: number;
  stream: OutputChunk['stream'];
  text: string;
}

export interface RunCallbacks {
  output(chunks: OutputChunk[]): void;
  /** The program waits in input() for a line nobody has typed yet (its prompt is already in
   * the output): answer with RuntimeApi.answerInput. Other threads keep running meanwhile. */
  inputWanted(): void;
}

export type RunEnd = 'finished' | 'error' | 'deadlock' | 'limit' | 'internal-error' | 'stopped';

export interface RunOutcome {
  status: RunEnd;
  exitCode: number;
  /** The full output, for checks that compare it (the console got it streamed already). */
  stdout: string;
  stderr: string;
  /** Wall-clock time of the run inside the worker. */
  wallMs: number;
  /** Virtual time the program took (sleeps, I/O, CPU cost), when it ran on the virtual clock. */
  virtualSeconds: number | null;
  /** Every write with its virtual time, for replaying the output; null when not available
   * (no virtual clock, a trace that dropped events, or too much output to replay). */
  timedOutput: TimedOutput[] | null;
  /** From the start of run() in the worker to the first output, or null if there was none. */
  firstOutputMs: number | null;
  /** Output beyond the worker's limit was dropped. */
  truncated: boolean;
  /** The run's trace for the timeline, moved (not copied) with Comlink.transfer; absent when
   * the runner produced none. */
  trace?: TraceTransfer;
}

export interface SyntaxProblem {
  kind: string;
  message: string;
  /** 1-based, as CPython reports them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What the small syntax-check worker offers (it loads only the parser, not the interpreter). */
export interface SyntaxCheckApi {
  check(code: string, filename: string): Promise<SyntaxProblem[]>;
}

export interface RuntimeApi extends SyntaxCheckApi {
  /** Runs in slices on the virtual clock; between slices the worker takes stop/answerInput. */
  run(request: RunRequest, callbacks: RunCallbacks): Promise<RunOutcome>;
  /** Ends the current run at the next slice boundary; its run() resolves with "stopped". */
  stop(): Promise<void>;
  /** The line the learner typed for input() (without its newline), or null for end of input. */
  answerInput(line: string | null): Promise<void>;
  /** Resolves once the worker has loaded the VM; lets the page warm a worker up ahead of Run. */
  ready(): Promise<true>;
}
