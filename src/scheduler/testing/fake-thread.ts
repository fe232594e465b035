import type { BlockRequest } from '../requests';
import type { SchedulableThread, StepResult } from '../schedulable';

/**
 * A scripted thread for testing the scheduler without the VM. The script is a generator:
 * every `yield` is one executed instruction. `yield 'breaker'` marks an instruction that
 * checks the eval breaker (RESUME, JUMP_BACKWARD, CALL in 3.12+); with `everyInstruction`
 * every yield is one (CPython ≤ 3.9). `yield { block }` blocks the thread; the value the
 * scheduler resumes it with is what the `yield` expression returns.
 */
export type FakeStep = 'op' | 'breaker' | { block: BlockRequest };
export type FakeScript = Generator<FakeStep, void, unknown>;

export class FakeThread implements SchedulableThread {
  dropRequest = false;
  private resumeValue: unknown = undefined;
  private resumeError: unknown = undefined;
  private hasError = false;
  private done = false;

  constructor(
    private readonly script: Generator<FakeStep, unknown, unknown>,
    private readonly everyInstruction = false,
  ) {}

  run(budget: number): StepResult {
    let executed = 0;
    while (executed < budget) {
      let r: IteratorResult<FakeStep, unknown>;
      try {
        if (this.hasError) {
          this.hasError = false;
          r = this.script.throw(this.resumeError);
        } else r = this.script.next(this.resumeValue);
      } catch (exception) {
        this.done = true;
        return { kind: 'raised', executed: executed + 1, exception };
      }
      this.resumeValue = undefined;
      executed++;
      if (r.done) {
        this.done = true;
        return { kind: 'finished', executed, value: r.value };
      }
      const step = r.value;
      if (typeof step === 'object') return { kind: 'blocked', executed, request: step.block };
      if ((step === 'breaker' || this.everyInstruction) && this.dropRequest) return { kind: 'switch', executed };
    }
    return { kind: 'budget', executed };
  }

  resume(value: unknown): void {
    this.resumeValue = value;
  }

  resumeWithException(exc: unknown): void {
    this.resumeError = exc;
    this.hasError = true;
  }

  get finished(): boolean {
    return this.done;
  }
}

/** `n` instructions of plain computation with a backward jump every `loopLength`. */
export function* compute(n: number, loopLength = 9): Generator<FakeStep, void, unknown> {
  for (let i = 1; i <= n; i++) yield i % loopLength === 0 ? 'breaker' : 'op';
}
