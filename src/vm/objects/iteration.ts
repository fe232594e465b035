// iter() and next(): fast paths for builtin iterators, generic dunder dispatch otherwise.
import { charAt, hasSurrogates } from './str-util';
import {
  PyObj, CallReq, GenResume, GenReturn, EXHAUSTED, None, typeOf, type PyObject, type NativeGen, type Gen,
  type NativeYield,
} from './base';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PySet } from './set';
import { PyRange, PyBigRange } from './range';
import { normInt } from './base';

/** Iterating a huge range materialises lazily in chunks is not needed: only short ones are iterated. */
function bigRangeItems(r: PyBigRange): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0n; i < r.length && i < 10_000_000n; i++) out.push(normInt(r.at(i)));
  return out;
}
import { PyGenerator } from './generator';
import {
  PyListIter, PyArrayIter, PyStrIter, PyRangeIter, PyTableIter, PyReversedList, PyEnumerate, PyZip, PyMapIter,
  PyFilter, PyCallIter, PySeqIter, PySetIter,
} from './iterators';
import { pyErr, TypeError, RuntimeError, StopIteration, IndexError, ValueError, PyExc, MemoryError } from './exceptions';
import { callMethod, truth, eq } from './operators';
import { intAdd } from './int';
import { PyFloat } from './float';

/** iter(x) without Python code, or a CallReq for a user __iter__. */
export function getIter(x: PyObject): PyObject | CallReq {
  if (typeof x === 'string') return new PyStrIter(x);
  if (typeof x === 'object') {
    const t = x.cls;
    if (!t.isHeap) {
      if (x instanceof PyList) return new PyListIter(x);
      if (x instanceof PyTuple) return new PyArrayIter(x.items);
      if (x instanceof PyRange) return new PyRangeIter(x);
      if (x instanceof PyBigRange) return new PyArrayIter(bigRangeItems(x));
      if (x instanceof PyDict) return new PyTableIter(x.table, 0);
      if (x instanceof PySet) return new PySetIter(x);
    }
    const m = t.lookup('__iter__');
    if (m !== undefined && m !== None) {
      if (x instanceof PyList && m === listIterMethod) return new PyListIter(x);
      return new CallReq(m, [x]);
    }
    if (x instanceof PyList) return new PyListIter(x);
    if (x instanceof PyDict) return new PyTableIter(x.table, 0);
    if (t.lookup('__getitem__') !== undefined) return new PySeqIter(x);
  }
  throw pyErr(TypeError, `'${typeOf(x).name}' object is not iterable`);
}
let listIterMethod: PyObject | undefined;
export function setListIterMethod(m: PyObject): void {
  listIterMethod = m;
}

export function* iter(x: PyObject): NativeGen {
  const r = getIter(x);
  if (r instanceof CallReq) {
    const it = yield r;
    if (typeOf(it).lookup('__next__') === undefined) {
      throw pyErr(TypeError, `iter() returned non-iterator of type '${typeOf(it).name}'`);
    }
    return it;
  }
  return r;
}

function tableNext(it: PyTableIter): PyObject {
  if (it.table.map.size !== it.size) {
    throw pyErr(RuntimeError, `${it.what} changed size during iteration`);
  }
  const n = it.it.next();
  if (n.done) return EXHAUSTED;
  const [jk, v] = n.value;
  if (it.kind === 0) return it.table.keyFor(jk);
  if (it.kind === 1) return v;
  return new PyTuple([it.table.keyFor(jk), v]);
}

/** next(it) for builtin iterators; undefined when Python code must run. */
export function iterNextFast(it: PyObject): PyObject | undefined {
  if (typeof it !== 'object') return undefined;
  if (it instanceof PyListIter) {
    const items = it.list.items;
    return it.idx < items.length ? items[it.idx++] : ((it.idx = Infinity), EXHAUSTED);
  }
  if (it instanceof PyRangeIter) {
    return it.idx < it.r.length ? it.r.at(it.idx++) : EXHAUSTED;
  }
  if (it instanceof PyArrayIter) return it.idx < it.items.length ? it.items[it.idx++] : EXHAUSTED;
  if (it instanceof PyStrIter) {
    if (it.idx >= it.s.length) return EXHAUSTED;
    const ch = charAt(it.s, it.idx);
    it.idx += ch.length;
    return ch;
  }
  if (it instanceof PyTableIter) return tableNext(it);
  if (it instanceof PySetIter) {
    if (it.set.size !== it.size) throw pyErr(RuntimeError, 'Set changed size during iteration');
    return it.idx < it.items.length ? it.items[it.idx++] : EXHAUSTED;
  }
  if (it instanceof PyReversedList) {
    const items = it.items();
    if (it.idx >= 0 && it.idx < items.length) return items[it.idx--];
    it.idx = -1;
    return EXHAUSTED;
  }
  return undefined;
}

/**
 * `yield* iterNext(it)` for a Python generator or a builtin iterator: a small delegate object
 * rather than a generator object, since loops like sum(g) make one per item. It yields one
 * GenResume (generators) or none, and passes exceptions thrown in straight through.
 */
