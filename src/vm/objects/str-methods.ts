// str's methods (https://docs.python.org/3/library/stdtypes.html#string-methods).
import {
  strType, defineMethods, CallReq, None, typeOf, EXHAUSTED, type PyObject, type KwArgs, type NativeGen,
} from './base';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { PyDict } from './dict';
import { pyErr, TypeError, ValueError, IndexError, KeyError, AttributeError } from './exceptions';
import { methodArity, toIndex } from './argparse';
import { repr, str, format } from './repr';
import { iter, iterNext } from './iteration';
import { getAttr } from './attributes';
import { getItem } from './sequence';
import { isPySpace } from './format/string-repr';
import { strMod } from './str-format';
import { asciiOf, cpLen } from './str-util';
import { hashOf } from './operators';
import { unbox } from './base';
import { PyStaticMethod, staticmethodType } from './function';
import { NotImplemented, builtin } from './base';

function self(args: PyObject[], name: string): string {
  const s = unbox(args[0]);
  if (typeof s !== 'string') {
    throw pyErr(TypeError, `descriptor '${name}' for 'str' objects doesn't apply to a '${typeOf(s).name}' object`);
  }
  return s;
}
function strArg(x: PyObject, fn: string, pos = 1): string {
  x = unbox(x);
  if (typeof x !== 'string') throw pyErr(TypeError, `${fn}() argument ${pos} must be str, not ${typeOf(x).name}`);
  return x;
}
function optIdx(x: PyObject | undefined, len: number, dflt: number): number {
  if (x === undefined || x === None) return dflt;
  let i = toIndex(x);
  if (i < 0) i = Math.max(0, i + len);
  return Math.min(i, len);
}


