// The page's runtime workers, shared by every playground on the page: at most `max` workers;
// a run borrows an idle one (or a new one, or waits for one), and gives it back when it ends.
// One worker is warmed up ahead of the first Run. A worker that had to be terminated (Stop as
// the last resort) is discarded and replaced on demand.
import * as Comlink from 'comlink';
import type { RuntimeApi } from './api';

export interface PooledWorker {
  worker: Worker;
  api: Comlink.Remote<RuntimeApi>;
}

// Vite bundles a worker from the literal `new Worker(new URL(...))` at the call site.
function spawnRuntimeWorker(): PooledWorker {
  const worker = new Worker(new URL('./runtime.worker.ts', import.meta.url), { type: 'module', name: 'interleave-runtime' });
  return { worker, api: Comlink.wrap<RuntimeApi>(worker) };
}

export class WorkerPool {
  private readonly idle: PooledWorker[] = [];
  private busy = 0;
  private readonly queue: ((w: PooledWorker) => void)[] = [];

  constructor(
    readonly max: number,
    private readonly spawn: () => PooledWorker = spawnRuntimeWorker,
  ) {}

  get size(): number {
    return this.idle.length + this.busy;
  }

  /** Makes sure one worker is loaded and idle, so the next Run starts at once. */
  warmUp(): void {
    if (this.idle.length > 0 || this.size >= this.max) return;
    const w = this.spawn();
    void w.api.ready();
    this.idle.push(w);
  }

  acquire(): Promise<PooledWorker> {
    const w = this.idle.pop() ?? (this.size < this.max ? this.spawn() : null);
    if (w) {
      this.busy++;
      return Promise.resolve(w);
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  release(w: PooledWorker): void {
    const next = this.queue.shift();
    if (next) next(w);
    else {
      this.busy--;
      this.idle.push(w);
    }
  }

  /** The worker was terminated: forget it, and give a waiting run a fresh one. */
  discard(w: PooledWorker): void {
    w.worker.terminate();
    const next = this.queue.shift();
    if (next) next(this.spawn());
    else this.busy--;
  }

  dispose(): void {
    for (const w of this.idle) w.worker.terminate();
    this.idle.length = 0;
  }
}

/** Enough for a few playgrounds on one page without starving the page's own thread. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(3, cores - 1));
}