class NextOp {
  private asked = false;
  constructor(
    private readonly gen: PyGenerator | null,
    private readonly value: PyObject,
  ) {}
  [Symbol.iterator](): this {
    return this;
  }
  next(answer?: unknown): IteratorResult<NativeYield, PyObject> {
    const g = this.gen;
    if (g === null) return { value: this.value, done: true };
    if (!this.asked) {
      if (g.finished) return { value: EXHAUSTED, done: true };
      this.asked = true;
      return { value: new GenResume(g, None), done: false };
    }
    return { value: answer instanceof GenReturn ? EXHAUSTED : (answer as PyObject), done: true };
  }
  throw(e: unknown): never {
    throw e;
  }
  return(v: PyObject): IteratorResult<NativeYield, PyObject> {
    return { value: v, done: true };
  }
}

/** next(it): the value, or EXHAUSTED. */
export function iterNext(it: PyObject): NativeGen {
  if (it instanceof PyGenerator) return new NextOp(it, None) as unknown as NativeGen;
  const f = iterNextFast(it);
  if (f !== undefined) return new NextOp(null, f) as unknown as NativeGen;
  return iterNextSlow(it);
}

function* iterNextSlow(it: PyObject): NativeGen {
  if (it instanceof PyGenerator) {
    if (it.finished) return EXHAUSTED;
    const r = yield new GenResume(it, None);
    return r instanceof GenReturn ? EXHAUSTED : r;
  }
  const f = iterNextFast(it);
  if (f !== undefined) return f;
  if (it instanceof PyObj && !it.cls.isHeap) {
    if (it instanceof PyEnumerate) {
      const v = yield* iterNext(it.it);
      if (v === EXHAUSTED) return v;
      const c = it.count;
      it.count = intAdd(c, 1);
      return new PyTuple([c, v]);
    }
    if (it instanceof PyZip) {
      if (it.its.length === 0) return EXHAUSTED;
      const out: PyObject[] = [];
      for (let i = 0; i < it.its.length; i++) {
        const v = yield* iterNext(it.its[i]);
        if (v === EXHAUSTED) {
          if (it.strict) {
            if (i > 0) throw pyErr(ValueError, `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
            for (let j = 1; j < it.its.length; j++) {
              const w = yield* iterNext(it.its[j]);
              if (w !== EXHAUSTED) throw pyErr(ValueError, `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
            }
          }
          return EXHAUSTED;
        }
        out.push(v);
      }
      return new PyTuple(out);
    }
    if (it instanceof PyMapIter) {
      const args: PyObject[] = [];
      for (const i of it.its) {
        const v = yield* iterNext(i);
        if (v === EXHAUSTED) return v;
        args.push(v);
      }
      return yield new CallReq(it.fn, args);
    }
    if (it instanceof PyFilter) {
      for (;;) {
        const v = yield* iterNext(it.it);
        if (v === EXHAUSTED) return v;
        const keep = it.fn === None ? yield* truth(v) : yield* truth(yield new CallReq(it.fn, [v]));
        if (keep) return v;
      }
    }
    if (it instanceof PyCallIter) {
      if (it.done) return EXHAUSTED;
      const v = yield new CallReq(it.fn, []);
      if (yield* eq(v, it.sentinel)) {
        it.done = true;
        return EXHAUSTED;
      }
      return v;
    }
    if (it instanceof PySeqIter) {
      if (it.done) return EXHAUSTED;
      const gi = typeOf(it.seq).lookup('__getitem__')!;
      try {
        return yield* callMethod(gi, [it.seq, it.idx++]);
      } catch (e) {
        if (e instanceof PyExc && (e.cls.isSubtypeOf(IndexError) || e.cls.isSubtypeOf(StopIteration))) {
          it.done = true;
          return EXHAUSTED;
        }
        throw e;
      }
    }
  }
  const m = typeOf(it).lookup('__next__');
  if (m === undefined) throw pyErr(TypeError, `'${typeOf(it).name}' object is not an iterator`);
  try {
    return yield* callMethod(m, [it]);
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(StopIteration)) return EXHAUSTED;
    throw e;
  }
}

/** Collect an iterable into a JS array (fast for builtin sequences). */
export function* toArray(x: PyObject): Gen<PyObject[]> {
  if (typeof x === 'object' && !x.cls.isHeap) {
    if (x instanceof PyList) return x.items.slice();
    if (x instanceof PyTuple) return x.items.slice();
  }
  if (typeof x === 'string') return hasSurrogates(x) ? Array.from(x) : x.split('');
  if ((x instanceof PyRange && x.length > MAX_ITEMS) || x instanceof PyBigRange) {
    if (x instanceof PyRange || x.length > BigInt(MAX_ITEMS)) throw pyErr(MemoryError);
  }
  const it = yield* iter(x);
  const out: PyObject[] = [];
  for (;;) {
    const v = yield* iterNext(it);
    if (v === EXHAUSTED) return out;
    // a runaway iterator would exhaust the JS heap: fail like CPython's allocator
    if (out.push(v) > MAX_ITEMS) throw pyErr(MemoryError);
  }
}
/** Largest sequence materialised from an iterator (beyond this the JS heap gives out). */
export const MAX_ITEMS = 2 ** 25;

export function isFloat(x: PyObject): x is PyFloat {
  return x instanceof PyFloat;
}
