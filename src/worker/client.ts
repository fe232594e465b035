// The page's side of the runtime. Each playground has a RuntimeClient; all of them share the
// page's worker pool for runs and one small parser-only worker for syntax checks (markers keep
// coming while a long program runs). Stop asks the worker to end the run at its next slice; a
// worker that does not answer in time (stuck inside one huge operation) is terminated instead.
import * as Comlink from 'comlink';
import type { OutputChunk, RunOutcome, RunRequest, SyntaxCheckApi, SyntaxProblem } from './api';
import { defaultPoolSize, WorkerPool, type PooledWorker } from './worker-pool';

interface CheckerHandle {
  worker: Worker;
  api: Comlink.Remote<SyntaxCheckApi>;
}

function spawnChecker(): CheckerHandle {
  const worker = new Worker(new URL('./syntax.worker.ts', import.meta.url), { type: 'module', name: 'interleave-syntax' });
  return { worker, api: Comlink.wrap<SyntaxCheckApi>(worker) };
}

/** A syntax check that takes longer than this is abandoned (and its worker replaced). */
const CHECK_TIMEOUT_MS = 3000;
/** How long a cooperative Stop may take before the worker is terminated. */
export const STOP_GRACE_MS = 400;

export interface RunHandlers {
  output(chunks: OutputChunk[]): void;
  /** The program waits in input(); answer with answerInput(). */
  inputWanted(): void;
}

const stoppedOutcome = (): RunOutcome => ({
  status: 'stopped',
  exitCode: -1,
  stdout: '',
  stderr: '',
  wallMs: 0,
  virtualSeconds: null,
  timedOutput: null,
  firstOutputMs: null,
  truncated: false,
});

let sharedPool: WorkerPool | null = null;
const pool = () => (sharedPool ??= new WorkerPool(defaultPoolSize()));

let checker: CheckerHandle | null = null;

export class RuntimeClient {
  private current: { worker: PooledWorker | null; finish: (o: RunOutcome) => void; stopTimer?: ReturnType<typeof setTimeout> } | null = null;

  constructor(private readonly workers: WorkerPool = pool()) {}

  /** Loads a run worker early so the first Run does not pay for loading the VM. */
  warmUp(): void {
    this.workers.warmUp();
  }

  get running(): boolean {
    return this.current !== null;
  }

  run(request: RunRequest, handlers: RunHandlers): Promise<RunOutcome> {
    if (this.current) throw new Error('a run is already in progress');
    return new Promise<RunOutcome>((resolve, reject) => {
      let settled = false;
      const run: NonNullable<RuntimeClient['current']> = {
        worker: null,
        finish: (outcome) => {
          if (settled) return;
          settled = true;
          clearTimeout(run.stopTimer);
          if (this.current === run) this.current = null;
          resolve(outcome);
        },
      };
      this.current = run;
      const fail = (err: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(run.stopTimer);
        if (this.current === run) this.current = null;
        if (run.worker) this.workers.discard(run.worker);
        reject(err instanceof Error ? err : new Error(String(err)));
      };
      void this.workers.acquire().then((worker) => {
        if (settled) {
          this.workers.release(worker); // stopped while waiting for a worker
          return;
        }
        run.worker = worker;
        const callbacks = Comlink.proxy({
          output: (chunks: OutputChunk[]) => !settled && handlers.output(chunks),
          inputWanted: () => !settled && handlers.inputWanted(),
        });
        worker.api.run(request, callbacks).then((outcome) => {
          if (!settled) this.workers.release(worker);
          run.finish(outcome);
        }, fail);
      });
    });
  }

  /** The learner's line for input(), or null for end of input (Ctrl+D). */
  answerInput(line: string | null): void {
    void this.current?.worker?.api.answerInput(line);
  }

  /** Ends the current run: at the worker's next slice, or by terminating it if that is too slow. */
  stop(): void {
    const run = this.current;
    if (!run || run.stopTimer !== undefined) return;
    if (!run.worker) {
      run.finish(stoppedOutcome());
      return;
    }
    const worker = run.worker;
    void worker.api.stop();
    run.stopTimer = setTimeout(() => {
      if (this.current !== run) return;
      this.workers.discard(worker);
      run.finish(stoppedOutcome());
      this.workers.warmUp();
    }, STOP_GRACE_MS);
  }

  async check(code: string, filename: string): Promise<SyntaxProblem[]> {
    checker ??= spawnChecker();
    const handle = checker;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<SyntaxProblem[]>((resolve) => {
      timer = setTimeout(() => {
        handle.worker.terminate();
        if (checker === handle) checker = null;
        resolve([]);
      }, CHECK_TIMEOUT_MS);
    });
    try {
      return await Promise.race([handle.api.check(code, filename), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The app's playground; other playgrounds on the page make their own RuntimeClient. */
let shared: RuntimeClient | null = null;
export function runtimeClient(): RuntimeClient {
  shared ??= new RuntimeClient();
  return shared;
}
