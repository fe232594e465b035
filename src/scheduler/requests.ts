import type { SimLock } from './sync/lock';

/**
 * What a blocking native asks the scheduler for (the `request` of a `Suspend`).
 * Every one of them releases the GIL at once, as CPython's blocking calls do.
 */
export type BlockRequest =
  /** time.sleep(s), including sleep(0) */
  | { kind: 'sleep'; ns: number }
  /** simulated I/O of a known duration (console write, network, file); resumes with `result` */
  | { kind: 'io'; ns: number; what: string; result?: unknown }
  /** a contended Lock/RLock acquire; timeoutNs < 0 = wait forever; resumes with true/false */
  | { kind: 'lock'; lock: SimLock; timeoutNs: number };

export function isBlockRequest(x: unknown): x is BlockRequest {
  if (typeof x !== 'object' || x === null) return false;
  const k = (x as { kind?: unknown }).kind;
  return k === 'sleep' || k === 'io' || k === 'lock';
}
