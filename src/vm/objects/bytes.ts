// bytes (immutable) and bytearray (mutable) share one JS class: a Uint8Array plus the Python
// type. This file holds the type objects, repr, construction and the container dunders;
// the text-like methods are in bytes-methods.ts, the mutators in bytearray.ts.
import { PyObj, PyType, makeType, defineMethods, None, NotImplemented, typeOf, type PyObject, type NativeGen, type Gen, CallReq } from './base';
import { PyTuple } from './tuple';
import { PySlice, sliceIndices } from './range';
import { pyErr, TypeError, ValueError, IndexError, StopIteration, MemoryError } from './exceptions';
import { toArray } from './iteration';
import { toIndex } from './argparse';
import { indexValue } from './sequence';
import { PyArrayIter, makeIterType } from './bytes-iter';
import { frozenKeyHook } from './hashkey';
import { encodeText } from './codecs';

export const bytesType: PyType = makeType('bytes', undefined, (cls) => new PyBytes(new Uint8Array(0), cls));
export const bytearrayType: PyType = makeType('bytearray', undefined, (cls) => new PyBytes(new Uint8Array(0), cls));
bytearrayType.unhashable = true;

export class PyBytes extends PyObj {
  constructor(
    /** The content; a bytearray replaces it when it changes size. */
    public data: Uint8Array,
    cls: PyType = bytesType,
  ) {
    super(cls);
  }
}

/** True for a bytearray (or subclass) — the mutable flavour. */
export function isByteArray(x: PyObject): x is PyBytes {
  return x instanceof PyBytes && (x.cls === bytearrayType || x.cls.mro.includes(bytearrayType));
}

/** A new bytes or bytearray of the same flavour as `like` (subclasses give the base type). */
export function sameKind(like: PyBytes, d: Uint8Array): PyBytes {
  return new PyBytes(d, isByteArray(like) ? bytearrayType : bytesType);
}

export function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
}
export function fromLatin1(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i) & 0xff;
  return d;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 34 : 39;
  let out = '';
  for (const c of b) {
    if (c === 92) out += '\\\\';
    else if (c === q) out += '\\' + String.fromCharCode(q);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  const qc = String.fromCharCode(q);
  return 'b' + qc + out + qc;
}

/** Kept for callers that encode text (str.encode, io): raises UnicodeEncodeError like CPython. */
export function encodeString(s: string, enc: string, errors = 'strict'): PyBytes {
  return new PyBytes(encodeText(s, enc, errors));
}

/** The bytes of a bytes-like argument, or null. */
export function bytesLike(x: PyObject): Uint8Array | null {
  return x instanceof PyBytes ? x.data : null;
}
export function needBytesLike(x: PyObject): Uint8Array {
  if (x instanceof PyBytes) return x.data;
  throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(x).name}'`);
}

function checkByte(n: number, what = 'bytes must be in range(0, 256)'): number {
  if (n < 0 || n > 255) throw pyErr(ValueError, what);
  return n;
}

