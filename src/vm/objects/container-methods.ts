// Methods of list, tuple, dict and set/frozenset.
import { MAX_ITEMS } from './iteration';
import {
  defineMethods, CallReq, None, NotImplemented, EXHAUSTED, typeOf, type PyObject, type KwArgs, type NativeGen, type Gen,
} from './base';
import { PyList, listType } from './list';
import { PyTuple, tupleType, tuple } from './tuple';
import { PyDict, dictType } from './dict';
import { PySet, setType, frozensetType } from './set';
import { pyErr, TypeError, ValueError, IndexError, KeyError, MemoryError } from './exceptions';
import { MAX_SEQ } from './operators';
import { methodArity, toIndex, arity } from './argparse';
import { eq, lessThan, compareFast, hashOf, richCompare, compareBuiltin } from './operators';
import { iter, iterNext, toArray } from './iteration';
import { builtinReprOf } from './repr';
import { PyListIter, PyArrayIter, PyTableIter, PySetIter, PyReversedList, dictKeyIterType, dictValueIterType, dictItemIterType } from './iterators';
import { makeType, PyObj } from './base';
import { getItem, setItem as builtinSetItemRaw, delItem as builtinDelItemRaw } from './sequence';
import { PySlice } from './range';
import { binopBuiltin as binopBuiltinRef } from './operators';

/** Item access on the builtin part of a list/tuple (bypasses subclass __getitem__). */
function seqItem(x: PyList | PyTuple, k: PyObject): PyObject {
  const r = getItem(x, k);
  if (r instanceof CallReq) throw pyErr(TypeError, 'unexpected __getitem__ call');
  return r;
}
function builtinSetItem(tmp: PyList, k: PyObject, v: PyObject, target: PyList): void {
  builtinSetItemRaw(tmp, k, v);
  target.items = tmp.items;
}
function builtinDelItem(l: PyList, k: PyObject): void {
  const tmp = new PyList(l.items);
  builtinDelItemRaw(tmp, k);
  l.items = tmp.items;
}

listType.unhashable = true;
dictType.unhashable = true;

export const dictKeysType = makeType('dict_keys');
export const dictValuesType = makeType('dict_values');
export const dictItemsType = makeType('dict_items');
export class PyDictView extends PyObj {
  constructor(
    readonly d: PyDict,
    readonly kind: number,
  ) {
    super(kind === 0 ? dictKeysType : kind === 1 ? dictValuesType : dictItemsType);
  }
}

function list(a: PyObject[], name: string): PyList {
  const s = a[0];
  if (!(s instanceof PyList)) throw pyErr(TypeError, `descriptor '${name}' for 'list' objects doesn't apply to a '${typeOf(s).name}' object`);
  return s;
}
function dict(a: PyObject[], name: string): PyDict {
  const s = a[0];
  if (!(s instanceof PyDict)) throw pyErr(TypeError, `descriptor '${name}' for 'dict' objects doesn't apply to a '${typeOf(s).name}' object`);
  return s;
}
function set(a: PyObject[], name: string): PySet {
  const s = a[0];
  if (!(s instanceof PySet)) throw pyErr(TypeError, `descriptor '${name}' requires a 'set' object but received a '${typeOf(s).name}'`);
  return s;
}

function* indexOf(items: PyObject[], x: PyObject, start: number, stop: number): Gen<number> {
  for (let i = start; i < Math.min(stop, items.length); i++) {
    if (items[i] === x || (yield* eq(items[i], x))) return i;
  }
  return -1;
}
function clampIdx(x: PyObject | undefined, len: number, dflt: number): number {
  if (x === undefined) return dflt;
  let i = toIndex(x);
  if (i < 0) i = Math.max(0, i + len);
  return Math.min(i, len);
}

/** CPython 3.12's list.sort: count_run + binary insertion over minrun-sized runs, then
 * stable merges. The comparisons (and so any __lt__ side effects) match CPython for short
 * lists; longer lists sort identically, with a different number of comparisons. */
