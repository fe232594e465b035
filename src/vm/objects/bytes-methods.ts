// The text-like methods of bytes and bytearray. Searching/splitting/padding reuse the str
// methods on the latin-1 view of the data (one char per byte); anything whose meaning differs
// for bytes (case mapping, whitespace, character classes) is ASCII-only here, as in CPython.
import { defineMethods, builtin, None, typeOf, type PyObject, type KwArgs, type PyType } from './base';
import { PyBytes, bytesType, bytearrayType, latin1, fromLatin1, sameKind, installBytesKeys, isByteArray } from './bytes';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { pyErr, TypeError, ValueError } from './exceptions';
import { toIndex } from './argparse';
import { toArray } from './iteration';
import { PyClassMethod, classmethodType, PyStaticMethod, staticmethodType } from './function';
import { decodeBytes } from './codecs';
import { bytesPercent } from './bytes-format';
import { builtinGen } from './base';
import './bytearray';

const WS = ' \t\n\r\x0b\x0c';
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const mapBytes = (d: Uint8Array, f: (c: number, i: number) => number) => Uint8Array.from(d, f);

function selfOf(a: PyObject[], name: string, t: PyType): PyBytes {
  const s = a[0];
  if (!(s instanceof PyBytes)) throw pyErr(TypeError, `descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeOf(s).name}' object`);
  return s;
}