/** The content for bytes(x) / bytearray(x) (x not a str): int count, buffer, __bytes__ or iterable. */
function* contentOf(x: PyObject, typeName: string): Gen<Uint8Array> {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    const n = toIndex(x);
    if (n < 0) throw pyErr(ValueError, 'negative count');
    if (n > 2 ** 31) throw pyErr(MemoryError);
    return new Uint8Array(n);
  }
  if (x instanceof PyBytes) return x.data.slice();
  if (typeof x === 'string') throw pyErr(TypeError, typeName === 'bytes' ? 'string argument without an encoding' : 'string argument without an encoding');
  if (typeof x === 'object') {
    const m = x.cls.lookup('__bytes__');
    if (m !== undefined && typeName === 'bytes') {
      const r = yield new CallReq(m, [x]);
      if (!(r instanceof PyBytes)) throw pyErr(TypeError, `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      return r.data.slice();
    }
    if (x.cls.lookup('__iter__') === undefined && x.cls.lookup('__getitem__') === undefined && x.cls.lookup('__index__') === undefined) {
      throw pyErr(TypeError, `cannot convert '${typeOf(x).name}' object to ${typeName}`);
    }
    if (x.cls.lookup('__index__') !== undefined && x.cls.lookup('__iter__') === undefined) {
      const n = toIndex(x);
      if (n < 0) throw pyErr(ValueError, 'negative count');
      return new Uint8Array(n);
    }
  }
  const items = (yield* toArray(x)) as PyObject[];
  const out = new Uint8Array(items.length);
  items.forEach((v, i) => {
    out[i] = checkByte(toIndex(v));
  });
  return out;
}

function* fromArgs(a: PyObject[], kw: Map<string, PyObject> | null, typeName: string): Gen<Uint8Array> {
  const x = a[1] ?? kw?.get('source');
  const enc = a[2] ?? kw?.get('encoding');
  const errors = a[3] ?? kw?.get('errors');
  if (x === undefined) {
    if (enc !== undefined) throw pyErr(TypeError, 'encoding without a string argument');
    return new Uint8Array(0);
  }
  if (typeof x === 'string') {
    if (enc === undefined) throw pyErr(TypeError, 'string argument without an encoding');
    if (typeof enc !== 'string') throw pyErr(TypeError, `${typeName}() argument 'encoding' must be str, not ${typeOf(enc).name}`);
    return encodeText(x, enc, typeof errors === 'string' ? errors : 'strict');
  }
  if (enc !== undefined) throw pyErr(TypeError, 'encoding without a string argument');
  return yield* contentOf(x, typeName);
}

export function* bytesNew(a: PyObject[], kw: Map<string, PyObject> | null = null): NativeGen {
  const cls = a[0] as PyType;
  const x = a[1];
  if (cls === bytesType && x instanceof PyBytes && x.cls === bytesType && a.length === 2) return x;
  return new PyBytes(yield* fromArgs(a, kw, 'bytes'), cls);
}

const bytesIterType = makeIterType('bytes_iterator');

function cmpBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function getItemOf(self: PyBytes, k: PyObject, what: string): PyObject {
  const d = self.data;
  if (k instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(k, d.length);
    if (step === 1) return sameKind(self, d.slice(start, Math.max(start, stop)));
    const r = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) r[i] = d[j];
    return sameKind(self, r);
  }
  let i = indexValue(k, what);
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) throw pyErr(IndexError, what === 'byte' ? 'index out of range' : `${what} index out of range`);
  return d[i];
}

function concat(x: Uint8Array, y: Uint8Array): Uint8Array {
  const r = new Uint8Array(x.length + y.length);
  r.set(x);
  r.set(y, x.length);
  return r;
}

function repeat(d: Uint8Array, nObj: PyObject): Uint8Array {
  if (typeof nObj !== 'number' && typeof nObj !== 'bigint' && typeof nObj !== 'boolean' && !(typeof nObj === 'object' && nObj.cls.lookup('__index__'))) {
    throw pyErr(TypeError, `can't multiply sequence by non-int of type '${typeOf(nObj).name}'`);
  }
  const n = Math.max(0, toIndex(nObj));
  if (d.length * n > 2 ** 31) throw pyErr(MemoryError);
  const r = new Uint8Array(d.length * n);
  for (let i = 0; i < n; i++) r.set(d, i * d.length);
  return r;
}

// Methods shared by bytes and bytearray.
for (const t of [bytesType, bytearrayType]) {
  const what = t === bytesType ? 'index' : 'bytearray';
  defineMethods(t, {
    __len__: (a) => (a[0] as PyBytes).data.length,
    __iter__: (a) => new PyArrayIter(Array.from((a[0] as PyBytes).data), bytesIterType),
    __eq__: (a) => {
      const o = bytesLike(a[1]);
      if (!o) return NotImplemented;
      return cmpBytes((a[0] as PyBytes).data, o) === 0;
    },
    __ne__: (a) => {
      const o = bytesLike(a[1]);
      if (!o) return NotImplemented;
      return cmpBytes((a[0] as PyBytes).data, o) !== 0;
    },
    __lt__: (a) => (bytesLike(a[1]) ? cmpBytes((a[0] as PyBytes).data, bytesLike(a[1])!) < 0 : NotImplemented),
    __le__: (a) => (bytesLike(a[1]) ? cmpBytes((a[0] as PyBytes).data, bytesLike(a[1])!) <= 0 : NotImplemented),
    __gt__: (a) => (bytesLike(a[1]) ? cmpBytes((a[0] as PyBytes).data, bytesLike(a[1])!) > 0 : NotImplemented),
    __ge__: (a) => (bytesLike(a[1]) ? cmpBytes((a[0] as PyBytes).data, bytesLike(a[1])!) >= 0 : NotImplemented),
    __add__: (a) => {
      const self = a[0] as PyBytes;
      const o = bytesLike(a[1]);
      if (!o) throw pyErr(TypeError, `can't concat ${typeOf(a[1]).name} to ${typeOf(self).name}`);
      return sameKind(self, concat(self.data, o));
    },
    __mul__: (a) => sameKind(a[0] as PyBytes, repeat((a[0] as PyBytes).data, a[1])),
    __rmul__: (a) => sameKind(a[0] as PyBytes, repeat((a[0] as PyBytes).data, a[1])),
    __getitem__: (a) => getItemOf(a[0] as PyBytes, a[1], t === bytesType ? 'byte' : 'bytearray'),
    __contains__: (a) => {
      const d = (a[0] as PyBytes).data;
      const x = a[1];
      if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') return d.includes(checkByte(toIndex(x), 'byte must be in range(0, 256)'));
      const sub = bytesLike(x);
      if (!sub) throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(x).name}'`);
      return latin1(d).includes(latin1(sub));
    },
  });
  void what;
}