function* cpySort(keys: PyObject[], idx: number[]): Gen<number[]> {
  const n = idx.length;
  if (n < 2) return idx;
  let allNum = true, allStr = true;
  for (const i of idx) {
    const k = keys[i];
    if (typeof k !== 'number') allNum = false;
    if (typeof k !== 'string') allStr = false;
  }
  if (allNum) return idx.sort((a, b) => (keys[a] as number) - (keys[b] as number));
  if (allStr) return idx.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  // Each comparison tries compareFast inline and only falls back to the resumable lessThan
  // (which may call __lt__) when needed: no generator object per comparison.
  let c: boolean | undefined;
  let r = n, bits = 0;
  while (r >= 64) {
    bits |= r & 1;
    r >>= 1;
  }
  const minrun = r + bits;
  const a = idx.slice();
  const runs: [number, number][] = [];
  let lo = 0;
  while (lo < n) {
    let len = 1;
    if (lo + 1 < n) {
      len = 2;
      if ((c = compareFast(keys[a[lo + 1]], keys[a[lo]], 0)) !== undefined ? c : (yield* lessThan(keys[a[lo + 1]], keys[a[lo]]))) {
        while (lo + len < n && ((c = compareFast(keys[a[lo + len]], keys[a[lo + len - 1]], 0)) !== undefined ? c : (yield* lessThan(keys[a[lo + len]], keys[a[lo + len - 1]])))) len++;
        const rev = a.slice(lo, lo + len).reverse();
        for (let i = 0; i < len; i++) a[lo + i] = rev[i];
      } else {
        while (lo + len < n && !((c = compareFast(keys[a[lo + len]], keys[a[lo + len - 1]], 0)) !== undefined ? c : (yield* lessThan(keys[a[lo + len]], keys[a[lo + len - 1]])))) len++;
      }
    }
    if (len < minrun) {
      const force = Math.min(minrun, n - lo);
      for (let start = lo + len; start < lo + force; start++) {
        const pivot = a[start];
        let l = lo, rr = start;
        do {
          const p = l + ((rr - l) >> 1);
          if ((c = compareFast(keys[pivot], keys[a[p]], 0)) !== undefined ? c : (yield* lessThan(keys[pivot], keys[a[p]]))) rr = p;
          else l = p + 1;
        } while (l < rr);
        for (let p = start; p > l; p--) a[p] = a[p - 1];
        a[l] = pivot;
      }
      len = force;
    }
    runs.push([lo, len]);
    lo += len;
  }
  // merge neighbouring runs pairwise (balanced, O(n log n); stable)
  let cur = runs;
  while (cur.length > 1) {
    const next: [number, number][] = [];
    for (let r = 0; r + 1 < cur.length; r += 2) {
      const [s1, n1] = cur[r];
      const [, n2] = cur[r + 1];
      const left = a.slice(s1, s1 + n1), right = a.slice(s1 + n1, s1 + n1 + n2);
      let i = 0, j = 0, k = s1;
      while (i < left.length && j < right.length) {
        if ((c = compareFast(keys[right[j]], keys[left[i]], 0)) !== undefined ? c : (yield* lessThan(keys[right[j]], keys[left[i]]))) a[k++] = right[j++];
        else a[k++] = left[i++];
      }
      while (i < left.length) a[k++] = left[i++];
      while (j < right.length) a[k++] = right[j++];
      next.push([s1, n1 + n2]);
    }
    if (cur.length % 2 === 1) next.push(cur[cur.length - 1]);
    cur = next;
  }
  return a;
}

export function* sortItems(items: PyObject[], key: PyObject, reverse: boolean): Gen<PyObject[]> {
  const keys: PyObject[] = [];
  if (key === None) keys.push(...items);
  else for (const x of items) keys.push(yield new CallReq(key, [x]));
  let idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  idx = yield* cpySort(keys, idx);
  if (reverse) idx.reverse();
  return idx.map((i) => items[i]);
}

