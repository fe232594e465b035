import type { PyThread } from '../vm';
import type { PyExc } from '../vm/objects/exceptions';
import { PyModule } from '../vm/objects/module';
import type { ThreadRuntime } from './runtime';
import type { SchedulableThread, StepResult } from './schedulable';

/** A VM thread as the scheduler sees it: makes it the interpreter's current thread while it runs. */
export class VmThread implements SchedulableThread {
  constructor(
    protected readonly rt: ThreadRuntime,
    protected py: PyThread,
  ) {}

  get pyThread(): PyThread {
    return this.py;
  }

  get dropRequest(): boolean {
    return this.py.dropRequest;
  }
  set dropRequest(v: boolean) {
    this.py.dropRequest = v;
  }

  run(budget: number): StepResult {
    const interp = this.rt.interp;
    const prev = interp.currentThread;
    interp.currentThread = this.py;
    try {
      return this.py.run(budget);
    } finally {
      this.rt.flushPendingStore();
      interp.currentThread = prev;
    }
  }

  resume(value: unknown): void {
    this.py.resume(value as never);
  }
  resumeWithException(exc: unknown): void {
    this.py.resumeWithException(exc as never);
  }
}

/**
 * The main thread: runs the module, reports an uncaught exception the way CPython does, then
 * runs `threading._shutdown()` (joins the non-daemon threads) as CPython's finalisation does,
 * all as one scheduler thread.
 */
export class MainVmThread extends VmThread {
  exitCode = 0;
  private phase: 'module' | 'shutdown' = 'module';

  override run(budget: number): StepResult {
    const r = super.run(budget);
    if (r.kind !== 'finished' && r.kind !== 'raised') return r;
    if (this.phase === 'module') {
      if (r.kind === 'raised') {
        this.rt.exceptionEvent(r.exception as PyExc);
        this.exitCode = this.rt.interp.handleUncaught(r.exception as PyExc);
      }
      this.phase = 'shutdown';
      const threading = this.rt.interp.modules.get('threading');
      const shutdown = threading instanceof PyModule ? threading.globals.get('_shutdown') : undefined;
      if (shutdown !== undefined) {
        const t = this.rt.interp.newThread(shutdown, [], null);
        t.hostData = this.py.hostData;
        this.py = t;
        return { kind: 'budget', executed: r.executed };
      }
    } else if (r.kind === 'raised') {
      this.rt.interp.writeStderr('Exception ignored in: <module \'threading\'>\n' + this.rt.formatException(r.exception as PyExc));
    }
    return r;
  }
}