/** A bytes-like argument as latin-1 text. */
function arg(x: PyObject): string {
  if (x instanceof PyBytes) return latin1(x.data);
  throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(x).name}'`);
}
/** A sub-sequence argument of find/count/index: bytes-like or an int (one byte). */
function subArg(x: PyObject): string {
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') {
    const n = toIndex(x);
    if (n < 0 || n > 255) throw pyErr(ValueError, 'byte must be in range(0, 256)');
    return String.fromCharCode(n);
  }
  if (x instanceof PyBytes) return latin1(x.data);
  throw pyErr(TypeError, `argument should be integer or bytes-like object, not '${typeOf(x).name}'`);
}
/** startswith/endswith prefix: bytes or a tuple of bytes. */
function affixArg(x: PyObject, name: string): PyObject {
  if (x instanceof PyBytes) return latin1(x.data);
  if (x instanceof PyTuple) return new PyTuple(x.items.map((i) => affixArg(i, name)));
  throw pyErr(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeOf(x).name}`);
}
function fillArg(x: PyObject | undefined, name: string): PyObject[] {
  if (x === undefined) return [];
  if (x instanceof PyBytes && x.data.length === 1) return [latin1(x.data)];
  throw pyErr(TypeError, `${name}() argument 2 must be a byte string of length 1, not ${typeOf(x).name}`);
}

function wrap(self: PyBytes, r: PyObject): PyObject {
  if (typeof r === 'string') return sameKind(self, fromLatin1(r));
  if (r instanceof PyList) return new PyList(r.items.map((x) => wrap(self, x)));
  if (r instanceof PyTuple) return new PyTuple(r.items.map((x) => wrap(self, x)));
  return r;
}

type StrFn = (a: PyObject[], kw: KwArgs | null) => PyObject;

function stripBytes(d: Uint8Array, chars: PyObject | undefined, left: boolean, right: boolean): Uint8Array {
  const set = chars === undefined || chars === None ? null : new Set(arg(chars).split('').map((c) => c.charCodeAt(0)));
  const strip = (c: number) => (set ? set.has(c) : isSpace(c));
  let i = 0, j = d.length;
  if (left) while (i < j && strip(d[i])) i++;
  if (right) while (j > i && strip(d[j - 1])) j--;
  return d.slice(i, j);
}

/** split()/rsplit() without a separator: runs of ASCII whitespace. */
function splitWhitespace(d: Uint8Array, maxsplit: number, fromRight: boolean): Uint8Array[] {
  const words: [number, number][] = [];
  let i = 0;
  while (i < d.length) {
    while (i < d.length && isSpace(d[i])) i++;
    if (i >= d.length) break;
    const s = i;
    while (i < d.length && !isSpace(d[i])) i++;
    words.push([s, i]);
  }
  if (maxsplit < 0 || words.length <= maxsplit + 1) return words.map(([s, e]) => d.slice(s, e));
  if (!fromRight) {
    const head = words.slice(0, maxsplit).map(([s, e]) => d.slice(s, e));
    let rest: Uint8Array = d.slice(words[maxsplit][0]);
    rest = stripBytes(rest, undefined, false, true);
    return [...head, rest];
  }
  const tail = words.slice(words.length - maxsplit).map(([s, e]) => d.slice(s, e));
  const rest = stripBytes(d.slice(0, words[words.length - maxsplit - 1][1]), undefined, true, false);
  return [rest, ...tail];
}

function titleBytes(d: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(d, (c) => {
    let r = c;
    if (isAlpha(c)) r = prevCased ? (isUpper(c) ? c + 32 : c) : isLower(c) ? c - 32 : c;
    prevCased = isAlpha(c);
    return r;
  });
}

function hexOf(d: Uint8Array, sep: PyObject | undefined, bytesPerSep: PyObject | undefined): string {
  const parts = Array.from(d, (b) => b.toString(16).padStart(2, '0'));
  if (sep === undefined) return parts.join('');
  const s = sep instanceof PyBytes ? latin1(sep.data) : sep;
  if (typeof s !== 'string' || s.length !== 1) throw pyErr(ValueError, 'sep must be length 1.');
  let n = bytesPerSep === undefined ? 1 : toIndex(bytesPerSep);
  if (n === 0) return parts.join('');
  const groups: string[] = [];
  if (n > 0) {
    // groups are counted from the right
    for (let end = parts.length; end > 0; end -= n) groups.unshift(parts.slice(Math.max(0, end - n), end).join(''));
  } else {
    n = -n;
    for (let i = 0; i < parts.length; i += n) groups.push(parts.slice(i, i + n).join(''));
  }
  return groups.join(s);
}

function fromHex(s: PyObject): Uint8Array {
  if (typeof s !== 'string') throw pyErr(TypeError, `fromhex() argument must be str, not ${typeOf(s).name}`);
  const out: number[] = [];
  let i = 0;
  const hv = (ch: string) => (/^[0-9a-fA-F]$/.test(ch) ? parseInt(ch, 16) : -1);
  while (i < s.length) {
    if (isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const hi = hv(s[i]);
    if (hi < 0) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= s.length) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    const lo = hv(s[i + 1]);
    if (lo < 0) throw pyErr(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** Bytes-specific str-like methods, built on the str implementations (passed in by install). */
export function installBytesStrMethods(strMethods: Map<unknown, PyObject>): void {
  installBytesKeys();
  const strFn = (name: string): StrFn => {
    const m = strMethods.get(name) as unknown as { fn: StrFn | null } | undefined;
    if (!m?.fn) throw new Error(`str.${name} is not a sync builtin`);
    return m.fn;
  };
  for (const t of [bytesType, bytearrayType]) {
    const S = (a: PyObject[], name: string) => selfOf(a, name, t);
    // methods whose arguments are all sub-sequences (bytes or int) plus optional indices
    for (const name of ['find', 'rfind', 'index', 'rindex', 'count']) {
      const fn = strFn(name);
      defineMethods(t, {
        [name]: (a: PyObject[], kw: KwArgs | null) => {
          const self = S(a, name);
          const r = fn([latin1(self.data), subArg(a[1]), ...a.slice(2)], kw);
          return r;
        },
      });
    }
    for (const name of ['startswith', 'endswith']) {
      const fn = strFn(name);
      defineMethods(t, {
        [name]: (a: PyObject[], kw: KwArgs | null) => fn([latin1(S(a, name).data), affixArg(a[1], name), ...a.slice(2)], kw),
      });
    }
    // methods taking bytes arguments and returning bytes (or lists/tuples of them)
    for (const name of ['replace', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'zfill', 'expandtabs']) {
      const fn = strFn(name);
      defineMethods(t, {
        [name]: (a: PyObject[], kw: KwArgs | null) => {
          const self = S(a, name);
          const args = a.slice(1).map((x) => (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint' ? x : arg(x)));
          return wrap(self, fn([latin1(self.data), ...args], kw));
        },
      });
    }
    for (const name of ['ljust', 'rjust', 'center']) {
      const fn = strFn(name);
      defineMethods(t, {
        [name]: (a: PyObject[]) => {
          const self = S(a, name);
          return wrap(self, fn([latin1(self.data), a[1], ...fillArg(a[2], name)], null));
        },
      });
    }
    for (const name of ['split', 'rsplit']) {
      const fn = strFn(name);
      defineMethods(t, {
        [name]: (a: PyObject[], kw: KwArgs | null) => {
          const self = S(a, name);
          const sep = a[1] ?? kw?.get('sep') ?? None;
          const maxsplit = a[2] ?? kw?.get('maxsplit') ?? -1;
          if (sep === None) return new PyList(splitWhitespace(self.data, toIndex(maxsplit), name === 'rsplit').map((d) => sameKind(self, d)));
          return wrap(self, fn([latin1(self.data), arg(sep), maxsplit], null));
        },
      });
    }
    const caseMap = (f: (d: Uint8Array) => Uint8Array) => (a: PyObject[]) => sameKind(a[0] as PyBytes, f(S(a, 'method').data));
    const pred = (f: (c: number) => boolean, emptyTrue = false) => (a: PyObject[]) => {
      const d = S(a, 'method').data;
      return d.length === 0 ? emptyTrue : d.every(f);
    };
    defineMethods(t, {
      upper: caseMap((d) => mapBytes(d, (c) => (isLower(c) ? c - 32 : c))),
      lower: caseMap((d) => mapBytes(d, (c) => (isUpper(c) ? c + 32 : c))),
      swapcase: caseMap((d) => mapBytes(d, (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c))),
      capitalize: caseMap((d) => mapBytes(d, (c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c))),
      title: caseMap(titleBytes),
      isalpha: pred(isAlpha),
      isdigit: pred(isDigit),
      isalnum: pred((c) => isAlpha(c) || isDigit(c)),
      isspace: pred(isSpace),
      isascii: pred((c) => c < 128, true),
      islower: (a) => {
        const d = S(a, 'islower').data;
        return d.some(isLower) && !d.some(isUpper);
      },
      isupper: (a) => {
        const d = S(a, 'isupper').data;
        return d.some(isUpper) && !d.some(isLower);
      },
      istitle: (a) => {
        const d = S(a, 'istitle').data;
        return d.some(isAlpha) && titleBytes(d).every((c, i) => c === d[i]);
      },
      strip: (a) => sameKind(a[0] as PyBytes, stripBytes(S(a, 'strip').data, a[1], true, true)),
      lstrip: (a) => sameKind(a[0] as PyBytes, stripBytes(S(a, 'lstrip').data, a[1], true, false)),
      rstrip: (a) => sameKind(a[0] as PyBytes, stripBytes(S(a, 'rstrip').data, a[1], false, true)),
      splitlines: (a, kw) => {
        const self = S(a, 'splitlines');
        const keep = (a[1] ?? kw?.get('keepends') ?? false) === true;
        const s = latin1(self.data);
        const out: PyObject[] = [];
        let i = 0;
        while (i < s.length) {
          let j = i;
          while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
          let e = j;
          if (j < s.length) e = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
          out.push(sameKind(self, fromLatin1(s.slice(i, keep ? e : j))));
          i = e;
        }
        return new PyList(out);
      },
      hex: (a) => hexOf(S(a, 'hex').data, a[1], a[2]),
      decode: (a, kw) => {
        const self = S(a, 'decode');
        const enc = a[1] ?? kw?.get('encoding') ?? 'utf-8';
        const errors = a[2] ?? kw?.get('errors') ?? 'strict';
        if (typeof enc !== 'string') throw pyErr(TypeError, `decode() argument 'encoding' must be str, not ${typeOf(enc).name}`);
        if (typeof errors !== 'string') throw pyErr(TypeError, `decode() argument 'errors' must be str, not ${typeOf(errors).name}`);
        return decodeBytes(self.data, enc, errors, self);
      },
      *join(a) {
        const self = S(a, 'join');
        const items = yield* toArray(a[1]);
        const parts = items.map((x, i) => {
          if (!(x instanceof PyBytes)) throw pyErr(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
          return latin1(x.data);
        });
        return sameKind(self, fromLatin1(parts.join(latin1(self.data))));
      },
      translate: (a, kw) => {
        const self = S(a, 'translate');
        const table = a[1];
        const del = a[2] ?? kw?.get('delete');
        const drop = del === undefined ? null : new Set(del instanceof PyBytes ? del.data : []);
        let map: Uint8Array | null = null;
        if (table !== None) {
          if (!(table instanceof PyBytes) || table.data.length !== 256) throw pyErr(ValueError, 'translation table must be 256 characters long');
          map = table.data;
        }
        const out: number[] = [];
        for (const c of self.data) if (!drop?.has(c)) out.push(map ? map[c] : c);
        return sameKind(self, Uint8Array.from(out));
      },
      *__mod__(a) {
        const self = S(a, '__mod__');
        return sameKind(self, yield* bytesPercent(self.data, a[1]));
      },
    });
    t.dict!.set('fromhex', new PyClassMethod(classmethodType, builtinGen('fromhex', function* (a) {
      const cls = a[0] as PyType;
      const d = fromHex(a[1]);
      if (cls === bytesType || cls === bytearrayType) return new PyBytes(d, cls);
      return yield* callCls(cls, new PyBytes(d));
    })));
    t.dict!.set('maketrans', new PyStaticMethod(staticmethodType, builtin('maketrans', (a) => {
      const from = a[0] instanceof PyBytes ? a[0].data : null, to = a[1] instanceof PyBytes ? a[1].data : null;
      if (!from || !to) throw pyErr(TypeError, `a bytes-like object is required, not '${typeOf(from ? a[1] : a[0]).name}'`);
      if (from.length !== to.length) throw pyErr(ValueError, 'maketrans arguments must have same length');
      const table = Uint8Array.from({ length: 256 }, (_, i) => i);
      from.forEach((c, i) => (table[c] = to[i]));
      return new PyBytes(table);
    })));
  }
  void PyDict;
  void isByteArray;
  void WS;
}

import { CallReq } from './base';
function* callCls(cls: PyType, x: PyObject): Generator<CallReq, PyObject, PyObject> {
  return yield new CallReq(cls, [x]);
}