function* extendFrom(target: PyObject[], x: PyObject): Gen<void> {
  if (x instanceof PyList || x instanceof PyTuple) {
    for (const v of x.items.slice()) target.push(v);
    return;
  }
  const it = yield* iter(x);
  for (;;) {
    const v = yield* iterNext(it);
    if (v === EXHAUSTED) return;
    // a runaway iterator would exhaust the JS heap: fail like CPython's allocator
    if (target.push(v) > MAX_ITEMS) throw pyErr(MemoryError);
  }
}

function* seqEq(a: PyObject[], b: PyObject[]): Gen<boolean> {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(a[i] === b[i] || (yield* eq(a[i], b[i])))) return false;
  return true;
}

function* cmpMethod(a: PyObject[], cls: typeof PyList | typeof PyTuple, op: number): NativeGen {
  const x = a[0], y = a[1];
  if (!(y instanceof cls)) return NotImplemented;
  return yield* richCompare(x, y, op);
}

export function* updateDict(d: PyDict, src: PyObject | undefined, kw: KwArgs | null): Gen<void> {
  if (src !== undefined) {
    if (src instanceof PyDict) for (const [k, v] of src.table.entries()) d.set(k, v);
    else if (typeOf(src).lookup('keys') !== undefined) {
      const keys = yield new CallReq(typeOf(src).lookup('keys')!, [src]);
      for (const k of yield* toArray(keys)) {
        let v = getItem(src, k);
        if (v instanceof CallReq) v = yield v;
        d.set(k, v as PyObject);
      }
    } else {
      const it = yield* iter(src);
      for (let i = 0; ; i++) {
        const item = yield* iterNext(it);
        if (item === EXHAUSTED) break;
        let pair: PyObject[];
        try {
          pair = yield* toArray(item);
        } catch {
          throw pyErr(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        if (pair.length !== 2) {
          throw pyErr(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        d.set(pair[0], pair[1]);
      }
    }
  }
  if (kw) for (const [k, v] of kw) d.set(k, v);
}

function* setFrom(x: PyObject): Gen<PySet> {
  if (x instanceof PySet) return x;
  const s = new PySet();
  for (const v of yield* toArray(x)) s.add(v);
  return s;
}

export function installContainerMethods(): void {
  defineMethods(listType, {
    append(a) {
      methodArity('list.append', a, 1);
      const items = list(a, 'append').items;
      // a runaway loop filling memory becomes MemoryError, not a dead tab
      if (items.length >= MAX_SEQ) throw pyErr(MemoryError);
      items.push(a[1]);
      return None;
    },
    *extend(a) {
      methodArity('list.extend', a, 1);
      yield* extendFrom(list(a, 'extend').items, a[1]);
      return None;
    },
    insert(a) {
      methodArity('list.insert', a, 2);
      const items = list(a, 'insert').items;
      let i = toIndex(a[1]);
      if (i < 0) i = Math.max(0, i + items.length);
      items.splice(Math.min(i, items.length), 0, a[2]);
      return None;
    },
    pop(a) {
      methodArity('list.pop', a, 0, 1);
      const items = list(a, 'pop').items;
      if (items.length === 0) throw pyErr(IndexError, 'pop from empty list');
      if (a.length === 1) return items.pop()!;
      let i = toIndex(a[1]);
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) throw pyErr(IndexError, 'pop index out of range');
      return items.splice(i, 1)[0];
    },
    *remove(a) {
      methodArity('list.remove', a, 1);
      const items = list(a, 'remove').items;
      const i = yield* indexOf(items, a[1], 0, items.length);
      if (i < 0) throw pyErr(ValueError, 'list.remove(x): x not in list');
      items.splice(i, 1);
      return None;
    },
    *index(a) {
      methodArity('index', a, 1, 3);
      const items = list(a, 'index').items;
      const i = yield* indexOf(items, a[1], clampIdx(a[2], items.length, 0), clampIdx(a[3], items.length, items.length));
      if (i < 0) throw pyErr(ValueError, `${(yield* builtinReprOf(a[1])) as string} is not in list`);
      return i;
    },
    *count(a) {
      methodArity('count', a, 1);
      let n = 0;
      for (const x of list(a, 'count').items) if (x === a[1] || (yield* eq(x, a[1]))) n++;
      return n;
    },
    clear(a) {
      list(a, 'clear').items.length = 0;
      return None;
    },
    copy(a) {
      return new PyList(list(a, 'copy').items.slice());
    },
    reverse(a) {
      list(a, 'reverse').items.reverse();
      return None;
    },
    *sort(a, kw) {
      if (a.length > 1) throw pyErr(TypeError, 'sort() takes no positional arguments');
      const l = list(a, 'sort');
      const items = l.items;
      l.items = [];
      try {
        const sorted = yield* sortItems(items, kw?.get('key') ?? None, !!(kw?.get('reverse') ?? false));
        l.items = sorted;
      } catch (e) {
        l.items = items;
        throw e;
      }
      return None;
    },
    __len__: (a) => list(a, '__len__').items.length,
    __getitem__: (a) => seqItem(list(a, '__getitem__'), a[1]),
    *__setitem__(a) {
      const l = list(a, '__setitem__');
      let v = a[2];
      if (a[1] instanceof PySlice && !(v instanceof PyList || v instanceof PyTuple)) v = new PyList(yield* toArray(v));
      builtinSetItem(new PyList(l.items), a[1], v, l);
      return None;
    },
    __delitem__: (a) => {
      const l = list(a, '__delitem__');
      builtinDelItem(l, a[1]);
      return None;
    },
    *__contains__(a) {
      for (const x of list(a, '__contains__').items) if (x === a[1] || (yield* eq(x, a[1]))) return true;
      return false;
    },
    __add__: (a) => {
      if (!(a[1] instanceof PyList)) throw pyErr(TypeError, `can only concatenate list (not "${typeOf(a[1]).name}") to list`);
      return new PyList(list(a, '__add__').items.concat(a[1].items));
    },
    *__iadd__(a) {
      yield* extendFrom(list(a, '__iadd__').items, a[1]);
      return a[0];
    },
    __mul__: (a) => binopBuiltinRef(new PyList(list(a, '__mul__').items), a[1], 5),
    __iter__: (a) => new PyListIter(list(a, '__iter__')),
    __reversed__: (a) => {
      const l = list(a, '__reversed__');
      return new PyReversedList(() => l.items, l.items.length - 1);
    },
    *__init__(a) {
      const l = list(a, '__init__');
      arity('list', a.slice(1), 0, 1);
      l.items = [];
      if (a.length > 1) yield* extendFrom(l.items, a[1]);
      return None;
    },
    *__eq__(a) {
      if (!(a[1] instanceof PyList)) return NotImplemented;
      return yield* seqEq(list(a, '__eq__').items, a[1].items);
    },
    *__lt__(a) {
      return yield* cmpMethod(a, PyList, 0);
    },
    *__le__(a) {
      return yield* cmpMethod(a, PyList, 1);
    },
    *__gt__(a) {
      return yield* cmpMethod(a, PyList, 4);
    },
    *__ge__(a) {
      return yield* cmpMethod(a, PyList, 5);
    },
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
  });

  defineMethods(tupleType, {
    *index(a) {
      methodArity('index', a, 1, 3);
      const items = (a[0] as PyTuple).items;
      const i = yield* indexOf(items, a[1], clampIdx(a[2], items.length, 0), clampIdx(a[3], items.length, items.length));
      if (i < 0) throw pyErr(ValueError, 'tuple.index(x): x not in tuple');
      return i;
    },
    *count(a) {
      let n = 0;
      for (const x of (a[0] as PyTuple).items) if (x === a[1] || (yield* eq(x, a[1]))) n++;
      return n;
    },
    __len__: (a) => (a[0] as PyTuple).items.length,
    __getitem__: (a) => {
      const t = a[0] as PyTuple;
      return seqItem(new PyTuple(t.items), a[1]);
    },
    *__contains__(a) {
      for (const x of (a[0] as PyTuple).items) if (x === a[1] || (yield* eq(x, a[1]))) return true;
      return false;
    },
    __add__: (a) => {
      if (!(a[1] instanceof PyTuple)) throw pyErr(TypeError, `can only concatenate tuple (not "${typeOf(a[1]).name}") to tuple`);
      return new PyTuple((a[0] as PyTuple).items.concat(a[1].items));
    },
    __iter__: (a) => new PyArrayIter((a[0] as PyTuple).items),
    __hash__: (a) => hashOf(a[0]),
    *__eq__(a) {
      if (!(a[1] instanceof PyTuple)) return NotImplemented;
      return yield* seqEq((a[0] as PyTuple).items, a[1].items);
    },
    *__lt__(a) {
      return yield* cmpMethod(a, PyTuple, 0);
    },
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
    __getnewargs__: (a) => new PyTuple([tuple((a[0] as PyTuple).items)]),
  });

  defineMethods(dictType, {
    *__init__(a, kw) {
      const d = dict(a, '__init__');
      if (a.length > 2) throw pyErr(TypeError, `dict expected at most 1 argument, got ${a.length - 1}`);
      yield* updateDict(d, a[1], kw);
      return None;
    },
    get(a) {
      methodArity('dict.get', a, 1, 2);
      return dict(a, 'get').table.get(a[1]) ?? (a.length > 2 ? a[2] : None);
    },
    setdefault(a) {
      methodArity('dict.setdefault', a, 1, 2);
      const d = dict(a, 'setdefault');
      const v = d.table.get(a[1]);
      if (v !== undefined) return v;
      const dv = a.length > 2 ? a[2] : None;
      d.set(a[1], dv);
      return dv;
    },
    pop(a) {
      methodArity('dict.pop', a, 1, 2);
      const d = dict(a, 'pop');
      const v = d.table.get(a[1]);
      if (v === undefined) {
        if (a.length > 2) return a[2];
        throw pyErr(KeyError, a[1]);
      }
      d.table.delete(a[1]);
      return v;
    },
    popitem(a) {
      const d = dict(a, 'popitem');
      if (d.size === 0) throw pyErr(KeyError, 'popitem(): dictionary is empty');
      const jk = [...d.table.map.keys()].pop();
      const k = d.table.keyFor(jk);
      const v = d.table.map.get(jk)!;
      d.table.delete(k);
      return new PyTuple([k, v]);
    },
    keys: (a) => new PyDictView(dict(a, 'keys'), 0),
    values: (a) => new PyDictView(dict(a, 'values'), 1),
    items: (a) => new PyDictView(dict(a, 'items'), 2),
    *update(a, kw) {
      methodArity('dict.update', a, 0, 1);
      yield* updateDict(dict(a, 'update'), a[1], kw);
      return None;
    },
    clear(a) {
      dict(a, 'clear').table.clear();
      return None;
    },
    copy(a) {
      const src = dict(a, 'copy');
      const d = new PyDict();
      d.table.copyFrom(src.table);
      return d;
    },
    __len__: (a) => dict(a, '__len__').size,
    __iter__: (a) => new PyTableIter(dict(a, '__iter__').table, 0),
    __contains__: (a) => dict(a, '__contains__').table.has(a[1]),
    __getitem__: (a) => {
      const d = dict(a, '__getitem__');
      const v = d.table.get(a[1]);
      if (v !== undefined) return v;
      throw pyErr(KeyError, a[1]);
    },
    __setitem__: (a) => {
      dict(a, '__setitem__').set(a[1], a[2]);
      return None;
    },
    __delitem__: (a) => {
      if (!dict(a, '__delitem__').table.delete(a[1])) throw pyErr(KeyError, a[1]);
      return None;
    },
    __reversed__: (a) => {
      const d = dict(a, '__reversed__');
      const keys = [...d.table.keys()];
      return new PyReversedList(() => keys, keys.length - 1);
    },
    *__eq__(a) {
      if (!(a[1] instanceof PyDict)) return NotImplemented;
      return yield* compareBuiltin(a[0], a[1], 2);
    },
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
  });
  dictType.dict!.set('fromkeys', classMethod('fromkeys', function* (a) {
    const cls = a[0];
    const d = (yield new CallReq(cls, [])) as PyDict;
    const v = a.length > 2 ? a[2] : None;
    for (const k of yield* toArray(a[1])) d.set(k, v);
    return d;
  }));

  const viewIter = (v: PyDictView) => new PyTableIter(v.d.table, v.kind, v.kind === 0 ? dictKeyIterType : v.kind === 1 ? dictValueIterType : dictItemIterType);
  for (const vt of [dictKeysType, dictValuesType, dictItemsType]) {
    defineMethods(vt, {
      __iter__: (a) => viewIter(a[0] as PyDictView),
      __len__: (a) => (a[0] as PyDictView).d.size,
      *__contains__(a) {
        const v = a[0] as PyDictView;
        if (v.kind === 0) return v.d.table.has(a[1]);
        if (v.kind === 2) {
          const t = a[1];
          if (!(t instanceof PyTuple) || t.items.length !== 2) return false;
          const val = v.d.table.get(t.items[0]);
          return val !== undefined && (val === t.items[1] || (yield* eq(val, t.items[1])));
        }
        for (const x of v.d.table.map.values()) if (x === a[1] || (yield* eq(x, a[1]))) return true;
        return false;
      },
      __reversed__: (a) => {
        const v = a[0] as PyDictView;
        const items = [...new PyTableIterArray(v)];
        return new PyReversedList(() => items, items.length - 1);
      },
      *__repr__(a) {
        const v = a[0] as PyDictView;
        const items = [...new PyTableIterArray(v)];
        return `${v.cls.name}(${(yield* builtinReprOf(new PyList(items))) as string})`;
      },
      __eq__(a) {
        const v = a[0] as PyDictView;
        if (v.kind === 1) return a[0] === a[1];
        const other = a[1];
        const mine = new PySet();
        for (const x of new PyTableIterArray(v)) mine.add(x);
        let theirs: PySet;
        if (other instanceof PyDictView) {
          theirs = new PySet();
          for (const x of new PyTableIterArray(other)) theirs.add(x);
        } else if (other instanceof PySet) theirs = other;
        else return NotImplemented;
        return mine.size === theirs.size && [...mine.values()].every((x) => theirs.has(x));
      },
    });
    if (vt !== dictValuesType) {
      for (const [name, op] of [['__and__', 1], ['__or__', 7], ['__sub__', 10], ['__xor__', 12], ['__rand__', 1], ['__ror__', 7]] as const) {
        defineMethods(vt, {
          *[name](a: PyObject[]) {
            const mine = new PySet();
            for (const x of new PyTableIterArray(a[0] as PyDictView)) mine.add(x);
            const other = yield* setFrom(a[1]);
            return ops.binopBuiltin(mine, other, op);
          },
        });
      }
    }
  }

  const setMethods = (t: typeof setType, frozen: boolean) => {
    const mk = (_x: PySet): PySet => new PySet(frozen ? frozensetType : setType);
    defineMethods(t, {
      __len__: (a) => set(a, '__len__').size,
      __iter__: (a) => new PySetIter(set(a, '__iter__')),
      __contains__: (a) => set(a, '__contains__').has(a[1]),
      copy: (a) => {
        const s = set(a, 'copy');
        if (frozen && s.cls === frozensetType) return s;
        const r = mk(s);
        r.copyFrom(s);
        return r;
      },
      *union(a) {
        const r = mk(set(a, 'union'));
        r.copyFrom(a[0] as PySet);
        for (const o of a.slice(1)) for (const x of yield* toArray(o)) r.add(x);
        return r;
      },
      *intersection(a) {
        let cur = set(a, 'intersection');
        for (const o of a.slice(1)) {
          const other = yield* setFrom(o);
          const r = mk(cur);
          for (const x of cur.values()) if (other.has(x)) r.add(x);
          cur = r;
        }
        if (a.length === 1) {
          const r = mk(cur);
          r.copyFrom(cur);
          return r;
        }
        return cur;
      },
      *difference(a) {
        const s = set(a, 'difference');
        const r = mk(s);
        r.copyFrom(s);
        for (const o of a.slice(1)) for (const x of yield* toArray(o)) r.discard(x);
        return r;
      },
      *symmetric_difference(a) {
        const s = set(a, 'symmetric_difference');
        const other = yield* setFrom(a[1]);
        const r = mk(s);
        for (const x of s.values()) if (!other.has(x)) r.add(x);
        for (const x of other.values()) if (!s.has(x)) r.add(x);
        return r;
      },
      *issubset(a) {
        const s = set(a, 'issubset');
        const other = yield* setFrom(a[1]);
        return [...s.values()].every((x) => other.has(x));
      },
      *issuperset(a) {
        const s = set(a, 'issuperset');
        const other = yield* setFrom(a[1]);
        return [...other.values()].every((x) => s.has(x));
      },
      *isdisjoint(a) {
        const s = set(a, 'isdisjoint');
        for (const x of yield* toArray(a[1])) if (s.has(x)) return false;
        return true;
      },
      *__repr__(a) {
        return yield* builtinReprOf(a[0]);
      },
      *__eq__(a) {
        if (!(a[1] instanceof PySet)) return NotImplemented;
        return yield* compareBuiltin(a[0], a[1], 2);
      },
    });
    if (!frozen) {
      defineMethods(t, {
        add(a) {
          methodArity('set.add', a, 1);
          set(a, 'add').add(a[1]);
          return None;
        },
        discard(a) {
          set(a, 'discard').discard(a[1]);
          return None;
        },
        remove(a) {
          if (!set(a, 'remove').discard(a[1])) throw pyErr(KeyError, a[1]);
          return None;
        },
        pop(a) {
          const s = set(a, 'pop');
          if (s.size === 0) throw pyErr(KeyError, 'pop from an empty set');
          const v = s.values().next().value as PyObject;
          s.discard(v);
          return v;
        },
        clear(a) {
          set(a, 'clear').clear();
          return None;
        },
        *update(a) {
          const s = set(a, 'update');
          for (const o of a.slice(1)) for (const x of yield* toArray(o)) s.add(x);
          return None;
        },
        *intersection_update(a) {
          const s = set(a, 'intersection_update');
          for (const o of a.slice(1)) {
            const other = yield* setFrom(o);
            for (const x of [...s.values()]) if (!other.has(x)) s.discard(x);
          }
          return None;
        },
        *difference_update(a) {
          const s = set(a, 'difference_update');
          for (const o of a.slice(1)) for (const x of yield* toArray(o)) s.discard(x);
          return None;
        },
        *symmetric_difference_update(a) {
          const s = set(a, 'symmetric_difference_update');
          const other = yield* setFrom(a[1]);
          for (const x of other.values()) {
            if (s.has(x)) s.discard(x);
            else s.add(x);
          }
          return None;
        },
        *__init__(a) {
          const s = set(a, '__init__');
          s.clear();
          if (a.length > 1) for (const x of yield* toArray(a[1])) s.add(x);
          return None;
        },
      });
    } else {
      defineMethods(t, { __hash__: (a) => hashOf(a[0]) });
    }
  };
  setMethods(setType, false);
  setMethods(frozensetType, true);
}

class PyTableIterArray implements Iterable<PyObject> {
  constructor(readonly v: PyDictView) {}
  *[Symbol.iterator](): Iterator<PyObject> {
    const t = this.v.d.table;
    for (const [jk, val] of t.map) {
      if (this.v.kind === 0) yield t.keyFor(jk);
      else if (this.v.kind === 1) yield val;
      else yield new PyTuple([t.keyFor(jk), val]);
    }
  }
}

import { PyClassMethod, classmethodType } from './function';
import { builtinGen, type GenFn } from './base';
function classMethod(name: string, f: GenFn): PyObject {
  return new PyClassMethod(classmethodType, builtinGen(name, f));
}
import * as ops from './operators';
