// Subscription, len() and `in` for builtin containers, with dunder fallbacks.
import { CallReq, None, typeOf, type PyObject, type NativeGen, type Gen } from './base';
import { PyList } from './list';
import { PyTuple, tuple } from './tuple';
import { PyDict } from './dict';
import { PySet } from './set';
import { PyRange, PyBigRange, PySlice, sliceIndices } from './range';
import { normInt } from './base';
import { OverflowError as OverflowErrorT } from './exceptions';
import { pyErr, TypeError, IndexError, KeyError, ValueError } from './exceptions';
import { callMethod, eq, lenResult } from './operators';
import { iter, iterNext } from './iteration';
import { EXHAUSTED } from './base';
import { PyFloat } from './float';
import { indexHook } from './argparse';
import { cpLen, hasSurrogates } from './str-util';
import { makeAlias } from './generic-alias';
import type { PyType } from './base';

const GENERIC_BUILTINS = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'type']);

/** An index operand as a JS number (bigints clamp so that range checks fail correctly). */
export function indexValue(x: PyObject, what: string): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'object' && x.cls.isHeap) {
    const r = indexHook.index(x);
    if (r !== undefined) return typeof r === 'bigint' ? (r > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : r;
  }
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throw pyErr(TypeError, `${what} indices must be integers or slices, not ${typeOf(x).name}`);
}

function sliceOf<T>(items: readonly T[], s: PySlice): T[] {
  const [start, stop, step, count] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, stop > start ? stop : start);
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}

/** s[key] when s holds astral characters: index by code point. */
function strItemByCodePoint(obj: string, key: PyObject): PyObject {
  const cps = Array.from(obj);
  if (key instanceof PySlice) return sliceOf(cps, key).join('');
  let i = indexValue(key, 'string');
  if (i < 0) i += cps.length;
  if (i < 0 || i >= cps.length) throw pyErr(IndexError, 'string index out of range');
  return cps[i];
}

/** obj[key] for builtin containers; a CallReq for __getitem__/__missing__; undefined if n/a. */
export function getItem(obj: PyObject, key: PyObject): PyObject | CallReq {
  if (typeof obj === 'string') {
    if (hasSurrogates(obj)) return strItemByCodePoint(obj, key);
    if (key instanceof PySlice) {
      const [start, stop, step, count] = sliceIndices(key, obj.length);
      if (step === 1) return obj.slice(start, Math.max(start, stop));
      let s = '';
      for (let i = 0, j = start; i < count; i++, j += step) s += obj[j];
      return s;
    }
    let i = indexValue(key, 'string');
    if (i < 0) i += obj.length;
    if (i < 0 || i >= obj.length) throw pyErr(IndexError, 'string index out of range');
    return obj[i];
  }
  if (typeof obj === 'object') {
    const t = obj.cls;
    if (t.isHeap) {
      const m = t.lookup('__getitem__');
      if (m !== undefined && m !== dictGetitem && m !== listGetitem && m !== tupleGetitem) return new CallReq(m, [obj, key]);
    }
    if (obj instanceof PyList) return seqGet(obj.items, key, 'list');
    if (obj instanceof PyTuple) {
      if (key instanceof PySlice) return tuple(sliceOf(obj.items, key));
      return seqGet(obj.items, key, 'tuple');
    }
    if (obj instanceof PyDict) {
      const v = obj.table.get(key);
      if (v !== undefined) return v;
      if (t.isHeap) {
        const miss = t.lookup('__missing__');
        if (miss !== undefined) return new CallReq(miss, [obj, key]);
      }
      throw pyErr(KeyError, key);
    }
    if (obj instanceof PyBigRange) {
      let i = BigInt(typeof key === 'bigint' || typeof key === 'number' ? key : indexValue(key, 'range'));
      if (i < 0n) i += obj.length;
      if (i < 0n || i >= obj.length) throw pyErr(IndexError, 'range object index out of range');
      return normInt(obj.at(i));
    }
    if (obj instanceof PyRange) {
      if (key instanceof PySlice) {
        const [start, , step, count] = sliceIndices(key, obj.length);
        return new PyRange(obj.at(start), obj.at(start) + count * step * obj.step, step * obj.step);
      }
      let i = indexValue(key, 'range');
      if (i < 0) i += obj.length;
      if (i < 0 || i >= obj.length) throw pyErr(IndexError, 'range object index out of range');
      return obj.at(i);
    }
    if (obj instanceof PyType_) {
      const cg = (obj as unknown as { lookup(n: string): PyObject | undefined }).lookup('__class_getitem__');
      if (cg !== undefined) {
        // a classmethod (implicit for __class_getitem__): call its function with the class
        const f = (cg as { func?: PyObject | null }).func;
        return f ? new CallReq(f, [obj, key]) : new CallReq(cg, [key]);
      }
      if (GENERIC_BUILTINS.has((obj as unknown as { name: string }).name) && (obj as unknown as { module: string }).module === 'builtins') {
        return makeAlias(obj as unknown as PyType, key);
      }
      return obj; // other classes: typing only
    }
  }
  const m = typeOf(obj).lookup('__getitem__');
  if (m !== undefined) return new CallReq(m, [obj, key]);
  if (typeOf(obj).name === 'type') return obj;
  throw pyErr(TypeError, `'${typeOf(obj).name}' object is not subscriptable`);
}
// late-bound to avoid a cycle
let PyType_: abstract new (...a: never[]) => object = class {};
let dictGetitem: PyObject | undefined;
let listGetitem: PyObject | undefined;
let tupleGetitem: PyObject | undefined;
export function bindSequenceHelpers(typeClass: typeof PyType_, dg: PyObject, lg: PyObject, tg?: PyObject): void {
  PyType_ = typeClass;
  dictGetitem = dg;
  listGetitem = lg;
  tupleGetitem = tg;
}

