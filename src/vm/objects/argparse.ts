// Argument checking for natives, with CPython's messages.
import { typeOf, type PyObject, type KwArgs } from './base';
import { pyErr, TypeError } from './exceptions';
import { PyFloat } from './float';

export function noKw(name: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw pyErr(TypeError, `${name}() takes no keyword arguments`);
}

/** Check a positional count (self excluded by the caller when it is a method). */
export function arity(name: string, args: PyObject[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw pyErr(TypeError, `${name}() takes no arguments (${n} given)`);
    if (min === 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${n} given)`);
    throw pyErr(TypeError, `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw pyErr(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw pyErr(TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** A method's arguments after self: like arity but with CPython's method wording. */
export function methodArity(name: string, args: PyObject[], min: number, max = min): void {
  const n = args.length - 1;
  if (n >= min && n <= max) return;
  if (min === max && min === 0) throw pyErr(TypeError, `${name}() takes no arguments (${n} given)`);
  if (min === max && min === 1) throw pyErr(TypeError, `${name}() takes exactly one argument (${n} given)`);
  if (n < min) throw pyErr(TypeError, `${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  throw pyErr(TypeError, `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** operator.index() for objects with __index__ (installed by the interpreter; sync call). */
export const indexHook = { index: (_x: PyObject): number | bigint | undefined => undefined };

/** An int operand (bool allowed) as a JS number; TypeError otherwise. */
export function toIndex(x: PyObject, what = 'an integer'): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'object' && x.cls.isHeap) {
    const r = indexHook.index(x);
    if (r !== undefined) return Number(r);
  }
  if (x instanceof PyFloat) throw pyErr(TypeError, `'float' object cannot be interpreted as an integer`);
  void what;
  throw pyErr(TypeError, `'${typeOf(x).name}' object cannot be interpreted as an integer`);
}
export function toBigIndex(x: PyObject): number | bigint {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'object' && x.cls.isHeap) {
    const r = indexHook.index(x);
    if (r !== undefined) return r;
  }
  throw pyErr(TypeError, `'${typeOf(x).name}' object cannot be interpreted as an integer`);
}
export function kwArg(kw: KwArgs | null, name: string): PyObject | undefined {
  return kw?.get(name);
}
export function checkKw(fname: string, kw: KwArgs | null, allowed: string[]): void {
  if (kw === null) return;
  for (const k of kw.keys()) {
    if (!allowed.includes(k)) throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
  }
}
