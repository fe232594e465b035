// Code objects: what the compiler produces and frames execute (CPython's PyCodeObject).
import { PyObj, makeType, type PyObject, type PyType } from '../objects/base';

export const codeType = makeType('code');

export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

export class CodeObject extends PyObj {
  /** Per-instruction inline caches (LOAD_GLOBAL / LOAD_ATTR), indexed by instruction index. */
  cache: unknown[];
  /** Attribute inline caches by instruction index (interpreter/thread.ts): the receiver's type
   * the entry is valid for, the type epoch it was filled in, and the cached value. */
  icType: (PyType | null)[];
  icEpoch: Int32Array;
  icValue: (PyObject | undefined)[];
  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public firstlineno: number,
    public argcount: number,
    public posonlyargcount: number,
    public kwonlyargcount: number,
    public flags: number,
    /** localsplus names: varnames, then cells that are not arguments, then free variables. */
    public varnames: string[],
    public cellvars: string[],
    public freevars: string[],
    public names: string[],
    public consts: PyObject[],
    public stacksize: number,
    /** [opcode, arg] pairs; jump args are instruction indices. */
    public code: Int32Array,
    /** 4 ints per instruction: lineno, end_lineno, col_offset, end_col_offset (-1 = none). */
    public positions: Int32Array,
    /** Per instruction: handler instruction index or -1, stack depth, push lasti flag. */
    public excTarget: Int32Array,
    public excDepth: Int32Array,
    public excLasti: Uint8Array,
    /** localsplus index of each cell/free name (for MAKE_CELL / closures). */
    public nlocalsplus: number,
    /** Comprehension code whose frames CPython 3.12 inlines: hidden from tracebacks. */
    public hidden: boolean,
    public source: string,
  ) {
    super(codeType);
    this.cache = new Array(code.length >> 1).fill(undefined);
    this.icType = new Array(code.length >> 1).fill(null);
    this.icEpoch = new Int32Array(code.length >> 1);
    this.icValue = new Array(code.length >> 1).fill(undefined);
  }
  get nlocals(): number {
    return this.varnames.length;
  }
  lineOf(instr: number): number {
    return this.positions[instr * 4];
  }
}
