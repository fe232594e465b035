// Binding a call's arguments straight from the caller's operand stack into the callee's locals
// (no args array, no kwargs Map) for the common call shapes. Anything unusual — *args/**kwargs
// parameters, too many arguments, an unknown or repeated keyword, a missing argument — returns
// null and the caller takes the general path (bindArguments), which also words the errors.
import type { PyObject } from '../objects/base';
import type { PyFunction } from '../objects/function';
import type { PyTuple } from '../objects/tuple';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code';

/**
 * Locals for a call of `fn` with `argc` values at `stack[start…]`, the last ones named by
 * `kwnames`. `self`, when given, is bound to the first parameter (a class call's new instance).
 */
export function bindFromStack(
  fn: PyFunction,
  self: PyObject | undefined,
  stack: (PyObject | null)[],
  start: number,
  argc: number,
  kwnames: PyTuple | null,
): (PyObject | undefined)[] | null {
  const code = fn.code;
  if ((code.flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0) return null;
  const nkw = kwnames === null ? 0 : kwnames.items.length;
  const npos = argc - nkw;
  const argcount = code.argcount;
  let j = 0;
  if (self !== undefined) j = 1;
  if (npos + j > argcount) return null;
  const fast: (PyObject | undefined)[] = new Array(code.nlocalsplus);
  if (self !== undefined) fast[0] = self;
  for (let i = 0; i < npos; i++) fast[j++] = stack[start + i]!;
  const total = argcount + code.kwonlyargcount;
  if (nkw !== 0) {
    const names = code.varnames;
    const keys = kwnames!.items;
    for (let k = 0; k < nkw; k++) {
      const key = keys[k];
      let idx = -1;
      for (let i = code.posonlyargcount; i < total; i++) {
        if (names[i] === key) {
          idx = i;
          break;
        }
      }
      if (idx < 0 || fast[idx] !== undefined) return null;
      fast[idx] = stack[start + npos + k]!;
    }
  }
  if (j < argcount) {
    const defaults = fn.defaults;
    const firstDefault = argcount - (defaults === null ? 0 : defaults.length);
    for (let i = j; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i < firstDefault) return null;
      fast[i] = defaults![i - firstDefault];
    }
  }
  if (total > argcount) {
    const kwdefaults = fn.kwdefaults;
    const names = code.varnames;
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue;
      const d = kwdefaults === null ? undefined : kwdefaults.get(names[i]);
      if (d === undefined) return null;
      fast[i] = d;
    }
  }
  return fast;
}
