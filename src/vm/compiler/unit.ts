// One compilation unit (module, class body, function, lambda, comprehension): its instruction
// list, constant/name tables, fblock stack (for unwinding on return/break/continue) and the
// exception-handler stack that labels every emitted instruction.
import { Op } from '../bytecode/opcodes';
import type { Scope } from './symtable';
import type { PyObject } from '../objects/base';
import { PyFloat } from '../objects/float';
import { PyTuple } from '../objects/tuple';
import { None, Ellipsis } from '../objects/base';

export interface Loc {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}
export const NO_LOC: Loc = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

export class Label {
  idx = -1;
}

export class Handler {
  depth = -1;
  constructor(
    readonly label: Label,
    readonly lasti: boolean,
    /** The SETUP_MARK instruction whose stack depth is the handler's depth. */
    readonly marker: Instr,
    /** with-blocks: the __enter__ result is not part of the handler's stack. */
    readonly adjust = 0,
  ) {}
}

export interface Instr {
  op: Op;
  arg: number;
  loc: Loc;
  target: Label | null;
  handler: Handler | null;
}

export type FBlockKind =
  | 'while' | 'for' | 'try_except' | 'finally_try' | 'finally_end' | 'with' | 'async_with'
  | 'handler_cleanup' | 'pop_value' | 'exception_handler';
export interface FBlock {
  kind: FBlockKind;
  /** loop start (continue target) */
  block: Label | null;
  /** loop exit (break target) */
  exit: Label | null;
  /** finally body / handler name / with statement */
  datum: unknown;
  handlerDepth: number;
}

function constKey(v: PyObject): string | null {
  switch (typeof v) {
    case 'number':
      return 'i' + v;
    case 'bigint':
      return 'I' + v;
    case 'string':
      return 's' + v;
    case 'boolean':
      return 'b' + v;
  }
  if (v === None) return 'N';
  if (v === Ellipsis) return 'E';
  if (v instanceof PyFloat) return 'f' + (Object.is(v.value, -0) ? '-0' : String(v.value));
  if (v instanceof PyTuple) {
    const parts = v.items.map(constKey);
    if (parts.some((p) => p === null)) return null;
    return 't(' + parts.join(',') + ')';
  }
  return null;
}

export class Unit {
  instrs: Instr[] = [];
  consts: PyObject[] = [];
  private constIndex = new Map<string, number>();
  names: string[] = [];
  private nameIndex = new Map<string, number>();
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  fblocks: FBlock[] = [];
  handlers: Handler[] = [];
  loc: Loc = NO_LOC;
  flags = 0;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  constructor(
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
    /** The enclosing class name for private-name mangling. */
    readonly className: string | null,
  ) {}

  emit(op: Op, arg = 0, target: Label | null = null): Instr {
    const i: Instr = { op, arg, loc: this.loc, target, handler: this.handlers.length ? this.handlers[this.handlers.length - 1] : null };
    this.instrs.push(i);
    return i;
  }
  emitAt(loc: Loc, op: Op, arg = 0, target: Label | null = null): Instr {
    const saved = this.loc;
    this.loc = loc;
    const i = this.emit(op, arg, target);
    this.loc = saved;
    return i;
  }
  bind(l: Label): void {
    l.idx = this.instrs.length;
    // a zero-size marker keeps labels distinct from the following instruction's handler
  }
  addConst(v: PyObject): number {
    const k = constKey(v);
    if (k !== null) {
      const i = this.constIndex.get(k);
      if (i !== undefined) return i;
      this.constIndex.set(k, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }
  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }
  varIndex(n: string): number {
    let i = this.varnames.indexOf(n);
    if (i < 0) {
      i = this.varnames.length;
      this.varnames.push(n);
    }
    return i;
  }
  /** localsplus index of a cell or free variable. */
  derefIndex(n: string): number {
    const v = this.varnames.indexOf(n);
    if (v >= 0 && this.cellvars.includes(n)) return v;
    const extraCells = this.cellvars.filter((x) => !this.varnames.includes(x));
    const ci = extraCells.indexOf(n);
    if (ci >= 0) return this.varnames.length + ci;
    const c = this.varnames.length + extraCells.length;
    const fi = this.freevars.indexOf(n);
    if (fi >= 0) return c + fi;
    throw new Error(`internal: ${n} is not a cell or free variable`);
  }

  pushHandler(label: Label, lasti: boolean, adjust = 0): Handler {
    const marker = this.emit(Op.SETUP_MARK);
    const h = new Handler(label, lasti, marker, adjust);
    this.handlers.push(h);
    return h;
  }
  popHandler(): Handler {
    return this.handlers.pop()!;
  }
}
