// bytearray's mutators (item/slice assignment and deletion, append/extend/insert/pop/remove…).
import { defineMethods, None, typeOf, type PyObject, type Gen } from './base';
import { PyBytes, bytearrayType, bytesLike } from './bytes';
import { PySlice, sliceIndices } from './range';
import { pyErr, TypeError, ValueError, IndexError } from './exceptions';
import { toIndex } from './argparse';
import { toArray } from './iteration';
import { indexValue } from './sequence';

function byteValue(x: PyObject): number {
  if (typeof x !== 'number' && typeof x !== 'boolean' && typeof x !== 'bigint' && !(typeof x === 'object' && x.cls.lookup('__index__'))) {
    throw pyErr(TypeError, `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  }
  const n = toIndex(x);
  if (n < 0 || n > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
  return n;
}

function* bytesOfIterable(x: PyObject): Gen<Uint8Array> {
  const d = bytesLike(x);
  if (d) return d.slice();
  if (typeof x === 'string') throw pyErr(TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  if (typeof x === 'number') throw pyErr(TypeError, `can't extend bytearray with int`);
  const items = yield* toArray(x);
  return Uint8Array.from(items, byteValue);
}

function splice(b: PyBytes, start: number, del: number, ins: Uint8Array): void {
  const d = b.data;
  const r = new Uint8Array(d.length - del + ins.length);
  r.set(d.subarray(0, start));
  r.set(ins, start);
  r.set(d.subarray(start + del), start + ins.length);
  b.data = r;
}

const self = (a: PyObject[]) => a[0] as PyBytes;

defineMethods(bytearrayType, {
  *__setitem__(a) {
    const b = self(a);
    const k = a[1];
    if (k instanceof PySlice) {
      const ins = yield* bytesOfIterable(a[2]);
      const [start, stop, step, count] = sliceIndices(k, b.data.length);
      if (step === 1) splice(b, start, Math.max(0, stop - start), ins);
      else {
        if (ins.length !== count) throw pyErr(ValueError, `attempt to assign bytes of size ${ins.length} to extended slice of size ${count}`);
        for (let i = 0, j = start; i < count; i++, j += step) b.data[j] = ins[i];
      }
      return None;
    }
    let i = indexValue(k, 'bytearray');
    if (i < 0) i += b.data.length;
    if (i < 0 || i >= b.data.length) throw pyErr(IndexError, 'bytearray index out of range');
    b.data[i] = byteValue(a[2]);
    return None;
  },
  __delitem__: (a) => {
    const b = self(a);
    const k = a[1];
    if (k instanceof PySlice) {
      const [start, stop, step, count] = sliceIndices(k, b.data.length);
      if (step === 1) splice(b, start, Math.max(0, stop - start), new Uint8Array(0));
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
        b.data = b.data.filter((_, i) => !drop.has(i));
      }
      return None;
    }
    let i = indexValue(k, 'bytearray');
    if (i < 0) i += b.data.length;
    if (i < 0 || i >= b.data.length) throw pyErr(IndexError, 'bytearray index out of range');
    splice(b, i, 1, new Uint8Array(0));
    return None;
  },
  append: (a) => {
    const b = self(a);
    splice(b, b.data.length, 0, Uint8Array.of(byteValue(a[1])));
    return None;
  },
  *extend(a) {
    const b = self(a);
    splice(b, b.data.length, 0, yield* bytesOfIterable(a[1]));
    return None;
  },
  __iadd__: (a) => {
    const d = bytesLike(a[1]);
    if (!d) throw pyErr(TypeError, `can't concat ${typeOf(a[1]).name} to bytearray`);
    const b = self(a);
    splice(b, b.data.length, 0, d.slice());
    return b;
  },
  __imul__: (a) => {
    const b = self(a);
    const n = Math.max(0, toIndex(a[1]));
    const r = new Uint8Array(b.data.length * n);
    for (let i = 0; i < n; i++) r.set(b.data, i * b.data.length);
    b.data = r;
    return b;
  },
  insert: (a) => {
    const b = self(a);
    let i = toIndex(a[1]);
    const n = b.data.length;
    if (i < 0) i = Math.max(0, i + n);
    splice(b, Math.min(i, n), 0, Uint8Array.of(byteValue(a[2])));
    return None;
  },
  pop: (a) => {
    const b = self(a);
    const n = b.data.length;
    if (n === 0) throw pyErr(IndexError, 'pop from empty bytearray');
    let i = a[1] === undefined ? -1 : toIndex(a[1]);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw pyErr(IndexError, 'pop index out of range');
    const v = b.data[i];
    splice(b, i, 1, new Uint8Array(0));
    return v;
  },
  remove: (a) => {
    const b = self(a);
    const i = b.data.indexOf(byteValue(a[1]));
    if (i < 0) throw pyErr(ValueError, 'value not found in bytearray');
    splice(b, i, 1, new Uint8Array(0));
    return None;
  },
  reverse: (a) => {
    self(a).data.reverse();
    return None;
  },
  clear: (a) => {
    self(a).data = new Uint8Array(0);
    return None;
  },
  copy: (a) => new PyBytes(self(a).data.slice(), bytearrayType),
});
