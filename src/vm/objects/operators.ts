// Arithmetic, comparison, truth and hashing: the builtin-type cores (sync, never call Python)
// plus the generic dunder dispatch (generators, so user dunders can block or be preempted).
import {
  PyObj, PyBuiltin, CallReq, unbox, None, NotImplemented, typeOf, floatType, intType, boolType, strType,
  type PyObject, type NativeGen, type Gen, type PyType,
} from './base';
import { PyFloat } from './float';
import { PyTuple, tupleType } from './tuple';
import { PyList, listType } from './list';
import { PyDict } from './dict';
import { PySet, setType, frozensetType } from './set';
import { pyErr, TypeError, ZeroDivisionError, OverflowError, ValueError } from './exceptions';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intPow, intLshift, intRshift, intAnd, intOr, intXor, intToFloat,
  type Int,
} from './int';
import { BINARY_OPS, BINOP_DUNDERS, NB_INPLACE, CMP_OPS, CMP_DUNDERS, CMP_SWAPPED } from './ops-table';
import { customKeyHooks } from './hashkey';
import { strMod } from './str-format';
import { MemoryError } from './exceptions';
import { intHash, floatHash, tupleHash } from './cpython-hash';
import { crPow } from '../modules/native/correctly-rounded-math';
import { indexHook } from './argparse';

/** Longest list/str we build before raising MemoryError (keeps the JS heap alive). */
export const MAX_SEQ = 50_000_000;

function asInt(x: PyObject): Int | undefined {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return x;
    case 'boolean':
      return x ? 1 : 0;
  }
  return undefined;
}
/** float value of an int/bool/float operand, or undefined. */
function asFloat(x: PyObject): number | undefined {
  switch (typeof x) {
    case 'number':
      return x;
    case 'bigint': {
      const f = Number(x);
      if (!Number.isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
      return f;
    }
    case 'boolean':
      return x ? 1 : 0;
  }
  if (x instanceof PyFloat) return x.value;
  return undefined;
}

function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw pyErr(ZeroDivisionError, 'float floor division by zero');
  return Math.floor(a / b) === a / b ? a / b : (a - floatMod(a, b)) / b;
}
function floatMod(a: number, b: number): number {
  if (b === 0) throw pyErr(ZeroDivisionError, 'float modulo');
  let m = a % b;
  if (m !== 0 && (m < 0) !== (b < 0)) m += b;
  else if (m === 0) m = b < 0 ? -0 : 0;
  return m;
}
export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw pyErr(ZeroDivisionError, '0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    throw pyErr(ValueError, 'complex results are not supported');
  }
  // V8's ** is not always correctly rounded; C's pow (CPython) is, and chaotic programs notice
  const r = b === 2 ? a * a : b === 0.5 && a >= 0 ? Math.sqrt(a) : crPow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw pyErr(OverflowError, '(34, \'Numerical result out of range\')');
  }
  return r;
}