declare module './base' {
  interface PyType {
    /** hash() of instances computed from their value (builtin value types other than the core ones). */
    valueHash?: (x: PyObject) => number | bigint;
  }
}
function bytesHash(x: PyObject): number {
  // CPython hashes bytes like the equal ASCII str (randomised); ours only needs to be stable.
  let h = 0x811c9dc5 | 0;
  for (const c of (x as PyBytes).data) h = Math.imul(h ^ c, 16777619);
  return h === -1 ? -2 : h;
}
bytesType.valueHash = bytesHash;

defineMethods(bytesType, {
  __repr__: (a) => bytesRepr((a[0] as PyBytes).data),
  __str__: (a) => bytesRepr((a[0] as PyBytes).data),
  __bytes__: (a) => ((a[0] as PyBytes).cls === bytesType ? a[0] : new PyBytes((a[0] as PyBytes).data)),
  __hash__: (a) => bytesHash(a[0]),
  __getnewargs__: (a) => new PyTuple([new PyBytes((a[0] as PyBytes).data)]),
});

defineMethods(bytearrayType, {
  *__init__(a, kw) {
    (a[0] as PyBytes).data = yield* fromArgs(a, kw, 'bytearray');
    return None;
  },
  __repr__: (a) => `${(a[0] as PyBytes).cls.name}(${bytesRepr((a[0] as PyBytes).data)})`,
  __str__: (a) => `${(a[0] as PyBytes).cls.name}(${bytesRepr((a[0] as PyBytes).data)})`,
});

defineMethods(bytesIterType, {
  __iter__: (a) => a[0],
  __next__: (a) => {
    const it = a[0] as PyArrayIter;
    if (it.idx < it.items.length) return it.items[it.idx++];
    throw pyErr(StopIteration);
  },
});

/** bytes are dict/set keys by value: chain them onto the structural-key hook (called once
 * types are installed, after set.ts set it; the 'B' prefix never starts a frozenset part). */
export function installBytesKeys(): void {
  const prevIs = frozenKeyHook.isFrozen, prevParts = frozenKeyHook.parts;
  const isBytesKey = (k: PyObject): k is PyBytes => k instanceof PyBytes && !isByteArray(k);
  frozenKeyHook.isFrozen = (k) => isBytesKey(k) || prevIs(k);
  frozenKeyHook.parts = (k) => (isBytesKey(k) ? ['B', latin1(k.data)] : prevParts(k));
}
