import { None, typeOf } from '../../vm/objects/base';
import type { KwArgs, PyObject } from '../../vm/objects/base';
import { PyFloat } from '../../vm/objects/float';
import { pyErr, TypeError } from '../../vm/objects/exceptions';

/** Positional-or-keyword argument `i` (after self) named `name`, or undefined. */
export function arg(args: PyObject[], kw: KwArgs | null, i: number, name: string): PyObject | undefined {
  if (args.length > i) return args[i];
  return kw?.get(name);
}

/** A Python number as a JS number (seconds, timeouts); TypeError like CPython otherwise. */
export function toSeconds(v: PyObject, what = 'an integer'): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.value;
  throw pyErr(TypeError, `'${typeOf(v).name}' object cannot be interpreted as ${what}`);
}

export function truthy(v: PyObject | undefined, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === None) return false;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  return true;
}

export const SECOND = 1e9;
