// Frames: a Python frame (CPython's _PyInterpreterFrame) and a native frame holding a
// resumable JS generator (a builtin that is calling back into Python).
import type { CodeObject } from '../compiler/code';
import type { PyObject, NativeGen } from '../objects/base';
import type { PyDict } from '../objects/dict';
import type { PyFunction } from '../objects/function';
import type { PyGenerator } from '../objects/generator';
import type { PyTuple } from '../objects/tuple';

/** What a delivered result means to the frame that receives it (set by the instruction that
 * started the call). */
export const HOOK_NONE = 0;
/** FOR_ITER: EXHAUSTED / generator return → pop the iterator and jump to hookArg. */
export const HOOK_FORITER = 1;
/** SEND: generator return → push the value and jump to hookArg. */
export const HOOK_SEND = 2;
/** Result of a call whose value is discarded (e.g. STORE_ATTR via __setattr__). */
export const HOOK_DISCARD = 3;

export class Frame {
  /** Operand stack; `null` is CPython's NULL. */
  stack: (PyObject | null)[];
  sp = 0;
  /** Slot index into code.code of the next instruction (2 slots per instruction). */
  pc = 0;
  back: Frame | NativeFrame | null = null;
  kwnames: PyTuple | null = null;
  hook = HOOK_NONE;
  hookArg = 0;
  gen: PyGenerator | null = null;
  /** Set for __init__ frames started by a class call: return this instead of None. */
  initSelf: PyObject | null = null;
  lastLine = -1;
  constructor(
    readonly code: CodeObject,
    /** localsplus: locals, cells, free variables (undefined = unbound). */
    readonly fast: (PyObject | undefined)[],
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The namespace for LOAD_NAME/STORE_NAME (module and class bodies, exec). */
    readonly locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    this.stack = new Array(code.stacksize);
  }
  /** Index of the instruction being executed (for tracebacks and tracers). */
  get lasti(): number {
    return (this.pc >> 1) - 1;
  }
  positionOf(lasti: number): [number, number, number, number] {
    const p = this.code.positions;
    const i = Math.max(0, lasti) * 4;
    return [p[i], p[i + 1], p[i + 2], p[i + 3]];
  }
  globalsName(): string {
    const n = this.globals.table.map.get('__name__');
    return typeof n === 'string' ? n : '?';
  }
}

export class NativeFrame {
  back: Frame | NativeFrame | null = null;
  constructor(readonly gen: NativeGen) {}
}