function seqGet(items: PyObject[], key: PyObject, what: string): PyObject {
  if (typeof key === 'number') {
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    throw pyErr(IndexError, `${what} index out of range`);
  }
  if (key instanceof PySlice) return new PyList(sliceOf(items, key));
  const i0 = indexValue(key, what);
  const i = i0 < 0 ? i0 + items.length : i0;
  if (i >= 0 && i < items.length) return items[i];
  throw pyErr(IndexError, `${what} index out of range`);
}

export function setItem(obj: PyObject, key: PyObject, value: PyObject): CallReq | undefined {
  if (typeof obj === 'object') {
    const t = obj.cls;
    if (t.isHeap) {
      const m = t.lookup('__setitem__');
      if (m !== undefined && m !== dictSetitem && m !== listSetitem) return new CallReq(m, [obj, key, value]);
    }
    if (obj instanceof PyDict) {
      obj.table.set(key, value);
      return undefined;
    }
    if (obj instanceof PyList) {
      if (key instanceof PySlice) {
        if (!(value instanceof PyList || value instanceof PyTuple || typeof value === 'string' || value instanceof PySet || value instanceof PyDict || value instanceof PyRange)) {
          // any other iterable: let list.__setitem__ collect it (resumably)
          return new CallReq(listSetitem!, [obj, key, value]);
        }
        assignSlice(obj, key, value);
        return undefined;
      }
      let i = indexValue(key, 'list');
      if (i < 0) i += obj.items.length;
      if (i < 0 || i >= obj.items.length) throw pyErr(IndexError, 'list assignment index out of range');
      obj.items[i] = value;
      return undefined;
    }
    const m = t.lookup('__setitem__');
    if (m !== undefined) return new CallReq(m, [obj, key, value]);
  }
  throw pyErr(TypeError, `'${typeOf(obj).name}' object does not support item assignment`);
}
let dictSetitem: PyObject | undefined;
let listSetitem: PyObject | undefined;
export function bindDictSetitem(m: PyObject, l?: PyObject): void {
  dictSetitem = m;
  listSetitem = l;
}

