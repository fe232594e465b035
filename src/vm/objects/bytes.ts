// bytes: an immutable Uint8Array (basics: literals, indexing, decode, hex, len, iteration).
import { PyObj, PyType, makeType, defineMethods, None, NotImplemented, typeOf, type PyObject, type NativeGen } from './base';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { pyErr, TypeError, ValueError, UnicodeDecodeError } from './exceptions';
import { toArray } from './iteration';
import { toIndex } from './argparse';
import { PyArrayIter, makeIterType } from './bytes-iter';

export const bytesType: PyType = makeType('bytes', undefined, (cls) => new PyBytes(new Uint8Array(0), cls));

export class PyBytes extends PyObj {
  constructor(
    readonly data: Uint8Array,
    cls: PyType = bytesType,
  ) {
    super(cls);
  }
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    if (c === 92) out += '\\\\';
    else if (c === q.charCodeAt(0)) out += '\\' + q;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

export function encodeString(s: string, enc: string, errors = 'strict'): PyBytes {
  const e = enc.toLowerCase().replace('_', '-');
  if (e === 'utf-8' || e === 'utf8') return new PyBytes(new TextEncoder().encode(s));
  if (e === 'ascii' || e === 'latin-1' || e === 'latin1' || e === 'iso-8859-1') {
    const out = new Uint8Array(0);
    const codes: number[] = [];
    const limit = e === 'ascii' ? 128 : 256;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= limit) {
        if (errors === 'ignore') continue;
        if (errors === 'replace') {
          codes.push(63);
          continue;
        }
        throw pyErr(UnicodeEncodeErrorT, `'${e === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '${reprChar(c)}' in position ${i}: ordinal not in range(${limit})`);
      }
      codes.push(c);
    }
    void out;
    return new PyBytes(Uint8Array.from(codes));
  }
  throw pyErr(ValueError, `unknown encoding: ${enc}`);
}

export function* bytesNew(a: PyObject[]): NativeGen {
  const cls = a[0] as PyType;
  const x = a[1];
  if (x === undefined) return new PyBytes(new Uint8Array(0), cls);
  if (typeof x === 'string') {
    if (a[2] === undefined) throw pyErr(TypeError, 'string argument without an encoding');
    return encodeString(x, a[2] as string);
  }
  if (typeof x === 'number') return new PyBytes(new Uint8Array(x), cls);
  if (x instanceof PyBytes) return x;
  const items = yield* toArray(x);
  const out = new Uint8Array(items.length);
  items.forEach((v, i) => {
    const n = toIndex(v);
    if (n < 0 || n > 255) throw pyErr(ValueError, 'bytes must be in range(0, 256)');
    out[i] = n;
  });
  return new PyBytes(out, cls);
}

const bytesIterType = makeIterType('bytes_iterator');

