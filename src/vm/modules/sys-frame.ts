// sys._getframe(): a read-only view of a live interpreter frame (f_back, f_lineno, f_code,
// f_globals, f_locals) — enough for warnings' stacklevel and introspecting callers.
import { PyObj, makeType, None, type PyObject } from '../objects/base';
import { PyDict } from '../objects/dict';
import { defineGetSets } from '../objects/function';
import { pyErr, ValueError } from '../objects/exceptions';
import { Frame, type NativeFrame } from '../interpreter/frame';
import { localsplusName } from '../interpreter/thread';

export const liveFrameType = makeType('frame', undefined, null, 'builtins');

export class PyLiveFrame extends PyObj {
  constructor(readonly frame: Frame) {
    super(liveFrameType);
  }
}

function pythonBack(f: Frame | NativeFrame | null): Frame | null {
  while (f !== null && !(f instanceof Frame)) f = f.back;
  return f;
}

/** The frame `depth` levels above `top` (0 = top itself). */
export function frameAt(top: Frame | null, depth: number): PyLiveFrame {
  let f = top;
  for (let i = 0; i < depth && f !== null; i++) f = pythonBack(f.back);
  if (f === null) throw pyErr(ValueError, 'call stack is not deep enough');
  return new PyLiveFrame(f);
}

export function frameLine(f: Frame): number {
  return f.positionOf(f.lasti)[0];
}

defineGetSets(liveFrameType, {
  f_back: [(o) => {
    const b = pythonBack((o as PyLiveFrame).frame.back);
    return b === null ? None : new PyLiveFrame(b);
  }],
  f_lineno: [(o) => frameLine((o as PyLiveFrame).frame)],
  f_code: [(o) => (o as PyLiveFrame).frame.code as unknown as PyObject],
  f_globals: [(o) => (o as PyLiveFrame).frame.globals],
  f_locals: [(o) => {
    const f = (o as PyLiveFrame).frame;
    if (f.locals !== null) return f.locals;
    const d = new PyDict();
    f.code.varnames.forEach((_, i) => {
      const v = f.fast[i];
      if (v !== undefined) d.set(localsplusName(f.code, i), v);
    });
    return d;
  }],
});

import type { Interpreter } from '../interpreter/interpreter';
import { defineNativeModule } from './registry';
import { makeModule } from './native-modules';
import { builtin } from '../objects/base';
import { toIndex } from '../objects/argparse';

/** Source text of `filename`: the in-memory file system, else a code object on the stack. */
function sourceOf(interp: Interpreter, filename: string): string | null {
  const f = interp.files.get(filename);
  if (f !== undefined) return f;
  let fr = interp.currentThread?.currentFrame() ?? null;
  while (fr !== null) {
    if (fr.code.filename === filename) return fr.code.source;
    fr = pythonBack(fr.back);
  }
  return null;
}

defineNativeModule('linecache', (interp) => makeModule('linecache', {
  getline: builtin('getline', (a) => {
    const src = typeof a[0] === 'string' ? sourceOf(interp, a[0]) : null;
    const n = toIndex(a[1]);
    if (src === null || n < 1) return '';
    const lines = src.split('\n');
    if (n > lines.length || (n === lines.length && lines[n - 1] === '')) return '';
    return lines[n - 1] + (n < lines.length ? '\n' : '');
  }),
  clearcache: builtin('clearcache', () => None),
  checkcache: builtin('checkcache', () => None),
}));
