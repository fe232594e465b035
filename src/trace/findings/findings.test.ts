import { describe, expect, it } from 'vitest';
import { AccessKind, EventKind, ObjectKind, SyncOp, ThreadState } from '../event-kinds';
import { TraceLog } from '../trace-log';
import { FindingsCollector } from './collector';
import { formatDeadlockReport, formatFindingsReport } from './report';

/** Builds a synthetic event stream with a live collector. */
function stream() {
  const log = new TraceLog();
  const c = new FindingsCollector(log.strings);
  log.listeners.push(c);
  let t = 0;
  const thread = (id: number, name: string, parent = 0) =>
    log.emit(t++, EventKind.THREAD_CREATED, id, parent, log.str(name), 0);
  const access = (th: number, kind: 'r' | 'w', loc: string, line: number) =>
    log.emit(t++, EventKind.ACCESS, th, kind === 'r' ? AccessKind.READ : AccessKind.WRITE, log.str(loc), line);
  const lock = (id: number, label: string, partOf = -1) => {
    log.emit(t++, EventKind.OBJECT_CREATED, 0, id, ObjectKind.LOCK, partOf);
    if (label) log.emit(t++, EventKind.OBJECT_LABELLED, 0, id, -1, log.str(label));
  };
  const line = (th: number, n: number) => log.emit(t++, EventKind.LINE, th, n, log.str('<main>'));
  const sync = (th: number, op: number, obj: number, at?: number) => {
    if (at !== undefined) t = at;
    log.emit(t++, EventKind.SYNC, th, op, obj);
  };
  const state = (th: number, s: number, at: number) => {
    t = at;
    log.emit(t++, EventKind.STATE, th, s);
  };
  return { log, c, thread, access, lock, line, sync, state };
}

describe('lost updates', () => {
  it('detects a read-modify-write overwritten in between', () => {
    const s = stream();
    s.thread(0, 'MainThread', -1);
    s.thread(1, 'Thread-1 (worker)');
    s.thread(2, 'Thread-2 (worker)');
    s.access(1, 'r', 'counter', 7); // T1 reads 0
    s.access(2, 'r', 'counter', 7); // T2 reads 0
    s.access(2, 'w', 'counter', 7); // T2 writes 1
    s.access(1, 'w', 'counter', 7); // T1 writes 1: T2's update is lost
    s.access(2, 'r', 'counter', 7);
    s.access(2, 'w', 'counter', 7); // fine: nothing in between
    const f = s.c.findings();
    expect(f.lostUpdates).toHaveLength(1);
    expect(f.lostUpdates[0]).toMatchObject({ location: 'counter', line: 7, count: 1 });
    expect(f.lostUpdates[0].first).toMatchObject({ thread: 1, overwrittenThread: 2 });
    expect(formatFindingsReport(f, s.c)).toContain('lost updates: 1');
  });

  it('ignores far-apart reads and sequential access', () => {
    const s = stream();
    s.thread(0, 'MainThread', -1);
    s.thread(1, 'T1');
    s.thread(2, 'T2');
    s.access(1, 'r', 'done', 3); // while not done
    s.access(2, 'w', 'done', 20);
    s.access(1, 'w', 'done', 30); // unrelated write much later
    expect(s.c.findings().lostUpdates).toHaveLength(0);
  });
});

describe('data races', () => {
  it('reports unsynchronised conflicting accesses that lost nothing', () => {
    const s = stream();
    s.thread(0, 'MainThread', -1);
    s.thread(1, 'T1');
    s.thread(2, 'T2');
    s.access(1, 'w', 'result', 4);
    s.access(2, 'r', 'result', 9);
    const f = s.c.findings();
    expect(f.races).toHaveLength(1);
    expect(f.races[0]).toMatchObject({ location: 'result', kind: 'write-read' });
  });

  it('lock release → acquire orders the accesses', () => {
    const s = stream();
    s.thread(0, 'MainThread', -1);
    s.lock(10, 'lock');
    s.thread(1, 'T1');
    s.thread(2, 'T2');
    s.sync(1, SyncOp.ACQUIRE, 10);
    s.access(1, 'r', 'balance', 4);
    s.access(1, 'w', 'balance', 4);
    s.sync(1, SyncOp.RELEASE, 10);
    s.sync(2, SyncOp.ACQUIRE, 10);
    s.access(2, 'r', 'balance', 4);
    s.access(2, 'w', 'balance', 4);
    s.sync(2, SyncOp.RELEASE, 10);
    expect(s.c.findings().races).toHaveLength(0);
  });

  it('thread start orders the parent’s earlier writes; Event set → wait orders later ones', () => {
    const s = stream();
    s.thread(0, 'MainThread', -1);
    s.access(0, 'w', 'config', 1);
    s.thread(1, 'T1', 0);
    s.access(1, 'r', 'config', 5);
    s.access(0, 'w', 'data', 2);
    s.sync(0, SyncOp.SET, 20);
    s.sync(1, SyncOp.WAIT_DONE, 20);
    s.access(1, 'r', 'data', 6);
    expect(s.c.findings().races).toHaveLength(0);
  });
});

