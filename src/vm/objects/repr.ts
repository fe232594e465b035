// repr(), str() and format(): builtin values directly, user classes through their dunders.
import {
  PyObj, PyType, PyBuiltin, unbox, None, NotImplemented, Ellipsis, typeOf, type PyObject, type Gen,
} from './base';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { PyDict } from './dict';
import { PySet, frozensetType } from './set';
import { PyRange, PyBigRange, PySlice } from './range';
import { PyFunction, PyMethod, PyCell, PyProperty } from './function';
import { PyModule } from './module';
import { PyExc, pyErr, TypeError, ValueError, OverflowError, KeyError, IndexError, MemoryError } from './exceptions';
import { strRepr } from './str-repr';
import { floatRepr } from './format/float-repr';
import { formatFloat } from './format/format-float';
import { formatInt } from './format/format-int';
import { formatStr } from './format/format-str';
import { FormatError } from './format/format-error';
import { callMethod } from './operators';
import { PyGenerator } from './generator';

const MAX_STR_DIGITS = 4300;

export function intRepr(x: number | bigint): string {
  if (typeof x === 'bigint') {
    const s = x.toString();
    if (s.length - (x < 0n ? 1 : 0) > MAX_STR_DIGITS) {
      throw pyErr(ValueError, `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    }
    return s;
  }
  return String(x);
}

/** Objects currently being repr'd (recursive containers print as [...]). */
const reprActive = new Set<PyObject>();

export function hexId(o: PyObject): string {
  const id = typeof o === 'object' ? (o.id === 0 ? (o.id = Math.floor(Math.random() * 1e6) + 1) : o.id) : 0;
  return '0x' + (0x7f0000000000 + id * 16).toString(16);
}

/** repr for values whose repr never runs Python code; undefined otherwise. */
export function reprFast(x: PyObject): string | undefined {
  switch (typeof x) {
    case 'string':
      return strRepr(x);
    case 'number':
      return String(x);
    case 'bigint':
      return intRepr(x);
    case 'boolean':
      return x ? 'True' : 'False';
  }
  if (x.cls.isHeap) return undefined;
  if (x === None) return 'None';
  if (x instanceof PyFloat) return floatRepr(x.value);
  return undefined;
}

function* seqRepr(items: readonly PyObject[], open: string, close: string): Gen<string> {
  const parts: string[] = [];
  for (const e of items) parts.push(yield* repr(e));
  return open + parts.join(', ') + close;
}

function defaultRepr(x: PyObj): string {
  const t = x.cls;
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.qualname} object at ${hexId(x)}>`;
}

/** repr of builtin (non-heap-overridden) objects. */
function* builtinRepr(x: PyObj): Gen<string> {
  if (x === None) return 'None';
  if (x === NotImplemented) return 'NotImplemented';
  if (x === Ellipsis) return 'Ellipsis';
  if (x instanceof PyFloat) return floatRepr(x.value);
  if (reprActive.has(x)) {
    if (x instanceof PyList) return '[...]';
    if (x instanceof PyDict) return '{...}';
    return '...';
  }
  reprActive.add(x);
  try {
    if (x instanceof PyList) return yield* seqRepr(x.items, '[', ']');
    if (x instanceof PyTuple) {
      if (x.items.length === 1) return '(' + (yield* repr(x.items[0])) + ',)';
      return yield* seqRepr(x.items, '(', ')');
    }
    if (x instanceof PyDict) {
      const parts: string[] = [];
      for (const [k, v] of x.table.entries()) parts.push((yield* repr(k)) + ': ' + (yield* repr(v)));
      return '{' + parts.join(', ') + '}';
    }
    if (x instanceof PySet) {
      const frozen = x.cls.isSubtypeOf(frozensetType);
      if (x.size === 0) return frozen ? 'frozenset()' : 'set()';
      const s = yield* seqRepr([...x.values()], '{', '}');
      return frozen ? `frozenset(${s})` : s;
    }
  } finally {
    reprActive.delete(x);
  }
  if (x instanceof PyBigRange) {
    return x.step === 1n ? `range(${x.start}, ${x.stop})` : `range(${x.start}, ${x.stop}, ${x.step})`;
  }
  if (x instanceof PyRange) {
    return x.step === 1 ? `range(${x.start}, ${x.stop})` : `range(${x.start}, ${x.stop}, ${x.step})`;
  }
  if (x instanceof PySlice) return `slice(${yield* repr(x.start)}, ${yield* repr(x.stop)}, ${yield* repr(x.step)})`;
  if (x instanceof PyType) {
    const mod = x.module === 'builtins' ? '' : x.module + '.';
    return `<class '${mod}${x.qualname}'>`;
  }
  if (x instanceof PyFunction) return `<function ${x.qualname} at ${hexId(x)}>`;
  if (x instanceof PyBuiltin) {
    if (x.self !== null) {
      return `<built-in method ${x.name} of ${typeOf(x.self).name} object at ${hexId(x.self)}>`;
    }
    if (x.cls.name === 'method_descriptor') return `<method '${x.name}' of '${x.qualname.split('.')[0]}' objects>`;
    return `<built-in function ${x.name}>`;
  }
  if (x instanceof PyMethod) {
    const fq = x.func instanceof PyFunction ? x.func.qualname : '?';
    return `<bound method ${fq} of ${yield* repr(x.self)}>`;
  }
  if (x instanceof PyModule) return x.name === 'sys' || x.name === 'builtins' ? `<module '${x.name}' (built-in)>` : `<module '${x.name}'>`;
  if (x instanceof PyExc) return yield* excRepr(x);
  if (x instanceof PyCell) return `<cell at ${hexId(x)}>`;
  if (x instanceof PyProperty) return `<property object at ${hexId(x)}>`;
  if (x instanceof PyGenerator) return `<generator object ${x.qualname} at ${hexId(x)}>`;
  return defaultRepr(x);
}

function* excRepr(e: PyExc): Gen<string> {
  const items = e.args.items;
  const name = e.cls.name;
  if (items.length === 1) return `${name}(${yield* repr(items[0])})`;
  return name + (yield* seqRepr(items, '(', ')'));
}

export function* repr(x: PyObject): Gen<string> {
  const f = reprFast(x);
  if (f !== undefined) return f;
  const o = x as PyObj;
  const m = o.cls.lookup('__repr__');
  if (m === undefined || (m instanceof PyBuiltin && m.qualname === 'object.__repr__')) {
    if (!o.cls.isHeap || m === undefined) return yield* builtinRepr(o);
    return defaultReprFor(o);
  }
  if (m instanceof PyBuiltin && m.qualname.endsWith('.__repr__') && m.fn === null && m.gfn === null) return yield* builtinRepr(o);
  const r = yield* callMethod(m, [x]);
  if (typeof r !== 'string') throw pyErr(TypeError, `__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

function defaultReprFor(o: PyObj): string {
  if (o instanceof PyExc || o instanceof PyList || o instanceof PyDict || o instanceof PyTuple || o instanceof PySet) {
    return ''; // unreachable: those types define __repr__
  }
  return defaultRepr(o);
}

/** The builtin __repr__ body (used by the builtin types' __repr__ methods). */
export function* builtinReprOf(x: PyObject): Gen<string> {
  x = unbox(x);
  const f = reprFast(x);
  if (f !== undefined && typeof x !== 'object') return f;
  if (typeof x === 'object' && x instanceof PyFloat) return floatRepr(x.value);
  return yield* builtinRepr(x as PyObj);
}
export function objectRepr(x: PyObject): string {
  return typeof x === 'object' ? defaultRepr(x) : (reprFast(x) ?? '');
}

export function* str(x: PyObject): Gen<string> {
  if (typeof x === 'string') return x;
  const f = reprFast(x);
  if (f !== undefined && typeof x !== 'object') return f;
  const t = typeOf(x);
  if (!t.isHeap && x instanceof PyFloat) return floatRepr(x.value);
  const m = t.lookup('__str__');
  if (m === undefined || (m instanceof PyBuiltin && m.qualname === 'object.__str__')) return yield* repr(x);
  const r = yield* callMethod(m, [x]);
  if (typeof r !== 'string') throw pyErr(TypeError, `__str__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** str() of an exception as CPython prints it after "Type: ". */
export function* excStr(e: PyExc): Gen<string> {
  const items = e.args.items;
  if (e.cls.isSubtypeOf(KeyError) && items.length === 1 && !e.cls.isHeap) return yield* repr(items[0]);
  if (items.length === 0) return '';
  if (items.length === 1) return yield* str(items[0]);
  return yield* repr(e.args);
}

export function formatErrorToPy(e: unknown): unknown {
  if (e instanceof FormatError) {
    const t = e.pyType === 'ValueError' ? ValueError : e.pyType === 'TypeError' ? TypeError : e.pyType === 'OverflowError' ? OverflowError : e.pyType === 'KeyError' ? KeyError : e.pyType === 'MemoryError' ? MemoryError : IndexError;
    return e.message === '' ? pyErr(t) : pyErr(t, e.message);
  }
  return e;
}

/** format(value, spec). */
export function* format(x: PyObject, spec: string): Gen<string> {
  try {
    const t = typeOf(x);
    if (!t.isHeap || t.lookup('__format__') instanceof PyBuiltin) {
      x = unbox(x);
      if (typeof x === 'string') return formatStr(x, spec);
      if (typeof x === 'number' || typeof x === 'bigint') return formatInt(x, spec);
      if (typeof x === 'boolean') return spec === '' ? (x ? 'True' : 'False') : formatInt(x ? 1 : 0, spec, 'bool');
      if (x instanceof PyFloat) return formatFloat(x.value, spec);
      if (spec === '') return yield* str(x);
      if (typeof x === 'object' && x.cls.isHeap && x instanceof PyObj && !(x instanceof PyFloat)) {
        throw pyErr(TypeError, `unsupported format string passed to ${t.name}.__format__`);
      }
      throw pyErr(TypeError, `unsupported format string passed to ${t.name}.__format__`);
    }
    const m = t.lookup('__format__')!;
    const r = yield* callMethod(m, [x, spec]);
    if (typeof r !== 'string') throw pyErr(TypeError, `__format__ must return a str, not ${typeOf(r).name}`);
    return r;
  } catch (e) {
    throw formatErrorToPy(e);
  }
}
