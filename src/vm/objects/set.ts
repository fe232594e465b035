// set and frozenset: a KeyTable for membership plus a mirror of CPython's open-addressing
// slot table, so that iteration order (what print shows) matches CPython's for ints/tuples.
import { PyObj, PyType, makeType, type PyObject } from './base';
import { KeyTable, frozenKeyHook, elementKeyPart } from './hashkey';
import { hashOf } from './operators';

export const setType: PyType = makeType('set', undefined, (cls) => new PySet(cls));
export const frozensetType: PyType = makeType('frozenset', undefined, (cls) => new PySet(cls));
setType.unhashable = true;

const DUMMY = Symbol('dummy');
const LINEAR_PROBES = 9;
type Slot = unknown; // a KeyTable JS key, DUMMY, or undefined (never used)

/** Slot layout of CPython's setobject.c (set_add_entry / set_insert_clean / set_table_resize). */
class SetSlots {
  keys: Slot[] = new Array(8);
  hashes: (number | bigint)[] = new Array(8);
  mask = 7;
  fill = 0;
  used = 0;
  where = new Map<unknown, number>();

  private low(h: number | bigint): number {
    return typeof h === 'number' ? h & this.mask : Number(BigInt.asUintN(32, h)) & this.mask;
  }
  insert(jk: unknown, h: number | bigint): void {
    const mask = this.mask;
    let i = this.low(h);
    let perturb = -1n;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            this.put(freeslot, jk, h);
            this.used++;
            return;
          }
          this.put(j, jk, h);
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (k === DUMMY && freeslot < 0) freeslot = j;
        j++;
      } while (probes-- > 0);
      if (perturb < 0n) perturb = BigInt.asUintN(64, BigInt(h));
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }
  private put(i: number, jk: unknown, h: number | bigint): void {
    this.keys[i] = jk;
    this.hashes[i] = h;
    this.where.set(jk, i);
  }
  private insertClean(jk: unknown, h: number | bigint): void {
    const mask = this.mask;
    let i = this.low(h);
    let perturb = -1n;
    for (;;) {
      if (this.keys[i] === undefined) return this.put(i, jk, h);
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys[i + j] === undefined) return this.put(i + j, jk, h);
        }
      }
      if (perturb < 0n) perturb = BigInt.asUintN(64, BigInt(h));
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }
  private resize(minused: number): void {
    let size = 8;
    while (size <= minused) size <<= 1;
    const oldKeys = this.keys, oldHashes = this.hashes;
    this.keys = new Array(size);
    this.hashes = new Array(size);
    this.mask = size - 1;
    this.where.clear();
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[i]);
    }
    this.fill = this.used;
  }
  remove(jk: unknown): void {
    const i = this.where.get(jk);
    if (i === undefined) return;
    this.keys[i] = DUMMY;
    this.where.delete(jk);
    this.used--;
  }
  clear(): void {
    this.keys = new Array(8);
    this.hashes = new Array(8);
    this.mask = 7;
    this.fill = this.used = 0;
    this.where.clear();
  }
  *order(): Generator<unknown> {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) yield k;
    }
  }
}

export class PySet extends PyObj {
  table = new KeyTable();
  slots = new SetSlots();
  constructor(cls: PyType = setType) {
    super(cls);
  }
  add(x: PyObject): void {
    const before = this.table.size;
    this.table.set(x, x);
    if (this.table.size !== before) this.slots.insert(this.table.lookupKey(x), hashOf(x));
  }
  has(x: PyObject): boolean {
    return this.table.has(x);
  }
  /** Remove x; false when absent. */
  discard(x: PyObject): boolean {
    const jk = this.table.lookupKey(x);
    if (jk === undefined || !this.table.map.has(jk)) return false;
    this.table.delete(x);
    this.slots.remove(jk);
    return true;
  }
  clear(): void {
    this.table.clear();
    this.slots.clear();
  }
  /** Become a copy of another set (CPython copies the table as is). */
  copyFrom(o: PySet): void {
    this.clear();
    for (const x of o.values()) this.add(x);
  }
  get size(): number {
    return this.table.size;
  }
  *values(): Generator<PyObject> {
    const m = this.table.map;
    for (const jk of this.slots.order()) yield m.get(jk)!;
  }
  snapshot(): PyObject[] {
    return [...this.values()];
  }
}

export function isFrozen(x: PyObject): boolean {
  return x instanceof PySet && x.cls.isSubtypeOf(frozensetType);
}
frozenKeyHook.isFrozen = isFrozen;
frozenKeyHook.parts = (x) => [...(x as PySet).values()].map(elementKeyPart).sort();
