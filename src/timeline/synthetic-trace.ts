// A generated trace of any size for the timeline bench (`?bench-trace=1000000`): threads
// taking turns with the GIL, drop requests, locks with owners and waiters, output and lost
// updates — the same event kinds and rules a real run produces, at a size no lesson reaches.
import { EventKind, FindingKind, ObjectKind, SyncOp, ThreadState } from '../trace/event-kinds';
import type { TraceTransfer } from '../worker/trace-transfer';

const THREADS = 9;
const LOCKS = 3;

export function syntheticTrace(targetEvents: number, seed = 1): TraceTransfer {
  const times = new Float64Array(targetEvents + 64);
  const fields = new Int32Array((targetEvents + 64) * 4);
  const strings: string[] = [];
  const str = (s: string) => {
    const k = strings.indexOf(s);
    return k >= 0 ? k : strings.push(s) - 1;
  };
  let n = 0;
  const emit = (time: number, kind: number, thread: number, a = -1, b = -1, c = -1) => {
    times[n] = time;
    fields[n * 4] = (kind << 24) | thread;
    fields[n * 4 + 1] = a;
    fields[n * 4 + 2] = b;
    fields[n * 4 + 3] = c;
    n++;
  };
  let state = seed >>> 0 || 1;
  const rand = () => {
    // xorshift32: deterministic, fast
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  let t = 0;
  for (let th = 0; th < THREADS; th++) {
    emit(t, EventKind.THREAD_CREATED, th, th === 0 ? -1 : 0, str(th === 0 ? 'MainThread' : `Thread-${th} (worker)`), 0);
    emit(t, EventKind.THREAD_STARTED, th);
    emit(t, EventKind.STATE, th, ThreadState.WAITING_GIL);
  }
  for (let k = 0; k < LOCKS; k++) {
    emit(t, EventKind.OBJECT_CREATED, 0, 100 + k, ObjectKind.LOCK, -1);
    emit(t, EventKind.OBJECT_LABELLED, 0, 100 + k, -1, str(`lock_${String.fromCharCode(97 + k)}`));
  }
  const counter = str('counter');
  const tick = str('tick\n');
  const holds = new Int32Array(THREADS).fill(-1); // lock each thread holds
  const owner = new Int32Array(LOCKS).fill(-1);
  const blockedOn = new Int32Array(THREADS).fill(-1);
  let holder = 0;
  emit(t, EventKind.GIL_ACQUIRE, 0, -1);
  emit(t, EventKind.STATE, 0, ThreadState.RUNNING);
  while (n < targetEvents) {
    t += 1000 + Math.floor(rand() * 20_000);
    const th = holder;
    emit(t, EventKind.LINE, th, 5 + Math.floor(rand() * 10), -1);
    const r = rand();
    if (holds[th] >= 0) {
      // release the lock it holds; a waiter gets it
      const k = holds[th];
      emit(t, EventKind.SYNC, th, SyncOp.RELEASE, 100 + k);
      holds[th] = -1;
      owner[k] = -1;
      for (let w = 0; w < THREADS; w++) {
        if (blockedOn[w] === k) {
          blockedOn[w] = -1;
          emit(t, EventKind.STATE, w, ThreadState.WAITING_GIL);
          emit(t, EventKind.SYNC, w, SyncOp.ACQUIRE, 100 + k);
          holds[w] = k;
          owner[k] = w;
          break;
        }
      }
    } else if (r < 0.2) {
      const k = Math.floor(rand() * LOCKS);
      if (owner[k] < 0) {
        emit(t, EventKind.SYNC, th, SyncOp.ACQUIRE, 100 + k);
        owner[k] = th;
        holds[th] = k;
      } else {
        emit(t, EventKind.SYNC, th, SyncOp.REQUEST, 100 + k);
        emit(t, EventKind.STATE, th, ThreadState.BLOCKED, 100 + k);
        blockedOn[th] = k;
      }
    } else if (r < 0.25) {
      emit(t, EventKind.OUTPUT, th, 1, tick);
    } else if (r < 0.27) {
      emit(t, EventKind.FINDING, th, FindingKind.LOST_UPDATE, counter, 9);
    }
    // hand the GIL to the next runnable thread (after a drop request now and then)
    let next = -1;
    for (let step = 1; step <= THREADS; step++) {
      const cand = (th + step + Math.floor(rand() * 3)) % THREADS;
      if (blockedOn[cand] < 0 && cand !== th) {
        next = cand;
        break;
      }
    }
    if (next < 0) continue;
    if (rand() < 0.5) emit(t, EventKind.DROP_REQUEST, next, th);
    t += 200 + Math.floor(rand() * 2000);
    emit(t, EventKind.GIL_RELEASE, th, blockedOn[th] >= 0 ? 1 : 0);
    if (blockedOn[th] < 0) emit(t, EventKind.STATE, th, ThreadState.WAITING_GIL);
    emit(t, EventKind.GIL_ACQUIRE, next, th);
    emit(t, EventKind.STATE, next, ThreadState.RUNNING);
    holder = next;
  }
  return {
    times: times.subarray(0, n).slice(),
    fields: fields.subarray(0, n * 4).slice(),
    count: n,
    dropped: 0,
    gapIndex: -1,
    strings,
    endTime: t,
    findings: null,
  };
}