function assignSlice(list: PyList, s: PySlice, value: PyObject): void {
  let vals: PyObject[];
  if (value instanceof PyList || value instanceof PyTuple) vals = value.items.slice();
  else if (typeof value === 'string') vals = value.split('');
  else if (value instanceof PySet) vals = [...value.values()];
  else if (value instanceof PyDict) vals = [...value.table.keys()];
  else if (value instanceof PyRange) vals = Array.from({ length: value.length }, (_, i) => value.at(i));
  else throw pyErr(TypeError, 'can only assign an iterable');
  const [start, stop, step, count] = sliceIndices(s, list.items.length);
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start), ...vals);
    return;
  }
  if (vals.length !== count) {
    throw pyErr(ValueError, `attempt to assign sequence of size ${vals.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) list.items[j] = vals[i];
}

export function delItem(obj: PyObject, key: PyObject): CallReq | undefined {
  if (typeof obj === 'object') {
    const t = obj.cls;
    if (t.isHeap) {
      const m = t.lookup('__delitem__');
      if (m !== undefined && m.constructor.name !== 'PyBuiltin') return new CallReq(m, [obj, key]);
    }
    if (obj instanceof PyDict) {
      if (!obj.table.delete(key)) throw pyErr(KeyError, key);
      return undefined;
    }
    if (obj instanceof PyList) {
      if (key instanceof PySlice) {
        const [start, stop, step, count] = sliceIndices(key, obj.items.length);
        if (step === 1) obj.items.splice(start, Math.max(0, stop - start));
        else {
          const idx = new Set<number>();
          for (let i = 0, j = start; i < count; i++, j += step) idx.add(j);
          obj.items = obj.items.filter((_, i) => !idx.has(i));
        }
        return undefined;
      }
      let i = indexValue(key, 'list');
      if (i < 0) i += obj.items.length;
      if (i < 0 || i >= obj.items.length) throw pyErr(IndexError, 'list assignment index out of range');
      obj.items.splice(i, 1);
      return undefined;
    }
    const m = t.lookup('__delitem__');
    if (m !== undefined) return new CallReq(m, [obj, key]);
  }
  throw pyErr(TypeError, `'${typeOf(obj).name}' object doesn't support item deletion`);
}

/** len() of builtin containers, or undefined. */
export function lenFast(x: PyObject): number | undefined {
  if (typeof x === 'string') return cpLen(x);
  if (typeof x !== 'object' || x.cls.isHeap) return undefined;
  if (x instanceof PyList || x instanceof PyTuple) return x.items.length;
  if (x instanceof PyDict || x instanceof PySet) return x.size;
  if (x instanceof PyRange) return x.length;
  if (x instanceof PyBigRange) {
    if (x.length > BigInt(Number.MAX_SAFE_INTEGER)) throw pyErr(OverflowErrorT, 'Python int too large to convert to C ssize_t');
    return Number(x.length);
  }
  return undefined;
}

export function* len(x: PyObject): Gen<number> {
  const f = lenFast(x);
  if (f !== undefined) return f;
  const m = typeOf(x).lookup('__len__');
  if (m !== undefined) return lenResult(yield* callMethod(m, [x]));
  if (x instanceof PyList || x instanceof PyTuple) return x.items.length;
  if (x instanceof PyDict || x instanceof PySet) return x.size;
  throw pyErr(TypeError, `object of type '${typeOf(x).name}' has no len()`);
}

/** `item in container`. */
export function* contains(container: PyObject, item: PyObject): NativeGen {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    return container.includes(item);
  }
  if (typeof container === 'object') {
    const t = container.cls;
    const m = t.isHeap ? t.lookup('__contains__') : undefined;
    if (m === undefined || !t.isHeap) {
      if (container instanceof PyDict || container instanceof PySet) return container.table.has(item);
      if (container instanceof PyList || container instanceof PyTuple) {
        const items = container.items;
        for (let i = 0; i < items.length; i++) {
          const x = items[i];
          if (x === item || (yield* eq(x, item))) return true;
        }
        return false;
      }
      if (container instanceof PyBigRange) {
        const v = typeof item === 'boolean' ? BigInt(item ? 1 : 0) : typeof item === 'number' || typeof item === 'bigint' ? BigInt(item) : null;
        return v !== null && container.contains(v);
      }
      if (container instanceof PyRange) {
        const v = typeof item === 'boolean' ? (item ? 1 : 0) : item instanceof PyFloat ? item.value : item;
        if (typeof v !== 'number') return false;
        const r = container;
        if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
        return (v - r.start) % r.step === 0;
      }
    }
    const cm = t.lookup('__contains__');
    if (cm !== undefined) {
      const r = yield* callMethod(cm, [container, item]);
      return typeof r === 'boolean' ? r : r !== None && r !== 0 && r !== '';
    }
  }
  const t = typeOf(container);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw pyErr(TypeError, `argument of type '${t.name}' is not iterable`);
  }
  const it = yield* iter(container);
  for (;;) {
    const v = yield* iterNext(it);
    if (v === EXHAUSTED) return false;
    if (v === item || (yield* eq(v, item))) return true;
  }
}
