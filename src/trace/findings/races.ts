import { happensBefore, vcGet, vcJoin, vcTick } from './vector-clock';
import type { VectorClock } from './vector-clock';

/**
 * Data races by happens-before (a simplified FastTrack, Flanagan & Freund 2009): two
 * accesses to the same location from different threads, at least one a write, with no
 * happens-before path between them. Edges: thread start (parent → child), thread exit → join
 * (through the thread's exit lock), lock release → next acquire, and the release-like /
 * acquire-like operations of Event, Condition, Queue, Barrier on the same object.
 */
export interface Race {
  /** location id (a string-table id in the trace) */
  location: number;
  kind: 'write-write' | 'read-write' | 'write-read';
  first: { thread: number; line: number };
  second: { thread: number; line: number; time: number };
}

interface Epoch {
  thread: number;
  clock: number;
  line: number;
}

export class RaceDetector {
  readonly found: Race[] = [];
  /** location → reported line pairs (min line × 65536 + max line) */
  private readonly seen = new Map<number, Set<number>>();
  private readonly clocks: VectorClock[] = [];
  private readonly syncClocks = new Map<number, VectorClock>();
  private readonly writes = new Map<number, Epoch>();
  private readonly reads = new Map<number, Map<number, Epoch>>();

  private vc(t: number): VectorClock {
    let c = this.clocks[t];
    if (!c) {
      c = [];
      vcTick(c, t);
      this.clocks[t] = c;
    }
    return c;
  }

  /** parent starts child: everything the parent did so far happens before the child. */
  onThreadCreated(child: number, parent: number): void {
    const c = this.vc(child);
    if (parent >= 0) {
      vcJoin(c, this.vc(parent));
      vcTick(this.vc(parent), parent);
    }
  }

  /** release-like operation on a sync object (release, set, put, notify, barrier arrival) */
  onRelease(thread: number, object: number): void {
    const vc = this.vc(thread);
    const s = this.syncClocks.get(object) ?? [];
    vcJoin(s, vc);
    this.syncClocks.set(object, s);
    vcTick(vc, thread);
  }

  /** acquire-like operation (acquire, wait returned, get, barrier passed) */
  onAcquire(thread: number, object: number): void {
    const s = this.syncClocks.get(object);
    if (s) vcJoin(this.vc(thread), s);
  }

  onRead(time: number, thread: number, location: number, line: number): void {
    const vc = this.vc(thread);
    const w = this.writes.get(location);
    if (w && w.thread !== thread && !happensBefore(w.thread, w.clock, vc)) {
      this.report(location, 'write-read', w, thread, line, time);
    }
    let rs = this.reads.get(location);
    if (!rs) this.reads.set(location, (rs = new Map()));
    const mine = rs.get(thread);
    if (mine) {
      mine.clock = vcGet(vc, thread);
      mine.line = line;
    } else rs.set(thread, { thread, clock: vcGet(vc, thread), line });
  }

  onWrite(time: number, thread: number, location: number, line: number): void {
    const vc = this.vc(thread);
    const w = this.writes.get(location);
    if (w && w.thread !== thread && !happensBefore(w.thread, w.clock, vc)) {
      this.report(location, 'write-write', w, thread, line, time);
    }
    const rs = this.reads.get(location);
    if (rs) {
      for (const r of rs.values()) {
        if (r.thread !== thread && !happensBefore(r.thread, r.clock, vc)) {
          this.report(location, 'read-write', r, thread, line, time);
        }
      }
      rs.clear();
    }
    if (w) {
      w.thread = thread;
      w.clock = vcGet(vc, thread);
      w.line = line;
    } else this.writes.set(location, { thread, clock: vcGet(vc, thread), line });
  }

  private report(location: number, kind: Race['kind'], first: Epoch, thread: number, line: number, time: number): void {
    // one report per location and pair of source lines
    let pairs = this.seen.get(location);
    if (!pairs) this.seen.set(location, (pairs = new Set()));
    const key = Math.min(first.line, line) * 65536 + Math.max(first.line, line);
    if (pairs.has(key)) return;
    pairs.add(key);
    this.found.push({
      location,
      kind,
      first: { thread: first.thread, line: first.line },
      second: { thread, line, time },
    });
  }
}
