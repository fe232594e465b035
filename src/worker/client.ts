// The page's side of the runtime: owns the workers. Runs go to one worker; syntax checks to a
// small parser-only worker, so markers keep coming while a long program runs. Stop terminates the running
// worker (a synchronous run cannot be interrupted any other way) and spawns a fresh one.
import * as Comlink from 'comlink';
import type { OutputChunk, RunOutcome, RunRequest, RuntimeApi, SyntaxCheckApi, SyntaxProblem } from './api';

interface WorkerHandle<Api> {
  worker: Worker;
  api: Comlink.Remote<Api>;
}

// Vite bundles a worker from the literal `new Worker(new URL(...))` at each call site.
function spawn(): WorkerHandle<RuntimeApi> {
  const worker = new Worker(new URL('./runtime.worker.ts', import.meta.url), { type: 'module', name: 'interleave-runtime' });
  return { worker, api: Comlink.wrap<RuntimeApi>(worker) };
}

function spawnChecker(): WorkerHandle<SyntaxCheckApi> {
  const worker = new Worker(new URL('./syntax.worker.ts', import.meta.url), { type: 'module', name: 'interleave-syntax' });
  return { worker, api: Comlink.wrap<SyntaxCheckApi>(worker) };
}

/** A syntax check that takes longer than this is abandoned (and its worker replaced). */
const CHECK_TIMEOUT_MS = 3000;

export class RuntimeClient {
  private runner: WorkerHandle<RuntimeApi> | null = null;
  private checker: WorkerHandle<SyntaxCheckApi> | null = null;
  private cancelRun: ((outcome: RunOutcome) => void) | null = null;

  /** Starts the run worker early so the first Run does not pay for loading the VM. */
  warmUp(): void {
    this.runner ??= spawn();
    void this.runner.api.ready();
  }

  get running(): boolean {
    return this.cancelRun !== null;
  }

  run(request: RunRequest, onOutput: (chunks: OutputChunk[]) => void): Promise<RunOutcome> {
    if (this.cancelRun) throw new Error('a run is already in progress');
    this.runner ??= spawn();
    const handle = this.runner;
    return new Promise<RunOutcome>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: RunOutcome) => {
        if (settled) return;
        settled = true;
        this.cancelRun = null;
        resolve(outcome);
      };
      this.cancelRun = finish;
      handle.api.run(request, Comlink.proxy({ output: (chunks: OutputChunk[]) => !settled && onOutput(chunks) })).then(finish, (err: unknown) => {
        if (settled) return;
        settled = true;
        this.cancelRun = null;
        reject(err instanceof Error ? err : new Error(String(err)));
      });
    });
  }

  /** Ends the current run at once; resolves the pending run() with status "stopped". */
  stop(): void {
    const cancel = this.cancelRun;
    if (!cancel) return;
    this.runner?.worker.terminate();
    this.runner = spawn();
    cancel({ status: 'stopped', exitCode: -1, stdout: '', stderr: '', wallMs: 0, virtualSeconds: null, timedOutput: null, firstOutputMs: null, truncated: false });
  }

  async check(code: string, filename: string): Promise<SyntaxProblem[]> {
    this.checker ??= spawnChecker();
    const handle = this.checker;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<SyntaxProblem[]>((resolve) => {
      timer = setTimeout(() => {
        handle.worker.terminate();
        if (this.checker === handle) this.checker = null;
        resolve([]);
      }, CHECK_TIMEOUT_MS);
    });
    try {
      return await Promise.race([handle.api.check(code, filename), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  dispose(): void {
    this.runner?.worker.terminate();
    this.checker?.worker.terminate();
    this.runner = this.checker = null;
  }
}

/** One client per page: several playgrounds share its workers. */
let shared: RuntimeClient | null = null;
export function runtimeClient(): RuntimeClient {
  shared ??= new RuntimeClient();
  return shared;
}
