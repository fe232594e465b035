import type { EventKindCode } from './event-kinds';
import { StringTable } from './string-table';

/** One decoded event (for tests, exporters and findings; the log itself stores typed arrays). */
export interface TraceEvent {
  time: number;
  kind: EventKindCode;
  thread: number;
  a: number;
  b: number;
  c: number;
}

/** Receives every event as it is emitted, including ones the capped log later drops. */
export interface TraceListener {
  onEvent(time: number, kind: EventKindCode, thread: number, a: number, b: number, c: number): void;
}

export const BYTES_PER_EVENT = 24; // Float64 time + 4 × Int32 (kind|thread, a, b, c)
const THREAD_BITS = 24;
const THREAD_MASK = (1 << THREAD_BITS) - 1;

/**
 * Append-only event log in two typed arrays: `times` (Float64, exact integer ns up to 2^53)
 * and `fields` (Int32 × 4: kind<<24 | thread, a, b, c) — 24 bytes per event.
 *
 * Cap with graceful degradation: the first half of the capacity keeps the start of the run,
 * the second half is a ring of the most recent events; `dropped` counts what fell out between.
 */
export class TraceLog {
  readonly strings = new StringTable();
  readonly listeners: TraceListener[] = [];
  readonly capacity: number;
  private readonly headCap: number;
  private times: Float64Array;
  private fields: Int32Array;
  private count = 0; // events stored (≤ capacity)
  private ringStart = 0; // index (within the ring part) of the oldest ring event
  dropped = 0;
  /** Events of these kinds reach listeners but are not stored (e.g. ACCESS, which is huge). */
  readonly unstoredKinds = new Set<number>();

  constructor(capacity = 1 << 20) {
    this.capacity = Math.max(4, capacity);
    this.headCap = this.capacity >> 1;
    const initial = Math.min(this.capacity, 4096);
    this.times = new Float64Array(initial);
    this.fields = new Int32Array(initial * 4);
  }

  get length(): number {
    return this.count;
  }

  emit(time: number, kind: EventKindCode, thread: number, a = -1, b = -1, c = -1): void {
    for (const l of this.listeners) l.onEvent(time, kind, thread, a, b, c);
    if (this.unstoredKinds.has(kind)) return;
    let slot: number;
    if (this.count < this.capacity) {
      slot = this.count++;
      if (slot >= this.times.length) this.grow();
    } else {
      const ringCap = this.capacity - this.headCap;
      slot = this.headCap + this.ringStart;
      this.ringStart = (this.ringStart + 1) % ringCap;
      this.dropped++;
    }
    this.times[slot] = time;
    const f = slot * 4;
    this.fields[f] = (kind << THREAD_BITS) | (thread & THREAD_MASK);
    this.fields[f + 1] = a;
    this.fields[f + 2] = b;
    this.fields[f + 3] = c;
  }

  /** Interns a string for an event field. */
  str(s: string): number {
    return this.strings.intern(s);
  }

  private grow(): void {
    const n = Math.min(this.capacity, this.times.length * 2);
    const t = new Float64Array(n);
    t.set(this.times);
    const f = new Int32Array(n * 4);
    f.set(this.fields);
    this.times = t;
    this.fields = f;
  }

  /** Storage slot of the i-th event in time order. */
  private slotOf(i: number): number {
    if (i < this.headCap || this.dropped === 0) return i;
    const ringCap = this.capacity - this.headCap;
    return this.headCap + ((this.ringStart + (i - this.headCap)) % ringCap);
  }

  get(i: number): TraceEvent {
    const s = this.slotOf(i);
    const w = this.fields[s * 4];
    return {
      time: this.times[s],
      kind: (w >>> THREAD_BITS) as EventKindCode,
      thread: w & THREAD_MASK,
      a: this.fields[s * 4 + 1],
      b: this.fields[s * 4 + 2],
      c: this.fields[s * 4 + 3],
    };
  }

  *events(): IterableIterator<TraceEvent> {
    for (let i = 0; i < this.count; i++) yield this.get(i);
  }

  /** Index at which the dropped gap sits (events before it are the kept head), or -1. */
  get gapIndex(): number {
    return this.dropped ? this.headCap : -1;
  }

  /** Canonical bytes (events in order + string table): identical runs give identical bytes. */
  toBytes(): Uint8Array {
    const strings = new TextEncoder().encode(JSON.stringify(this.strings.strings));
    const out = new Uint8Array(8 + this.count * BYTES_PER_EVENT + strings.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, this.count, true);
    view.setUint32(4, this.dropped, true);
    let p = 8;
    for (let i = 0; i < this.count; i++) {
      const s = this.slotOf(i);
      view.setFloat64(p, this.times[s], true);
      for (let k = 0; k < 4; k++) view.setInt32(p + 8 + k * 4, this.fields[s * 4 + k], true);
      p += BYTES_PER_EVENT;
    }
    out.set(strings, p);
    return out;
  }
}
