// Dict/set keys: a Python key is mapped to a JS Map key with the same equality as Python's
// (1 == 1.0 == True, tuples by value), so builtin-keyed dicts are plain JS Map operations.
import { PyObj, PyBoxed, PyBuiltin, typeOf, objectId, None, type PyObject } from './base';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { pyErr, TypeError } from './exceptions';

/** Marker prefix for structural keys (tuples): a lone surrogate no real str key starts with. */
const STRUCT = '\uDFFF\u0000';

/** Hooks for keys whose class defines __hash__/__eq__ in Python (installed by the interpreter). */
export const customKeyHooks = {
  hash: (_k: PyObject): number => 0,
  eq: (_a: PyObject, _b: PyObject): boolean => false,
};

/** Set by frozenset's module to avoid an import cycle. */
export const frozenKeyHook = { isFrozen: (_k: PyObject): boolean => false, parts: (_k: PyObject): string[] => [] };

export function unhashable(k: PyObject): never {
  throw pyErr(TypeError, `unhashable type: '${typeOf(k).name}'`);
}

/** The JS Map key for a Python key; `null` means "custom-hashed, use the slow path". */
export function keyOf(k: PyObject): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat) return floatKey(k);
  if (k instanceof PyTuple) return STRUCT + tupleParts(k);
  if (k instanceof PyBoxed && k.cls.lookup('__hash__') instanceof PyBuiltin) return keyOf(k.value);
  const t = k.cls;
  if (t.customHash) return null;
  if (t.unhashable) unhashable(k);
  if (frozenKeyHook.isFrozen(k)) return STRUCT + 'f' + frozenKeyHook.parts(k).join('');
  return k;
}

function floatKey(f: PyFloat): unknown {
  const v = f.value;
  if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
  if (v !== v) return f; // NaN: only identical objects match
  return v;
}

function partOf(x: PyObject): string {
  switch (typeof x) {
    case 'string':
      return 's' + x.length + ':' + x;
    case 'number':
      return 'n' + x + ';';
    case 'bigint':
      return 'n' + x.toString() + ';';
    case 'boolean':
      return x ? 'n1;' : 'n0;';
  }
  if (x instanceof PyFloat) {
    const k = floatKey(x);
    return typeof k === 'object' ? 'o' + objectId(x) + ';' : 'n' + String(k) + ';';
  }
  if (x instanceof PyTuple) return 't' + x.items.length + ':' + tupleParts(x);
  if (x === None) return 'N';
  const t = x.cls;
  if (t.customHash) return 'h' + customKeyHooks.hash(x) + ';';
  if (t.unhashable) unhashable(x);
  if (frozenKeyHook.isFrozen(x)) return 'f' + frozenKeyHook.parts(x).join('') + ';';
  return 'o' + objectId(x) + ';';
}

function tupleParts(t: PyTuple): string {
  let s = '';
  for (const x of t.items) s += partOf(x);
  return s;
}

export function elementKeyPart(x: PyObject): string {
  return partOf(x);
}

/** A key map with Python semantics: used by dict (values) and set (values = the keys). */
export class KeyTable {
  /** JS key → value. */
  map = new Map<unknown, PyObject>();
  /** JS key → original Python key, only where they differ (True for 1, floats, tuples…). */
  orig: Map<unknown, PyObject> | null = null;

  private slowKey(k: PyObject, forInsert: boolean): unknown {
    const h = customKeyHooks.hash(k);
    for (let n = 0; ; n++) {
      const jk = STRUCT + 'h' + h + '#' + n;
      const existing = this.orig?.get(jk);
      if (existing === undefined) return forInsert ? jk : undefined;
      if (existing === k || customKeyHooks.eq(existing, k)) return jk;
    }
  }
  /** Resolve the JS key for lookup (undefined if absent on the slow path). */
  lookupKey(k: PyObject): unknown {
    const jk = keyOf(k);
    return jk === null ? this.slowKey(k, false) : jk;
  }
  get(k: PyObject): PyObject | undefined {
    if (typeof k === 'string') return this.map.get(k);
    const jk = this.lookupKey(k);
    return jk === undefined ? undefined : this.map.get(jk);
  }
  has(k: PyObject): boolean {
    const jk = this.lookupKey(k);
    return jk !== undefined && this.map.has(jk);
  }
  set(k: PyObject, v: PyObject): void {
    if (typeof k === 'string' || typeof k === 'number') {
      this.map.set(k, v);
      return;
    }
    let jk = keyOf(k);
    if (jk === null) jk = this.slowKey(k, true);
    if (jk !== k && !this.map.has(jk)) (this.orig ??= new Map()).set(jk, k);
    this.map.set(jk, v);
  }
  delete(k: PyObject): boolean {
    const jk = this.lookupKey(k);
    if (jk === undefined || !this.map.has(jk)) return false;
    this.map.delete(jk);
    this.orig?.delete(jk);
    return true;
  }
  keyFor(jk: unknown): PyObject {
    if (this.orig !== null) {
      const o = this.orig.get(jk);
      if (o !== undefined) return o;
    }
    return jk as PyObject;
  }
  get size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
    this.orig = null;
  }
  copyFrom(o: KeyTable): void {
    this.map = new Map(o.map);
    this.orig = o.orig ? new Map(o.orig) : null;
  }
  *keys(): Generator<PyObject> {
    for (const jk of this.map.keys()) yield this.keyFor(jk);
  }
  *entries(): Generator<[PyObject, PyObject]> {
    for (const [jk, v] of this.map) yield [this.keyFor(jk), v];
  }
}

export function isPyObj(x: PyObject): x is PyObj {
  return typeof x === 'object';
}