function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean, fn: string): string {
  if (chars === undefined || chars === None) {
    let a = 0, b = s.length;
    if (left) while (a < b && isPySpace(s[a])) a++;
    if (right) while (b > a && isPySpace(s[b - 1])) b--;
    return s.slice(a, b);
  }
  if (typeof chars !== 'string') throw pyErr(TypeError, `${fn} arg must be None or str`);
  let a = 0, b = s.length;
  if (left) while (a < b && chars.includes(s[a])) a++;
  if (right) while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isPySpace(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      let end = n;
      while (end > i && isPySpace(s[end - 1])) end--;
      out.push(s.slice(i, end));
      return out;
    }
    let j = i;
    while (j < n && !isPySpace(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}
function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isPySpace(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      let start = 0;
      while (start < i && isPySpace(s[start])) start++;
      out.push(s.slice(start, i));
      break;
    }
    let j = i;
    while (j > 0 && !isPySpace(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function maxsplitArg(args: PyObject[], kw: KwArgs | null, idx: number): number {
  const m = args[idx] ?? kw?.get('maxsplit');
  return m === undefined ? -1 : toIndex(m);
}
function sepArg(args: PyObject[], kw: KwArgs | null, idx: number): PyObject {
  return args[idx] ?? kw?.get('sep') ?? None;
}

function isUpperCh(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLowerCh(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
function cased(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/** The titlecase form (differs from upper only for the Latin digraphs DŽ, LJ, NJ, DZ). */
function toTitle(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x1c4 && c <= 0x1cc) return String.fromCharCode(0x1c5 + 3 * Math.floor((c - 0x1c4) / 3));
  if (c >= 0x1f1 && c <= 0x1f3) return '\u01f2';
  return ch.toUpperCase();
}

/** str.istitle as CPython defines it: upper/titlecase only after uncased, lowercase only after cased. */
function isTitle(s: string): boolean {
  let prevCased = false, any = false;
  for (const ch of s) {
    if (/[\p{Lu}\p{Lt}]/u.test(ch)) {
      if (prevCased) return false;
      prevCased = any = true;
    } else if (/\p{Ll}/u.test(ch)) {
      if (!prevCased) return false;
      prevCased = any = true;
    } else prevCased = false;
  }
  return any;
}

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    if (cased(ch)) {
      out += prevCased ? ch.toLowerCase() : toTitle(ch);
      prevCased = true;
    } else {
      out += ch;
      prevCased = /[\p{L}\p{N}]/u.test(ch) && false;
      if (/\p{Lt}|\p{Lu}|\p{Ll}/u.test(ch)) prevCased = true;
    }
  }
  return out;
}

function count(s: string, sub: string, start: number, end: number): number {
  if (sub.length === 0) return Math.max(0, end - start + 1);
  let n = 0;
  let i = s.indexOf(sub, start);
  while (i >= 0 && i + sub.length <= end) {
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

function findIn(s: string, args: PyObject[], fn: string, reverse: boolean): number {
  methodArity(fn, args, 1, 3);
  const sub = strArg(args[1], fn);
  const start = optIdx(args[2], s.length, 0);
  const end = optIdx(args[3], s.length, s.length);
  if (end - start < sub.length) return -1;
  if (!reverse) {
    const i = s.indexOf(sub, start);
    return i >= 0 && i + sub.length <= end ? i : -1;
  }
  const i = s.lastIndexOf(sub, end - sub.length);
  return i >= start ? i : -1;
}

function affix(s: string, args: PyObject[], fn: string, suffix: boolean): boolean {
  methodArity(fn, args, 1, 3);
  const start = optIdx(args[2], s.length, 0);
  const end = optIdx(args[3], s.length, s.length);
  const part = s.slice(start, Math.max(start, end));
  const test = (p: PyObject): boolean => {
    if (typeof p !== 'string') {
      throw pyErr(TypeError, `${fn} first arg must be str or a tuple of str, not ${typeOf(p).name}`);
    }
    if (start > s.length) return false;
    return suffix ? part.endsWith(p) : part.startsWith(p);
  };
  const p = args[1];
  if (p instanceof PyTuple) return p.items.some(test);
  return test(p);
}

function pad(s: string, args: PyObject[], fn: string, where: 'l' | 'r' | 'c'): string {
  methodArity(fn, args, 1, 2);
  const width = toIndex(args[1]);
  const fill = args[2] === undefined ? ' ' : args[2];
  if (typeof fill !== 'string' || fill.length !== 1) {
    throw pyErr(TypeError, 'The fill character must be exactly one character long');
  }
  const n = width - s.length;
  if (n <= 0) return s;
  if (where === 'l') return s + fill.repeat(n);
  if (where === 'r') return fill.repeat(n) + s;
  const left = Math.floor(n / 2) + (n & width & 1);
  return fill.repeat(left) + s + fill.repeat(n - left);
}

export function* joinStrings(sep: string, iterable: PyObject): Generator<CallReq, string, PyObject> {
  const parts: string[] = [];
  const check = (x: PyObject, i: number): string => {
    if (typeof x !== 'string') throw pyErr(TypeError, `sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
    return x;
  };
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    const items = iterable.items;
    for (let i = 0; i < items.length; i++) parts.push(check(items[i], i));
    return parts.join(sep);
  }
  const it = yield* (iter(iterable) as Generator<CallReq, PyObject, PyObject>);
  for (let i = 0; ; i++) {
    const v = yield* (iterNext(it) as Generator<CallReq, PyObject, PyObject>);
    if (v === EXHAUSTED) break;
    parts.push(check(v, i));
  }
  return parts.join(sep);
}

/** str.format / format_map engine (https://docs.python.org/3/library/string.html#formatstrings). */
export function* formatString(fmt: string, args: PyObject[], kw: Map<PyObject, PyObject> | PyObject, depth = 0): NativeGen {
  if (depth > 2) throw pyErr(ValueError, 'Max string recursion exceeded');
  let out = '';
  let auto = 0;
  let manual = false;
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      // find the matching close brace
      let j = i + 1, level = 1;
      while (j < fmt.length && level > 0) {
        if (fmt[j] === '{') level++;
        else if (fmt[j] === '}') level--;
        if (level > 0) j++;
      }
      if (j >= fmt.length) throw pyErr(ValueError, "expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      i = j + 1;
      // split field_name!conv:spec
      let nameEnd = 0;
      let bracket = 0;
      while (nameEnd < field.length) {
        const ch = field[nameEnd];
        if (ch === '[') bracket++;
        else if (ch === ']') bracket--;
        else if (bracket === 0 && (ch === '!' || ch === ':')) break;
        nameEnd++;
      }
      const fieldName = field.slice(0, nameEnd);
      let conv = '';
      let spec = '';
      let rest = field.slice(nameEnd);
      if (rest.startsWith('!')) {
        conv = rest[1] ?? '';
        rest = rest.slice(2);
        if (rest !== '' && !rest.startsWith(':')) throw pyErr(ValueError, "expected ':' after conversion specifier");
      }
      if (rest.startsWith(':')) spec = rest.slice(1);
      // resolve the field name
      const m = /^([^.[]*)(.*)$/s.exec(fieldName)!;
      const first = m[1];
      let value: PyObject;
      if (first === '') {
        if (manual) throw pyErr(ValueError, 'cannot switch from manual field specification to automatic field numbering');
        if (auto >= args.length) throw pyErr(IndexError, `Replacement index ${auto} out of range for positional args tuple`);
        value = args[auto++];
      } else if (/^\d+$/.test(first)) {
        if (auto > 0) throw pyErr(ValueError, 'cannot switch from automatic field numbering to manual field specification');
        manual = true;
        const idx = Number(first);
        if (idx >= args.length) throw pyErr(IndexError, `Replacement index ${idx} out of range for positional args tuple`);
        value = args[idx];
      } else if (kw instanceof Map) {
        const v = kw.get(first);
        if (v === undefined) throw pyErr(KeyError, first);
        value = v;
      } else {
        let v = getItem(kw, first);
        if (v instanceof CallReq) v = yield v;
        value = v as PyObject;
      }
      let accessors = m[2];
      while (accessors.length) {
        if (accessors[0] === '.') {
          const am = /^\.([^.[]+)/.exec(accessors);
          if (!am) throw pyErr(ValueError, 'Empty attribute in format string');
          let v = getAttr(value, am[1]);
          if (v instanceof CallReq) v = yield v;
          value = v as PyObject;
          accessors = accessors.slice(am[0].length);
        } else {
          const close = accessors.indexOf(']');
          if (close < 0) throw pyErr(ValueError, "Missing ']' in format string");
          const key = accessors.slice(1, close);
          const k: PyObject = /^\d+$/.test(key) ? Number(key) : key;
          let v = getItem(value, k);
          if (v instanceof CallReq) v = yield v;
          value = v as PyObject;
          accessors = accessors.slice(close + 1);
        }
      }
      if (conv === 'r') value = yield* repr(value);
      else if (conv === 's') value = yield* str(value);
      else if (conv === 'a') value = asciiOf(yield* repr(value));
      else if (conv !== '') throw pyErr(ValueError, `Unknown conversion specifier ${conv}`);
      if (spec.includes('{')) spec = (yield* formatString(spec, args.slice(auto), kw, depth + 1)) as string;
      out += yield* format(value, spec);
      continue;
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw pyErr(ValueError, "Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  // eslint-disable-next-line no-control-regex -- Python's line boundaries include \x1c-\x1e
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(s.slice(last, keepends ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

export function installStrMethods(): void {
  defineMethods(strType, {
    upper: (a) => self(a, 'upper').toUpperCase(),
    lower: (a) => self(a, 'lower').toLowerCase(),
    casefold: (a) => self(a, 'casefold').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ'),
    swapcase: (a) => [...self(a, 'swapcase')].map((c) => (isUpperCh(c) ? c.toLowerCase() : c.toUpperCase())).join(''),
    capitalize: (a) => {
      const s = self(a, 'capitalize');
      return s.length ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s;
    },
    title: (a) => titleCase(self(a, 'title')),
    strip: (a) => stripChars(self(a, 'strip'), a[1], true, true, 'strip'),
    lstrip: (a) => stripChars(self(a, 'lstrip'), a[1], true, false, 'lstrip'),
    rstrip: (a) => stripChars(self(a, 'rstrip'), a[1], false, true, 'rstrip'),
    split: (a, kw) => {
      const s = self(a, 'split');
      const sep = sepArg(a, kw, 1);
      const max = maxsplitArg(a, kw, 2);
      if (sep === None) return new PyList(splitWhitespace(s, max));
      const sp = strArg(sep, 'split');
      if (sp === '') throw pyErr(ValueError, 'empty separator');
      const parts = s.split(sp);
      if (max >= 0 && parts.length > max + 1) return new PyList([...parts.slice(0, max), parts.slice(max).join(sp)]);
      return new PyList(parts);
    },
    rsplit: (a, kw) => {
      const s = self(a, 'rsplit');
      const sep = sepArg(a, kw, 1);
      const max = maxsplitArg(a, kw, 2);
      if (sep === None) return new PyList(rsplitWhitespace(s, max));
      const sp = strArg(sep, 'rsplit');
      if (sp === '') throw pyErr(ValueError, 'empty separator');
      const parts = s.split(sp);
      if (max >= 0 && parts.length > max + 1) {
        const k = parts.length - max;
        return new PyList([parts.slice(0, k).join(sp), ...parts.slice(k)]);
      }
      return new PyList(parts);
    },
    splitlines: (a, kw) => new PyList(splitlines(self(a, 'splitlines'), !!(a[1] ?? kw?.get('keepends')))),
    *join(a) {
      methodArity('str.join', a, 1);
      return yield* joinStrings(self(a, 'join'), a[1]);
    },
    replace: (a) => {
      methodArity('str.replace', a, 2, 3);
      const s = self(a, 'replace');
      const old = strArg(a[1], 'replace', 1), nw = strArg(a[2], 'replace', 2);
      const cnt = a[3] === undefined ? -1 : toIndex(a[3]);
      if (cnt < 0) {
        if (old === '') return s.length === 0 ? nw : nw + [...s].join(nw) + nw;
        return s.split(old).join(nw);
      }
      let out = '';
      let rest = s;
      for (let i = 0; i < cnt; i++) {
        if (old === '') {
          out += nw + (rest[0] ?? '');
          rest = rest.slice(1);
          if (rest === '' && i + 1 < cnt) {
            out += nw;
            break;
          }
          continue;
        }
        const k = rest.indexOf(old);
        if (k < 0) break;
        out += rest.slice(0, k) + nw;
        rest = rest.slice(k + old.length);
      }
      return out + rest;
    },
    find: (a) => findIn(self(a, 'find'), a, 'find', false),
    rfind: (a) => findIn(self(a, 'rfind'), a, 'rfind', true),
    index: (a) => {
      const r = findIn(self(a, 'index'), a, 'index', false);
      if (r < 0) throw pyErr(ValueError, 'substring not found');
      return r;
    },
    rindex: (a) => {
      const r = findIn(self(a, 'rindex'), a, 'rindex', true);
      if (r < 0) throw pyErr(ValueError, 'substring not found');
      return r;
    },
    count: (a) => {
      methodArity('str.count', a, 1, 3);
      const s = self(a, 'count');
      return count(s, strArg(a[1], 'count'), optIdx(a[2], s.length, 0), optIdx(a[3], s.length, s.length));
    },
    startswith: (a) => affix(self(a, 'startswith'), a, 'startswith', false),
    endswith: (a) => affix(self(a, 'endswith'), a, 'endswith', true),
    ljust: (a) => pad(self(a, 'ljust'), a, 'ljust', 'l'),
    rjust: (a) => pad(self(a, 'rjust'), a, 'rjust', 'r'),
    center: (a) => pad(self(a, 'center'), a, 'center', 'c'),
    zfill: (a) => {
      const s = self(a, 'zfill');
      const w = toIndex(a[1]);
      if (s.length >= w) return s;
      const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
      return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
    },
    expandtabs: (a, kw) => {
      const s = self(a, 'expandtabs');
      const ts = toIndex(a[1] ?? kw?.get('tabsize') ?? 8);
      let out = '';
      let col = 0;
      for (const ch of s) {
        if (ch === '\t') {
          const n = ts > 0 ? ts - (col % ts) : 0;
          out += ' '.repeat(n);
          col += n;
        } else {
          out += ch;
          col = ch === '\n' || ch === '\r' ? 0 : col + 1;
        }
      }
      return out;
    },
    partition: (a) => {
      const s = self(a, 'partition');
      const sep = strArg(a[1], 'partition');
      if (sep === '') throw pyErr(ValueError, 'empty separator');
      const i = s.indexOf(sep);
      return i < 0 ? new PyTuple([s, '', '']) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    rpartition: (a) => {
      const s = self(a, 'rpartition');
      const sep = strArg(a[1], 'rpartition');
      if (sep === '') throw pyErr(ValueError, 'empty separator');
      const i = s.lastIndexOf(sep);
      return i < 0 ? new PyTuple(['', '', s]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    removeprefix: (a) => {
      const s = self(a, 'removeprefix');
      const p = strArg(a[1], 'removeprefix');
      return p && s.startsWith(p) ? s.slice(p.length) : s;
    },
    removesuffix: (a) => {
      const s = self(a, 'removesuffix');
      const p = strArg(a[1], 'removesuffix');
      return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
    isdigit: (a) => /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]+$/u.test(self(a, 'isdigit')),
    isdecimal: (a) => /^\p{Nd}+$/u.test(self(a, 'isdecimal')),
    isnumeric: (a) => /^[\p{N}]+$/u.test(self(a, 'isnumeric')),
    isalpha: (a) => /^\p{L}+$/u.test(self(a, 'isalpha')),
    isalnum: (a) => /^[\p{L}\p{N}]+$/u.test(self(a, 'isalnum')),
    isspace: (a) => {
      const s = self(a, 'isspace');
      return s.length > 0 && [...s].every(isPySpace);
    },
    isupper: (a) => {
      const s = self(a, 'isupper');
      return [...s].some(cased) && ![...s].some(isLowerCh);
    },
    islower: (a) => {
      const s = self(a, 'islower');
      return [...s].some(cased) && ![...s].some(isUpperCh);
    },
    istitle: (a) => {
      return isTitle(self(a, 'istitle'));
    },
    isascii: (a) => [...self(a, 'isascii')].every((c) => c.charCodeAt(0) < 128),
    isidentifier: (a) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(self(a, 'isidentifier')),
    isprintable: (a) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|[\p{Zs}]/u.test(self(a, 'isprintable').replace(/ /g, '')),
    encode: (a, kw) => {
      const s = self(a, 'encode');
      const enc = String(a[1] ?? kw?.get('encoding') ?? 'utf-8').toLowerCase();
      return bytesFromString(s, enc, String(a[2] ?? kw?.get('errors') ?? 'strict'));
    },
    *format(a, kw) {
      const s = self(a, 'format');
      const m = new Map<PyObject, PyObject>();
      if (kw) for (const [k, v] of kw) m.set(k, v);
      return yield* formatString(s, a.slice(1), m);
    },
    *format_map(a) {
      return yield* formatString(self(a, 'format_map'), [], a[1]);
    },
    *translate(a) {
      const s = self(a, 'translate');
      const table = a[1];
      let out = '';
      for (const ch of s) {
        let v = getItemOpt(table, ch.codePointAt(0)!);
        if (v instanceof CallReq) {
          try {
            v = yield v;
          } catch {
            v = undefined;
          }
        }
        if (v === undefined) out += ch;
        else if (v === None) continue;
        else if (typeof v === 'number') out += String.fromCodePoint(v);
        else if (typeof v === 'string') out += v;
        else throw pyErr(TypeError, 'character mapping must return integer, None or str');
      }
      return out;
    },
    __len__: (a) => cpLen(self(a, '__len__')),
    *__mod__(a) {
      return yield* strMod(self(a, '__mod__'), a[1]);
    },
    __rmod__: () => NotImplemented,
    __str__: (a) => self(a, '__str__'),
    __hash__: (a) => hashOf(self(a, '__hash__')),
    __getnewargs__: (a) => new PyTuple([self(a, '__getnewargs__')]),
  });
  strType.dict!.set('maketrans', new PyStaticMethod(staticmethodType, builtin('maketrans', (a) => {
    const d = new PyDict();
    if (a.length === 1) {
      const m = a[0];
      if (!(m instanceof PyDict)) throw pyErr(TypeError, 'if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of m.table.entries()) d.set(typeof k === 'string' ? k.codePointAt(0)! : k, v);
      return d;
    }
    const x = strArg(a[0], 'maketrans'), y = strArg(a[1], 'maketrans', 2);
    if (x.length !== y.length) throw pyErr(ValueError, 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < x.length; i++) d.set(x.codePointAt(i)!, y.codePointAt(i)!);
    if (a[2] !== undefined) for (const ch of strArg(a[2], 'maketrans', 3)) d.set(ch.codePointAt(0)!, None);
    return d;
  })));
}

function getItemOpt(table: PyObject, k: number): PyObject | CallReq | undefined {
  if (table instanceof PyDict) return table.get(k);
  try {
    return getItem(table, k);
  } catch (e) {
    if (e && typeof e === 'object' && 'cls' in e) return undefined;
    throw e;
  }
}

let bytesFromString: (s: string, enc: string, errors: string) => PyObject = () => None;
export function setBytesEncoder(f: (s: string, enc: string, errors: string) => PyObject): void {
  bytesFromString = f;
}
export { AttributeError };