defineMethods(bytesType, {
  __repr__: (a) => bytesRepr((a[0] as PyBytes).data),
  __str__: (a) => bytesRepr((a[0] as PyBytes).data),
  __len__: (a) => (a[0] as PyBytes).data.length,
  __iter__: (a) => new PyArrayIter(Array.from((a[0] as PyBytes).data), bytesIterType),
  __hash__: (a) => {
    let h = 0;
    for (const c of (a[0] as PyBytes).data) h = (Math.imul(h, 31) + c) | 0;
    return h;
  },
  __eq__: (a) => {
    const o = a[1];
    if (!(o instanceof PyBytes)) return NotImplemented;
    const x = (a[0] as PyBytes).data, y = o.data;
    return x.length === y.length && x.every((v, i) => v === y[i]);
  },
  __add__: (a) => {
    const o = a[1];
    if (!(o instanceof PyBytes)) throw pyErr(TypeError, `can't concat ${typeOf(o).name} to bytes`);
    const x = (a[0] as PyBytes).data;
    const r = new Uint8Array(x.length + o.data.length);
    r.set(x);
    r.set(o.data, x.length);
    return new PyBytes(r);
  },
  __getitem__: (a) => {
    const d = (a[0] as PyBytes).data;
    const k = a[1];
    if (typeof k === 'number') {
      const i = k < 0 ? k + d.length : k;
      if (i < 0 || i >= d.length) throw pyErr(IndexErrorT, 'index out of range');
      return d[i];
    }
    if (typeof k === 'object' && k.cls.name === 'slice') {
      const s = k as unknown as { start: PyObject; stop: PyObject };
      const start = s.start === None ? 0 : (s.start as number);
      const stop = s.stop === None ? d.length : (s.stop as number);
      return new PyBytes(d.slice(start < 0 ? start + d.length : start, stop < 0 ? stop + d.length : stop));
    }
    throw pyErr(TypeError, `byte indices must be integers or slices, not ${typeOf(k).name}`);
  },
  decode: (a, kw) => {
    const enc = String(a[1] ?? kw?.get('encoding') ?? 'utf-8').toLowerCase();
    const d = (a[0] as PyBytes).data;
    if (enc === 'utf-8' || enc === 'utf8') {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(d);
      } catch {
        const errors = a[2] ?? kw?.get('errors');
        if (errors === 'replace' || errors === 'ignore') return new TextDecoder('utf-8').decode(d);
        throw pyErr(UnicodeDecodeError, "'utf-8' codec can't decode bytes");
      }
    }
    return String.fromCharCode(...d);
  },
  hex: (a) => Array.from((a[0] as PyBytes).data, (b) => b.toString(16).padStart(2, '0')).join(''),
  startswith: (a) => {
    const d = (a[0] as PyBytes).data, p = (a[1] as PyBytes).data;
    return p.every((v, i) => d[i] === v);
  },
  tolist: (a) => new PyList(Array.from((a[0] as PyBytes).data)),
  __mul__: (a) => {
    const d = (a[0] as PyBytes).data;
    const n = toIndex(a[1]);
    const r = new Uint8Array(d.length * Math.max(0, n));
    for (let i = 0; i < n; i++) r.set(d, i * d.length);
    return new PyBytes(r);
  },
});
void PyTuple;