function floatOp(a: number, b: number, op: number): PyObject {
  switch (op) {
    case 0: return new PyFloat(a + b);
    case 10: return new PyFloat(a - b);
    case 5: return new PyFloat(a * b);
    case 11:
      if (b === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
      return new PyFloat(a / b);
    case 2: return new PyFloat(floatFloorDiv(a, b));
    case 6: return new PyFloat(floatMod(a, b));
    case 8: return new PyFloat(floatPow(a, b));
  }
  return NotImplemented;
}

export function intOp(a: Int, b: Int, op: number): PyObject {
  switch (op) {
    case 0: return intAdd(a, b);
    case 10: return intSub(a, b);
    case 5: return intMul(a, b);
    case 2: return intFloorDiv(a, b);
    case 6: return intMod(a, b);
    case 11: {
      if (b === 0 || b === 0n) throw pyErr(ZeroDivisionError, 'division by zero');
      if (typeof a === 'bigint' || typeof b === 'bigint') return new PyFloat(bigTrueDiv(BigInt(a), BigInt(b)));
      return new PyFloat(a / b);
    }
    case 8:
      if (b < 0) {
        const fa = intToFloat(a);
        return new PyFloat(floatPow(fa, intToFloat(b)));
      }
      return intPow(a, b);
    case 3: return intLshift(a, b);
    case 9: return intRshift(a, b);
    case 1: return intAnd(a, b);
    case 7: return intOr(a, b);
    case 12: return intXor(a, b);
  }
  return NotImplemented;
}

function bigTrueDiv(a: bigint, b: bigint): number {
  const fa = Number(a), fb = Number(b);
  if (Number.isFinite(fa) && Number.isFinite(fb)) return fa / fb;
  // scale down to keep precision for huge operands
  const q = a / b;
  const r = a % b;
  const fq = Number(q);
  if (!Number.isFinite(fq)) throw pyErr(OverflowError, 'integer division result too large for a float');
  return fq + Number(r) / Number(b);
}

function repeatCount(x: PyObject): number | undefined {
  let n = asInt(x);
  if (n === undefined && typeof x === 'object' && x.cls.isHeap && x.cls.lookup('__index__') !== undefined) n = indexHook.index(x);
  if (n === undefined) return undefined;
  if (typeof n === 'bigint') {
    if (n < 0n) return 0;
    throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return n < 0 ? 0 : n;
}
function checkSize(n: number): void {
  if (n > MAX_SEQ) throw pyErr(MemoryError);
}

/** Binary operators on builtin types (op is the non-inplace NB code). NotImplemented if n/a. */
export function binopBuiltin(a: PyObject, b: PyObject, op: number): PyObject {
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) {
    if (op === 1 || op === 7 || op === 12) {
      if (typeof a === 'boolean' && typeof b === 'boolean') {
        return op === 1 ? a && b : op === 7 ? a || b : a !== b;
      }
    }
    return intOp(ia, ib, op);
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const fa = asFloat(a), fb = asFloat(b);
    if (fa !== undefined && fb !== undefined) return floatOp(fa, fb, op);
    return NotImplemented;
  }
  if (typeof a === 'string') {
    if (op === 0 && typeof b === 'string') {
      checkSize(a.length + b.length);
      return a + b;
    }
    if (op === 5) {
      const n = repeatCount(b);
      if (n === undefined) return NotImplemented;
      checkSize(a.length * n);
      return a.repeat(n);
    }
    return NotImplemented;
  }
  if (op === 5 && typeof b === 'string') {
    const n = repeatCount(a);
    if (n === undefined) return NotImplemented;
    checkSize(b.length * n);
    return b.repeat(n);
  }
  if (a instanceof PyList) {
    if (op === 0 && b instanceof PyList) return new PyList(a.items.concat(b.items));
    if (op === 5) return repeatList(a.items, b, (items) => new PyList(items));
    return NotImplemented;
  }
  if (a instanceof PyTuple) {
    if (op === 0 && b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
    if (op === 5) return repeatList(a.items, b, (items) => new PyTuple(items));
    return NotImplemented;
  }
  if (op === 5 && (b instanceof PyList || b instanceof PyTuple)) {
    return binopBuiltin(b, a, 5);
  }
  if (a instanceof PySet && b instanceof PySet) return setOp(a, b, op);
  if (a instanceof PyDict && b instanceof PyDict && op === 7) {
    const d = new PyDict();
    d.table.copyFrom(a.table);
    for (const [k, v] of b.table.entries()) d.set(k, v);
    return d;
  }
  return NotImplemented;
}

function repeatList<T>(items: PyObject[], n: PyObject, make: (items: PyObject[]) => T): T | typeof NotImplemented {
  const c = repeatCount(n);
  if (c === undefined) return NotImplemented;
  checkSize(items.length * c);
  const out: PyObject[] = [];
  for (let i = 0; i < c; i++) for (const x of items) out.push(x);
  return make(out);
}

function setOp(a: PySet, b: PySet, op: number): PyObject {
  const r = new PySet(a.cls === frozensetType || a.cls.isSubtypeOf(frozensetType) ? frozensetType : setType);
  switch (op) {
    case 7: // |
      for (const x of a.values()) r.add(x);
      for (const x of b.values()) r.add(x);
      return r;
    case 1: // &
      for (const x of a.values()) if (b.has(x)) r.add(x);
      return r;
    case 10: // -
      for (const x of a.values()) if (!b.has(x)) r.add(x);
      return r;
    case 12: // ^
      for (const x of a.values()) if (!b.has(x)) r.add(x);
      for (const x of b.values()) if (!a.has(x)) r.add(x);
      return r;
  }
  return NotImplemented;
}

/** In-place operators that mutate builtin containers. undefined when not applicable. */
export function inplaceBuiltin(a: PyObject, b: PyObject, op: number): PyObject | undefined {
  if (a instanceof PyList && a.cls === listType) {
    if (op === 0 && b instanceof PyList) {
      for (const x of b.items) a.items.push(x);
      return a;
    }
    if (op === 5) {
      const n = repeatCount(b);
      if (n === undefined) return undefined;
      checkSize(a.items.length * n);
      const orig = a.items.slice();
      a.items.length = 0;
      for (let i = 0; i < n; i++) for (const x of orig) a.items.push(x);
      return a;
    }
  }
  if (a instanceof PySet && a.cls === setType && b instanceof PySet) {
    const r = setOp(a, b, op) as PySet;
    a.copyFrom(r);
    return a;
  }
  if (a instanceof PyDict && op === 7 && b instanceof PyDict) {
    for (const [k, v] of b.table.entries()) a.set(k, v);
    return a;
  }
  return undefined;
}

/** The fast path the interpreter inlines around: exact builtin operands. */
export function binopFast(a: PyObject, b: PyObject, op: number): PyObject | undefined {
  const ta = typeof a, tb = typeof b;
  if ((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) return intOp(a as Int, b as Int, op);
  if (ta === 'object' || tb === 'object') {
    const ca = ta === 'object' ? (a as PyObj).cls : null;
    const cb = tb === 'object' ? (b as PyObj).cls : null;
    if ((ca !== null && ca.isHeap) || (cb !== null && cb.isHeap)) return undefined;
  }
  const r = binopBuiltin(a, b, op);
  return r === NotImplemented ? undefined : r;
}

function callDunder(m: PyObject, args: PyObject[]): NativeGen | PyObject {
  if (m instanceof PyBuiltin && m.fn !== null) {
    const r = m.fn(args, null);
    return r as PyObject;
  }
  return callGen(m, args);
}
function* callGen(m: PyObject, args: PyObject[]): NativeGen {
  return yield new CallReq(m, args);
}
function isGenerator(x: unknown): x is NativeGen {
  return typeof x === 'object' && x !== null && typeof (x as NativeGen).next === 'function' && !(x instanceof PyObj);
}
/** Call a dunder found on a type (sync builtins directly, others through the interpreter). */
export function* callMethod(m: PyObject, args: PyObject[]): NativeGen {
  if (m instanceof PyBuiltin && m.gfn !== null) return yield* m.gfn(args, null);
  const r = callDunder(m, args);
  return isGenerator(r) ? yield* r : r;
}

/** Python's binary_op1: left dunder, reflected right dunder, subclass priority. */
export function* binaryOp(a: PyObject, b: PyObject, op: number): NativeGen {
  const inplace = op >= NB_INPLACE;
  const base = inplace ? op - NB_INPLACE : op;
  if (inplace) {
    const ib = inplaceBuiltin(a, b, base);
    if (ib !== undefined) return ib;
    const im = typeOf(a).lookup(`__i${BINOP_DUNDERS[base]}__`);
    if (im !== undefined && im !== None) {
      const r = yield* callMethod(im, [a, b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (base === 6 && typeof a === 'string') return yield* strMod(a, b);
  const fast = binopFast(a, b, base);
  if (fast !== undefined) return fast;
  const lt = typeOf(a), rt = typeOf(b);
  const name = `__${BINOP_DUNDERS[base]}__`, rname = `__r${BINOP_DUNDERS[base]}__`;
  const lm = lt.lookup(name);
  const rm = rt !== lt ? rt.lookup(rname) : undefined;
  let triedRight = false;
  if (rm !== undefined && rt.isSubtypeOf(lt) && rm !== lt.lookup(rname)) {
    const r = yield* callMethod(rm, [b, a]);
    if (r !== NotImplemented) return r;
    triedRight = true;
  }
  if (lm !== undefined) {
    const r = yield* callMethod(lm, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (rm !== undefined && !triedRight) {
    const r = yield* callMethod(rm, [b, a]);
    if (r !== NotImplemented) return r;
  }
  const r = binopBuiltin(a, b, base);
  if (r !== NotImplemented) return r;
  const sym = BINARY_OPS[base] + (inplace ? '=' : '');
  if (base === 8) {
    throw pyErr(TypeError, `unsupported operand type(s) for ** or pow(): '${lt.name}' and '${rt.name}'`);
  }
  if (base === 9 && a instanceof PyBuiltin && a.name === 'print') {
    throw pyErr(TypeError, `unsupported operand type(s) for >>: '${lt.name}' and '${rt.name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  if (base === 0 && typeof a === 'string' && typeof b !== 'string') {
    throw pyErr(TypeError, `can only concatenate str (not "${rt.name}") to str`);
  }
  if (base === 0 && a instanceof PyList && !(b instanceof PyList)) {
    throw pyErr(TypeError, `can only concatenate list (not "${rt.name}") to list`);
  }
  if (base === 0 && a instanceof PyTuple && !(b instanceof PyTuple)) {
    throw pyErr(TypeError, `can only concatenate tuple (not "${rt.name}") to tuple`);
  }
  if (base === 5 && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple || typeof b === 'string' || b instanceof PyList || b instanceof PyTuple)) {
    const other = typeof a === 'string' || a instanceof PyList || a instanceof PyTuple ? rt : lt;
    throw pyErr(TypeError, `can't multiply sequence by non-int of type '${other.name}'`);
  }
  throw pyErr(TypeError, `unsupported operand type(s) for ${sym}: '${lt.name}' and '${rt.name}'`);
}

// ---------------------------------------------------------------- unary

export function* unaryOp(x: PyObject, kind: 'neg' | 'pos' | 'invert'): NativeGen {
  const i = asInt(x);
  if (i !== undefined) {
    if (kind === 'neg') return intSub(0, i);
    if (kind === 'pos') return i;
    return intSub(intSub(0, i), 1);
  }
  if (x instanceof PyFloat && x.cls === floatType) {
    if (kind === 'neg') return new PyFloat(-x.value);
    if (kind === 'pos') return x;
  }
  const name = kind === 'neg' ? '__neg__' : kind === 'pos' ? '__pos__' : '__invert__';
  const m = typeOf(x).lookup(name);
  if (m !== undefined) return yield* callMethod(m, [x]);
  if (x instanceof PyFloat && kind !== 'invert') return new PyFloat(kind === 'neg' ? -x.value : x.value);
  const sym = kind === 'neg' ? '-' : kind === 'pos' ? '+' : '~';
  throw pyErr(TypeError, `bad operand type for unary ${sym}: '${typeOf(x).name}'`);
}

// ---------------------------------------------------------------- comparison

function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

function numCmp(a: number | bigint, b: number | bigint): number {
  // NaN compares false for everything except !=; handled by callers via NaN checks
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Comparison of builtin scalars; undefined when not applicable. */
export function compareFast(a: PyObject, b: PyObject, op: number): boolean | undefined {
  const ta = typeof a, tb = typeof b;
  if (ta === 'number' && tb === 'number') return cmpResult((a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0, op);
  if (ta === 'string' && tb === 'string') return cmpResult(a < b ? -1 : a > b ? 1 : 0, op);
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return cmpResult(numCmp(ia, ib), op);
  const fa = a instanceof PyFloat ? a.value : ia, fb = b instanceof PyFloat ? b.value : ib;
  if (fa !== undefined && fb !== undefined && (a instanceof PyFloat || b instanceof PyFloat)) {
    if ((a instanceof PyFloat && a.cls.isHeap) || (b instanceof PyFloat && b.cls.isHeap)) return undefined;
    if (typeof fa === 'number' && fa !== fa) return op === 3;
    if (typeof fb === 'number' && fb !== fb) return op === 3;
    const c = typeof fa === 'bigint' || typeof fb === 'bigint' ? mixedCmp(fa, fb) : numCmp(fa, fb);
    return cmpResult(c, op);
  }
  if (a === None || b === None) {
    if (op === 2) return a === b;
    if (op === 3) return a !== b;
  }
  if ((a instanceof PyTuple && b instanceof PyTuple) || (a instanceof PyList && b instanceof PyList)) {
    if (a.cls.isHeap || b.cls.isHeap) return undefined;
    // sequences of builtin scalars compare without calling Python
    const x = a.items, y = b.items;
    const n = Math.min(x.length, y.length);
    let i = 0;
    for (; i < n; i++) {
      if (x[i] === y[i]) continue;
      const e = compareFast(x[i], y[i], 2);
      if (e === undefined) return undefined;
      if (!e) break;
    }
    if (i >= n) return cmpResult(x.length - y.length, op);
    if (op === 2) return false;
    if (op === 3) return true;
    return compareFast(x[i], y[i], op);
  }
  return undefined;
}
function mixedCmp(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && !Number.isFinite(a)) return a > 0 ? 1 : -1;
  if (typeof b === 'number' && !Number.isFinite(b)) return b > 0 ? -1 : 1;
  if (typeof a === 'number' && !Number.isInteger(a)) {
    const fl = BigInt(Math.floor(a));
    return fl < (b as bigint) ? -1 : 1;
  }
  if (typeof b === 'number' && !Number.isInteger(b)) return -mixedCmp(b, a);
  const ba = BigInt(a), bb = BigInt(b);
  return ba < bb ? -1 : ba > bb ? 1 : 0;
}

function* seqCompare(x: PyObject[], y: PyObject[], op: number): NativeGen {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    if (x[i] === y[i]) continue;
    if (!(yield* eq(x[i], y[i]))) break;
  }
  if (i >= n) return cmpResult(x.length - y.length, op);
  if (op === 2) return false;
  if (op === 3) return true;
  return yield* richCompare(x[i], y[i], op);
}

export function* compareBuiltin(a: PyObject, b: PyObject, op: number): NativeGen {
  const f = compareFast(a, b, op);
  if (f !== undefined) return f;
  if (a instanceof PyList && b instanceof PyList) return yield* seqCompare(a.items, b.items, op);
  if (a instanceof PyTuple && b instanceof PyTuple) return yield* seqCompare(a.items, b.items, op);
  if (a instanceof PyDict && b instanceof PyDict && (op === 2 || op === 3)) {
    let same = a.size === b.size;
    if (same) {
      for (const [k, v] of a.table.entries()) {
        const w = b.get(k);
        if (w === undefined || !(w === v || (yield* eq(v, w)))) {
          same = false;
          break;
        }
      }
    }
    return op === 2 ? same : !same;
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => x.size <= y.size && [...x.values()].every((e) => y.has(e));
    switch (op) {
      case 2: return a.size === b.size && sub(a, b);
      case 3: return !(a.size === b.size && sub(a, b));
      case 1: return sub(a, b);
      case 0: return a.size < b.size && sub(a, b);
      case 5: return sub(b, a);
      case 4: return b.size < a.size && sub(b, a);
    }
  }
  if (op === 2) return a === b ? true : NotImplemented;
  if (op === 3) return a === b ? false : NotImplemented;
  return NotImplemented;
}

function hasOwnDunder(t: PyType, name: string): PyObject | undefined {
  const m = t.lookup(name);
  if (m === undefined) return undefined;
  // object's defaults are handled by compareBuiltin
  if (m instanceof PyBuiltin && m.qualname.startsWith('object.')) return undefined;
  return m;
}

/** a <op> b with Python's reflected-operand rules; returns the (possibly non-bool) result. */
export function* richCompare(a: PyObject, b: PyObject, op: number): NativeGen {
  const f = compareFast(a, b, op);
  if (f !== undefined) return f;
  const lt = typeOf(a), rt = typeOf(b);
  if (!lt.isHeap && !rt.isHeap) {
    const r = yield* compareBuiltin(a, b, op);
    if (r !== NotImplemented) return r;
    if (hasOwnDunder(lt, CMP_DUNDERS[op]) === undefined && hasOwnDunder(rt, CMP_DUNDERS[CMP_SWAPPED[op]]) === undefined) return cmpFail(a, b, op);
  }
  const sop = CMP_SWAPPED[op];
  let checkedRight = false;
  if (rt !== lt && rt.isSubtypeOf(lt)) {
    const rm = hasOwnDunder(rt, CMP_DUNDERS[sop]);
    if (rm !== undefined) {
      checkedRight = true;
      const r = yield* callMethod(rm, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  const lm = hasOwnDunder(lt, CMP_DUNDERS[op]);
  if (lm !== undefined) {
    const r = yield* callMethod(lm, [a, b]);
    if (r !== NotImplemented) return r;
  } else if (op === 3) {
    const le = hasOwnDunder(lt, '__eq__');
    if (le !== undefined) {
      const r = yield* callMethod(le, [a, b]);
      if (r !== NotImplemented) return !(yield* truth(r));
    }
  }
  if (!checkedRight) {
    const rm = hasOwnDunder(rt, CMP_DUNDERS[sop]);
    if (rm !== undefined) {
      const r = yield* callMethod(rm, [b, a]);
      if (r !== NotImplemented) return r;
    } else if (op === 3) {
      const re = hasOwnDunder(rt, '__eq__');
      if (re !== undefined) {
        const r = yield* callMethod(re, [b, a]);
        if (r !== NotImplemented) return !(yield* truth(r));
      }
    }
  }
  const r = yield* compareBuiltin(a, b, op);
  if (r !== NotImplemented) return r;
  return cmpFail(a, b, op);
}

function cmpFail(a: PyObject, b: PyObject, op: number): PyObject {
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  throw pyErr(TypeError, `'${CMP_OPS[op]}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

export function* eq(a: PyObject, b: PyObject): Gen<boolean> {
  if (a === b) return true;
  const f = compareFast(a, b, 2);
  if (f !== undefined) return f;
  const r = yield* richCompare(a, b, 2);
  if (typeof r === 'boolean') return r;
  return yield* truth(r);
}
export function* lessThan(a: PyObject, b: PyObject): Gen<boolean> {
  const f = compareFast(a, b, 0);
  if (f !== undefined) return f;
  const r = yield* richCompare(a, b, 0);
  if (typeof r === 'boolean') return r;
  return yield* truth(r);
}

// ---------------------------------------------------------------- truth

/** bool(x) for builtin values; undefined when a dunder must be called. */
export function truthFast(x: PyObject): boolean | undefined {
  switch (typeof x) {
    case 'boolean':
      return x;
    case 'number':
      return x !== 0;
    case 'string':
      return x.length !== 0;
    case 'bigint':
      return true;
  }
  if (x === None) return false;
  const t = x.cls;
  if (t.isHeap) return undefined;
  if (x instanceof PyList || x instanceof PyTuple) return x.items.length !== 0;
  if (x instanceof PyDict || x instanceof PySet) return x.size !== 0;
  if (x instanceof PyFloat) return x.value !== 0;
  const m = t.lookup('__bool__') ?? t.lookup('__len__');
  if (m === undefined) return true;
  return undefined;
}

export function* truth(x: PyObject): Gen<boolean> {
  const f = truthFast(x);
  if (f !== undefined) return f;
  const t = typeOf(x);
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    const r = yield* callMethod(b, [x]);
    if (typeof r !== 'boolean') throw pyErr(TypeError, `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== undefined) {
    const r = yield* callMethod(l, [x]);
    return lenResult(r) !== 0;
  }
  if (x instanceof PyList || x instanceof PyTuple) return x.items.length !== 0;
  if (x instanceof PyDict || x instanceof PySet) return x.size !== 0;
  if (x instanceof PyFloat) return x.value !== 0;
  if (typeof x === 'object' && t.isSubtypeOf(intType)) return true;
  return true;
}

export function lenResult(r: PyObject): number {
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'number') {
    if (r < 0) throw pyErr(ValueError, '__len__() should return >= 0');
    return r;
  }
  if (typeof r === 'bigint') throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
  throw pyErr(TypeError, `'${typeOf(r).name}' object cannot be interpreted as an integer`);
}

// ---------------------------------------------------------------- hashing

export function hashInt(x: Int): number | bigint {
  return intHash(x);
}
function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h === -1 ? -2 : h;
}
export function hashFloat(v: number): number | bigint {
  return floatHash(v);
}

/** hash(x) for values not needing Python code (custom __hash__ goes through the hook). */
export function hashOf(x: PyObject): number | bigint {
  x = unbox(x);
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return intHash(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'string':
      return hashString(x);
  }
  if (x instanceof PyFloat) return floatHash(x.value);
  if (x instanceof PyTuple) return tupleHash(x.items.map(hashOf));
  const t = x.cls;
  if (t.customHash) return customKeyHooks.hash(x);
  if (t.unhashable) throw pyErr(TypeError, `unhashable type: '${t.name}'`);
  if (t.valueHash) return t.valueHash(x);
  if (x instanceof PySet) {
    let h = 0;
    for (const e of x.values()) h ^= Number(BigInt.asIntN(32, BigInt(hashOf(e))));
    return h;
  }
  return identityHash(x);
}
let idCounter = 0;
const idHashes = new WeakMap<object, number>();
function identityHash(x: object): number {
  let h = idHashes.get(x);
  if (h === undefined) {
    h = (++idCounter * 2654435761) % 2 ** 31;
    idHashes.set(x, h);
  }
  return h;
}

export { strType, boolType, tupleType };
