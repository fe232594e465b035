/**
 * What the scheduler needs from a thread: the shape of the VM's `PyThread` (vm-contract.md),
 * kept abstract so the scheduler is tested with scripted fake threads.
 */
export type StepResult<V = unknown, E = unknown> =
  | { kind: 'budget'; executed: number }
  | { kind: 'switch'; executed: number }
  | { kind: 'blocked'; executed: number; request: unknown }
  | { kind: 'finished'; executed: number; value: V }
  | { kind: 'raised'; executed: number; exception: E };

export interface SchedulableThread {
  /** Executes at most `budget` instructions. */
  run(budget: number): StepResult;
  /** Set by the scheduler; the thread stops at its next eval-breaker check when true. */
  dropRequest: boolean;
  /** Continues a blocked thread: `value` becomes the result of the blocking native call. */
  resume(value: unknown): void;
  resumeWithException(exc: unknown): void;
}