// bytearray: a mutable bytes (the common operations).
export const bytearrayType: PyType = makeType('bytearray', undefined, (cls) => new PyBytes(new Uint8Array(0), cls));
bytearrayType.unhashable = true;
function ba(a: PyObject[]): PyBytes & { data: Uint8Array } {
  return a[0] as PyBytes & { data: Uint8Array };
}
function setData(b: PyBytes, d: Uint8Array): void {
  (b as unknown as { data: Uint8Array }).data = d;
}
defineMethods(bytearrayType, {
  *__init__(a) {
    const src = a[1];
    let d: Uint8Array;
    if (src === undefined) d = new Uint8Array(0);
    else if (typeof src === 'number') d = new Uint8Array(src);
    else if (typeof src === 'string') d = encodeString(src, (a[2] as string) ?? 'utf-8').data;
    else if (src instanceof PyBytes) d = src.data.slice();
    else d = Uint8Array.from((yield* toArray(src)).map((x) => toIndex(x)));
    setData(ba(a), d);
    return None;
  },
  __repr__: (a) => `bytearray(${bytesRepr(ba(a).data)})`,
  __len__: (a) => ba(a).data.length,
  __iter__: (a) => new PyArrayIter(Array.from(ba(a).data), bytesIterType),
  __eq__: (a) => {
    const o = a[1];
    if (!(o instanceof PyBytes)) return NotImplemented;
    const x = ba(a).data, y = o.data;
    return x.length === y.length && x.every((v, i) => v === y[i]);
  },
  __getitem__: (a) => {
    const d = ba(a).data;
    const k = a[1];
    if (typeof k === 'number') {
      const i = k < 0 ? k + d.length : k;
      if (i < 0 || i >= d.length) throw pyErr(IndexErrorT, 'bytearray index out of range');
      return d[i];
    }
    const r = (bytesType.dict!.get('__getitem__') as unknown as { fn: (x: PyObject[]) => PyObject }).fn([new PyBytes(d), k]);
    return r instanceof PyBytes ? new PyBytes(r.data, bytearrayType) : r;
  },
  __setitem__: (a) => {
    const d = ba(a).data;
    let i = toIndex(a[1]);
    if (i < 0) i += d.length;
    const v = toIndex(a[2]);
    if (v < 0 || v > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    d[i] = v;
    return None;
  },
  append: (a) => {
    const v = toIndex(a[1]);
    if (v < 0 || v > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    const d = ba(a).data;
    const r = new Uint8Array(d.length + 1);
    r.set(d);
    r[d.length] = v;
    setData(ba(a), r);
    return None;
  },
  *extend(a) {
    const src = a[1];
    const extra = src instanceof PyBytes ? src.data : Uint8Array.from((yield* toArray(src)).map((x) => toIndex(x)));
    const d = ba(a).data;
    const r = new Uint8Array(d.length + extra.length);
    r.set(d);
    r.set(extra, d.length);
    setData(ba(a), r);
    return None;
  },
  decode: (a, kw) => (bytesType.dict!.get('decode') as unknown as { fn: (x: PyObject[], k: unknown) => PyObject }).fn([new PyBytes(ba(a).data), ...a.slice(1)], kw),
  hex: (a) => Array.from(ba(a).data, (b) => b.toString(16).padStart(2, '0')).join(''),
});
import { IndexError as IndexErrorT } from './exceptions';

// Most bytes methods behave like the str methods on the latin-1 view of the data.
const latin1 = (d: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
};
const fromLatin1 = (s: string, cls: PyType = bytesType): PyBytes => {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i) & 0xff;
  return new PyBytes(d, cls === bytearrayType ? bytearrayType : bytesType);
};
function toStrArg(x: PyObject): PyObject {
  if (x instanceof PyBytes) return latin1(x.data);
  if (x instanceof PyTuple) return new PyTuple(x.items.map(toStrArg));
  return x;
}
function fromStrResult(r: PyObject, cls: PyType): PyObject {
  if (typeof r === 'string') return fromLatin1(r, cls);
  if (r instanceof PyList) return new PyList(r.items.map((x) => fromStrResult(x, cls)));
  if (r instanceof PyTuple) return new PyTuple(r.items.map((x) => fromStrResult(x, cls)));
  return r;
}
const STRLIKE = ['upper', 'lower', 'capitalize', 'title', 'swapcase', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit',
  'splitlines', 'replace', 'find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'ljust', 'rjust',
  'center', 'zfill', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'isdigit', 'isalpha', 'isalnum',
  'isspace', 'isupper', 'islower', 'istitle', 'expandtabs'];
export function installBytesStrMethods(strMethods: Map<unknown, PyObject>): void {
  for (const t of [bytesType, bytearrayType]) {
    for (const name of STRLIKE) {
      const m = strMethods.get(name) as unknown as { fn: ((a: PyObject[], kw: unknown) => PyObject) | null } | undefined;
      if (!m || !m.fn) continue;
      const fn = m.fn;
      defineMethods(t, {
        [name]: (a: PyObject[], kw: unknown) => {
          const self = a[0] as PyBytes;
          const args = [latin1(self.data), ...a.slice(1).map(toStrArg)];
          return fromStrResult(fn(args, kw as never), self.cls);
        },
      });
    }
    defineMethods(t, {
      *join(a) {
        const parts = (yield* toArray(a[1])).map((x) => {
          if (!(x instanceof PyBytes)) throw pyErr(TypeError, `sequence item 0: expected a bytes-like object, ${typeOf(x).name} found`);
          return latin1(x.data);
        });
        return fromLatin1(parts.join(latin1((a[0] as PyBytes).data)), (a[0] as PyBytes).cls);
      },
      __contains__: (a) => {
        const hay = latin1((a[0] as PyBytes).data);
        const x = a[1];
        if (typeof x === 'number') return (a[0] as PyBytes).data.includes(x);
        if (x instanceof PyBytes) return hay.includes(latin1(x.data));
        throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(x).name}'`);
      },
    });
  }
  defineMethods(bytesIterType, {
    __iter__: (a) => a[0],
    __next__: (a) => {
      const it = a[0] as PyArrayIter;
      if (it.idx < it.items.length) return it.items[it.idx++];
      throw pyErr(StopIterationT);
    },
  });
}
import { StopIteration as StopIterationT } from './exceptions';

import { UnicodeEncodeError as UnicodeEncodeErrorT } from './exceptions';
function reprChar(c: number): string {
  return c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
}
