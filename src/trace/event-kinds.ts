/**
 * Event kinds and their field meanings. Every event is one fixed-size record:
 * time (virtual ns), kind, thread, and three int32 fields a, b, c. FORMAT.md is the
 * reference for renderers; keep the two in sync.
 */
export const EventKind = {
  /** a = parent thread (-1 none), b = name (string id), c = 1 if daemon */
  THREAD_CREATED: 1,
  THREAD_STARTED: 2,
  /** a = FinishHow */
  THREAD_FINISHED: 3,
  /** b = new name (string id) */
  THREAD_RENAMED: 4,
  /** a = ThreadState, b = object id blocked on (-1), c = detail string id (-1) */
  STATE: 5,
  /** a = previous holder (-1 none) */
  GIL_ACQUIRE: 6,
  /** a = GilReleaseReason */
  GIL_RELEASE: 7,
  /** thread = the waiter that asked, a = holder asked to drop */
  DROP_REQUEST: 8,
  /** a = SyncOp, b = object id, c = op-specific (timeout µs, count, -1) */
  SYNC: 9,
  /** a = object id, b = ObjectKind, c = id of the object it is part of (-1: user-visible) */
  OBJECT_CREATED: 10,
  /** a = object id, c = label (string id): first name the object was bound to */
  OBJECT_LABELLED: 11,
  /** a = 1 stdout / 2 stderr, b = text (string id) */
  OUTPUT: 12,
  /** a = line number, b = file/code name (string id) */
  LINE: 13,
  /** b = exception type name, c = message (string ids) */
  EXCEPTION: 14,
  /** a = AccessKind, b = location (string id), c = line */
  ACCESS: 15,
  /** a = FindingKind, b = description (string id), c = line */
  FINDING: 16,
} as const;
export type EventKindCode = (typeof EventKind)[keyof typeof EventKind];

export const ThreadState = {
  RUNNING: 1,
  WAITING_GIL: 2,
  BLOCKED: 3,
  SLEEPING: 4,
  IO: 5,
  DONE: 6,
  /** 3.14t only: runnable, but every core is busy */
  WAITING_CORE: 7,
} as const;
export type ThreadStateCode = (typeof ThreadState)[keyof typeof ThreadState];

export const FinishHow = { RETURNED: 0, RAISED: 1, KILLED_AT_EXIT: 2 } as const;

export const GilReleaseReason = { DROP_REQUEST: 0, BLOCKED: 1, FINISHED: 2 } as const;

export const SyncOp = {
  REQUEST: 1,
  ACQUIRE: 2,
  RELEASE: 3,
  TIMEOUT: 4,
  NOTIFY: 5,
  NOTIFY_ALL: 6,
  SET: 7,
  CLEAR: 8,
  WAIT: 9,
  WAIT_DONE: 10,
  PUT: 11,
  GET: 12,
  PASS: 13,
  BROKEN: 14,
  /** acquire(blocking=False) on a held lock */
  TRY_FAILED: 15,
} as const;
export type SyncOpCode = (typeof SyncOp)[keyof typeof SyncOp];

export const ObjectKind = {
  LOCK: 1,
  RLOCK: 2,
  CONDITION: 3,
  SEMAPHORE: 4,
  EVENT: 5,
  BARRIER: 6,
  QUEUE: 7,
} as const;
export type ObjectKindCode = (typeof ObjectKind)[keyof typeof ObjectKind];

export const AccessKind = { READ: 0, WRITE: 1 } as const;

export const FindingKind = { LOST_UPDATE: 1, RACE: 2, DEADLOCK: 3, LOCK_ORDER: 4 } as const;

const invert = (o: Record<string, number>): Record<number, string> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k.toLowerCase()]));

export const EVENT_KIND_NAMES = invert(EventKind);
export const THREAD_STATE_NAMES = invert(ThreadState);
export const SYNC_OP_NAMES = invert(SyncOp);
export const OBJECT_KIND_NAMES = invert(ObjectKind);
