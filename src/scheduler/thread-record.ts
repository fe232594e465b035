import type { ThreadStateCode } from '../trace/event-kinds';
import type { SchedulableThread } from './schedulable';

/** What a woken thread must do before it runs its next instruction. */
export type PendingWake =
  | { kind: 'none' }
  | { kind: 'value'; value: unknown }
  | { kind: 'exception'; exc: unknown }
  /** woken by a lock release: retry the acquire when dispatched (may lose to a barging thread) */
  | { kind: 'retry-lock'; lockId: number; deadline: number };

/** Per-thread statistics in virtual ns. */
export interface ThreadStats {
  instructions: number;
  runningNs: number;
  waitingGilNs: number;
  blockedNs: number;
}

export interface ThreadRecord {
  readonly id: number; // small index: trace thread id (main = 0)
  readonly ident: number; // what get_ident() returns
  name: string;
  readonly daemon: boolean;
  readonly parent: number;
  readonly thread: SchedulableThread;
  state: ThreadStateCode;
  /** the object id it is blocked on, -1 otherwise */
  blockedOn: number;
  pending: PendingWake;
  /** when the current state began (virtual ns), for statistics */
  stateSince: number;
  /** 3.14t: this thread's own clock while on a core; GIL models: unused */
  clock: number;
  /** 3.14t: when its OS time slice ends */
  sliceEnd: number;
  /** GIL waiting: switch number seen when the current interval wait began */
  savedSwitchNumber: number;
  finished: boolean;
  /** the current source line (kept by the runner's line tracer, for deadlock reports) */
  line: number;
  /** string id of the file of `line` (the LINE event's `b`) */
  lineFile: number;
  /** PCT priority (higher runs first) */
  priority: number;
  /**
   * Instruction-equivalents to charge on top of the slice's instruction count: each traced
   * name/attribute/item access costs `CostModel.accessInstructions` more (COST.md).
   */
  extraCost: number;
  result?: { kind: 'finished'; value: unknown } | { kind: 'raised'; exception: unknown };
  stats: ThreadStats;
}
