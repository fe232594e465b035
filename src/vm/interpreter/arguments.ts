// Binding call arguments to a Python function's parameters, with CPython's error messages.
import { type PyObject, type KwArgs } from '../objects/base';
import { PyTuple, EMPTY_TUPLE } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { pyErr, TypeError } from '../objects/exceptions';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code';
import type { PyFunction } from '../objects/function';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

export function bindArguments(fn: PyFunction, args: PyObject[], kw: KwArgs | null, fast: (PyObject | undefined)[]): void {
  const code = fn.code;
  const argc = code.argcount;
  const posonly = code.posonlyargcount;
  const kwonly = code.kwonlyargcount;
  const total = argc + kwonly;
  const names = code.varnames;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  const qn = fn.qualname;
  const nargs = args.length;
  const n = Math.min(nargs, argc);
  for (let i = 0; i < n; i++) fast[i] = args[i];
  if (hasVarargs) fast[total] = nargs > argc ? new PyTuple(args.slice(argc)) : EMPTY_TUPLE;
  let kwdict: PyDict | null = null;
  if (hasVarkw) {
    kwdict = new PyDict();
    fast[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const posonlyAsKw: string[] = [];
  if (kw !== null) {
    for (const [k, v] of kw) {
      let idx = -1;
      for (let i = posonly; i < total; i++) {
        if (names[i] === k) {
          idx = i;
          break;
        }
      }
      if (idx >= 0) {
        if (fast[idx] !== undefined) throw pyErr(TypeError, `${qn}() got multiple values for argument '${k}'`);
        fast[idx] = v;
        continue;
      }
      if (kwdict !== null) {
        kwdict.set(k, v);
        continue;
      }
      if (names.slice(0, posonly).includes(k)) {
        posonlyAsKw.push(k);
        continue;
      }
      throw pyErr(TypeError, `${qn}() got an unexpected keyword argument '${k}'`);
    }
  }
  if (posonlyAsKw.length) {
    throw pyErr(TypeError, `${qn}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
  }
  if (nargs > argc && !hasVarargs) {
    const ndef = fn.defaults?.length ?? 0;
    let kwGiven = 0;
    for (let i = argc; i < total; i++) if (fast[i] !== undefined) kwGiven++;
    const takes = ndef > 0 ? `from ${argc - ndef} to ${argc} positional arguments` : `${plural(argc, 'positional argument')}`;
    const given = kwGiven > 0
      ? `${plural(nargs, 'positional argument')} (and ${plural(kwGiven, 'keyword-only argument')}) were given`
      : `${nargs} ${nargs === 1 ? 'was' : 'were'} given`;
    throw pyErr(TypeError, `${qn}() takes ${takes} but ${given}`);
  }
  const defaults = fn.defaults;
  const ndef = defaults?.length ?? 0;
  const missing: string[] = [];
  for (let i = nargs; i < argc; i++) {
    if (fast[i] !== undefined) continue;
    const di = i - (argc - ndef);
    if (di >= 0) fast[i] = defaults![di];
    else missing.push(names[i]);
  }
  if (missing.length) {
    throw pyErr(TypeError, `${qn}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
  }
  const missingKw: string[] = [];
  for (let i = argc; i < total; i++) {
    if (fast[i] !== undefined) continue;
    const d = fn.kwdefaults?.get(names[i]);
    if (d !== undefined) fast[i] = d;
    else missingKw.push(names[i]);
  }
  if (missingKw.length) {
    throw pyErr(TypeError, `${qn}() missing ${missingKw.length} required keyword-only argument${missingKw.length === 1 ? '' : 's'}: ${nameList(missingKw)}`);
  }
}
