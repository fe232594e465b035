/**
 * Lost updates: thread T reads location L, another thread writes L, then T writes L — T's
 * write was computed from a stale value and overwrites the other thread's update
 * (`counter += 1` split between its load and its store).
 *
 * The read and the write must be close in the source (same line, or a few lines apart as in
 * `tmp = counter; time.sleep(0); counter = tmp + 1`) so that unrelated reads long before a
 * write (`while not done: …` then `done = True`) are not mistaken for read-modify-writes.
 */
export const RMW_MAX_LINE_SPAN = 5;

export interface LostUpdate {
  time: number;
  /** location id (a string-table id in the trace) */
  location: number;
  /** the thread whose write overwrote … */
  thread: number;
  readLine: number;
  writeLine: number;
  /** … the update made by this thread, which was lost */
  overwrittenThread: number;
  overwrittenLine: number;
  /** how many writes by other threads this write erased (all made since the stale read) */
  erased: number;
}

interface WriteInfo {
  seq: number;
  thread: number;
  line: number;
  /** writes to this location so far */
  count: number;
}

/** Individual lost updates kept for the timeline; beyond this only the counts grow. */
export const MAX_KEPT = 10_000;

export class LostUpdateDetector {
  /** the first MAX_KEPT lost updates, in time order */
  readonly found: LostUpdate[] = [];
  /** per location and write line: count and first occurrence */
  private readonly groups = new Map<string, { location: number; line: number; count: number; erased: number; first: LostUpdate }>();
  total = 0;
  /** writes by other threads erased by all lost updates */
  erasedTotal = 0;
  private readonly lastWrite = new Map<number, WriteInfo>();
  /** key location × 65536 + thread → write seq seen by that thread's last read, and its line */
  private readonly lastRead = new Map<number, { seen: number; seenCount: number; line: number }>();
  private seq = 0;

  onRead(time: number, thread: number, location: number, line: number): void {
    void time;
    const w = this.lastWrite.get(location);
    const key = location * 65536 + (thread & 0xffff);
    const r = this.lastRead.get(key);
    if (r) {
      r.seen = w ? w.seq : 0;
      r.seenCount = w ? w.count : 0;
      r.line = line;
    } else this.lastRead.set(key, { seen: w ? w.seq : 0, seenCount: w ? w.count : 0, line });
  }

  onWrite(time: number, thread: number, location: number, line: number): void {
    const key = location * 65536 + (thread & 0xffff);
    const r = this.lastRead.get(key);
    const w = this.lastWrite.get(location);
    if (
      r &&
      w &&
      w.seq !== r.seen &&
      w.thread !== thread &&
      line >= r.line &&
      line - r.line <= RMW_MAX_LINE_SPAN
    ) {
      const lu: LostUpdate = {
        time,
        location,
        thread,
        readLine: r.line,
        writeLine: line,
        overwrittenThread: w.thread,
        overwrittenLine: w.line,
        // this thread's own writes since its read would have cleared the read: all are others'
        erased: w.count - r.seenCount,
      };
      this.total++;
      this.erasedTotal += lu.erased;
      if (this.found.length < MAX_KEPT) this.found.push(lu);
      const k = `${location}:${line}`;
      const g = this.groups.get(k);
      if (g) {
        g.count++;
        g.erased += lu.erased;
      } else this.groups.set(k, { location, line, count: 1, erased: lu.erased, first: lu });
    }
    this.lastRead.delete(key);
    if (w) {
      w.seq = ++this.seq;
      w.thread = thread;
      w.line = line;
      w.count++;
    } else this.lastWrite.set(location, { seq: ++this.seq, thread, line, count: 1 });
  }

  /** Lost updates grouped by location and write line: count and first occurrence. */
  summary(): { location: number; line: number; count: number; erased: number; first: LostUpdate }[] {
    return [...this.groups.values()].map((g) => ({ ...g }));
  }

  /** Locations where at least one update was lost. */
  locations(): Set<number> {
    return new Set([...this.groups.values()].map((g) => g.location));
  }
}