describe('deadlocks and lock order', () => {
  function twoLocks(deadlock: boolean) {
    const s = stream();
    s.thread(0, 'MainThread', -1);
    s.lock(1, 'lock_a');
    s.lock(2, 'lock_b');
    s.thread(1, 'Thread-1 (thread_1)');
    s.thread(2, 'Thread-2 (thread_2)');
    s.line(1, 8);
    s.sync(1, SyncOp.ACQUIRE, 1);
    s.line(2, 14);
    s.sync(2, SyncOp.ACQUIRE, 2);
    s.line(1, 10);
    s.sync(1, SyncOp.REQUEST, 2);
    s.line(2, 16);
    s.sync(2, SyncOp.REQUEST, 1);
    if (!deadlock) {
      s.sync(2, SyncOp.TIMEOUT, 1);
      s.sync(2, SyncOp.RELEASE, 2);
      s.sync(1, SyncOp.ACQUIRE, 2);
    }
    return s;
  }

  it('finds the wait-for cycle with lock names and lines', () => {
    const s = twoLocks(true);
    const cycle = s.c.deadlockCycle();
    expect(cycle?.steps.map((x) => [x.thread, x.waitsFor, x.heldBy])).toEqual([
      [1, 2, 2],
      [2, 1, 1],
    ]);
    const report = formatDeadlockReport(s.c, [0, 1, 2]);
    expect(report).toMatch(/^Deadlock: /);
    expect(report).toContain('Thread-1 (thread_1) waits for lock_b at line 10; it is held by Thread-2 (thread_2), which took it at line 14');
    expect(report).toContain('Thread-2 (thread_2) waits for lock_a at line 16');
  });

  it('reports the lock-order inversion even when a timeout avoided the deadlock', () => {
    const s = twoLocks(false);
    expect(s.c.deadlockCycle()).toBeNull();
    const inv = s.c.findings().lockOrderInversions;
    expect(inv).toHaveLength(1);
    expect(formatFindingsReport(s.c.findings(), s.c)).toContain('takes lock_a (line 8) then lock_b (line 10)');
  });

  it('a Condition waiter parked on its own internal lock is not a deadlock cycle', () => {
    const s = stream();
    s.thread(0, 'MainThread', -1);
    s.lock(5, '', 4);
    s.sync(0, SyncOp.ACQUIRE, 5);
    s.sync(0, SyncOp.REQUEST, 5);
    expect(s.c.deadlockCycle()).toBeNull();
    // a plain user Lock acquired twice by the same thread is one
    s.lock(6, 'lock');
    s.sync(0, SyncOp.TIMEOUT, 5);
    s.sync(0, SyncOp.ACQUIRE, 6);
    s.sync(0, SyncOp.REQUEST, 6);
    expect(s.c.deadlockCycle()?.steps).toHaveLength(1);
  });
});

describe('contention and thread times', () => {
  it('counts contended acquisitions, wait time and GIL time per thread', () => {
    const s = stream();
    s.thread(0, 'MainThread', -1);
    s.lock(1, 'lock');
    s.state(0, ThreadState.RUNNING, 0);
    s.sync(0, SyncOp.ACQUIRE, 1, 10);
    s.sync(1, SyncOp.REQUEST, 1, 100);
    s.sync(0, SyncOp.RELEASE, 1, 600);
    s.sync(1, SyncOp.ACQUIRE, 1, 700);
    s.state(0, ThreadState.WAITING_GIL, 1000);
    s.state(0, ThreadState.RUNNING, 3000);
    const f = s.c.findings(4000);
    expect(f.locks[0]).toMatchObject({ name: 'lock', acquisitions: 2, contended: 1, totalWaitNs: 600, maxWaitNs: 600 });
    expect(f.threads[0]).toMatchObject({ name: 'MainThread', runningNs: 2000, waitingGilNs: 2000 });
  });
});
