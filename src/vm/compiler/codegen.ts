// Code generation (CPython's Python/compile.c): one visit per AST node, emitting 3.12-style
// bytecode into a Unit; assemble.ts turns a Unit into a CodeObject.
import type * as A from '../parser/ast';
import { Op, COMPARE_MASKS, INTRINSIC_LIST_TO_TUPLE, INTRINSIC_UNARY_POSITIVE, INTRINSIC_IMPORT_STAR, INTRINSIC_STOPITERATION_ERROR } from '../bytecode/opcodes';
import { SymbolTable, Scope, mangle } from './symtable';
import { desugarTryStar } from './try-star';
import { desugarAsync } from './async-desugar';
import { Unit, Label, NO_LOC, type Loc, type FBlock, type FBlockKind } from './unit';
import { assemble } from './assemble';
import { CodeObject, CO_GENERATOR, CO_COROUTINE, CO_VARARGS, CO_VARKEYWORDS, CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED } from './code';
import { None, Ellipsis, type PyObject } from '../objects/base';
import { PyFloat } from '../objects/float';
import { PyTuple } from '../objects/tuple';
import { PythonSyntaxError } from '../parser/syntax-error';
import { BINOP_DUNDERS } from '../objects/ops-table';
import { binopBuiltin } from '../objects/operators';
import { NotImplemented } from '../objects/base';

const BINOP_CODE: Record<A.OperatorKind, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9,
  Sub: 10, Div: 11, BitXor: 12,
};
const CMP_CODE: Partial<Record<A.CmpOpKind, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
void BINOP_DUNDERS;

export function constValue(c: A.ConstantValue): PyObject {
  switch (c.kind) {
    case 'None': return None;
    case 'bool': return c.value;
    case 'int': return c.value;
    case 'float': return new PyFloat(c.value);
    case 'str': return c.value;
    case 'Ellipsis': return Ellipsis;
    case 'bytes': return bytesConst(c.value);
    case 'complex': return new PyFloat(c.imag); // complex numbers are not supported
  }
}
let bytesFactory: (b: Uint8Array) => PyObject = () => None;
export function setBytesFactory(f: (b: Uint8Array) => PyObject): void {
  bytesFactory = f;
}
function bytesConst(b: Uint8Array): PyObject {
  return bytesFactory(b);
}

function locOf(n: A.Located): Loc {
  return { lineno: n.lineno, end_lineno: n.end_lineno, col_offset: n.col_offset, end_col_offset: n.end_col_offset };
}

export class Compiler {
  private st: SymbolTable;
  private u!: Unit;
  private units: Unit[] = [];
  private interactive = false;
  constructor(
    readonly filename: string,
    readonly source: string,
  ) {
    this.st = new SymbolTable(filename, source);
  }

  private error(msg: string, node: A.Located): never {
    const line = this.source.split('\n')[node.lineno - 1] ?? null;
    throw new PythonSyntaxError('SyntaxError', msg, this.filename, node.lineno, node.col_offset + 1, line, node.end_lineno, node.end_col_offset + 1);
  }

  compileModule(mod: A.Module, mode: 'exec' | 'eval' | 'single' = 'exec'): CodeObject {
    if (/except\s*\*/.test(this.source)) desugarTryStar(mod);
    if (/\basync\b/.test(this.source)) desugarAsync(mod);
    this.st.build(mod);
    this.interactive = mode === 'single';
    this.enterUnit(this.st.top, '<module>', '<module>', 1, null);
    this.u.emitAt({ lineno: 0, end_lineno: 1, col_offset: 0, end_col_offset: 0 }, Op.RESUME, 0);
    if (mode === 'eval') {
      const e = (mod.body[0] as A.ExprStmt).value;
      this.expr(e);
      this.u.emit(Op.RETURN_VALUE);
      return this.leaveUnit(false);
    }
    let body = mod.body;
    if (body.length && this.isDocstring(body[0])) {
      this.u.loc = locOf(body[0]);
      this.loadConst(((body[0] as A.ExprStmt).value as A.Constant).value.kind === 'str' ? constValue(((body[0] as A.ExprStmt).value as A.Constant).value) : None);
      this.u.emit(Op.STORE_NAME, this.u.addName('__doc__'));
      body = body.slice(1);
    }
    if (this.hasAnnotations(body)) this.u.emit(Op.SETUP_ANNOTATIONS);
    this.stmts(body);
    this.u.loc = NO_LOC;
    if (mode === 'single' && body.length === 1 && body[0]._type === 'Expr') {
      // handled in stmt
    }
    this.u.emit(Op.RETURN_CONST, this.u.addConst(None));
    return this.leaveUnit(false);
  }

  private hasAnnotations(body: A.Stmt[]): boolean {
    const walk = (ss: A.Stmt[]): boolean =>
      ss.some((s) => {
        if (s._type === 'AnnAssign') return true;
        if (s._type === 'If' || s._type === 'While' || s._type === 'For') return walk(s.body) || walk(s.orelse);
        if (s._type === 'With') return walk(s.body);
        if (s._type === 'Try') return walk(s.body) || walk(s.orelse) || walk(s.finalbody) || s.handlers.some((h) => walk(h.body));
        return false;
      });
    return walk(body);
  }

  private isDocstring(s: A.Stmt): boolean {
    return s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.kind === 'str';
  }

  private enterUnit(scope: Scope, name: string, qualname: string, firstlineno: number, className: string | null): void {
    const u = new Unit(scope, name, qualname, firstlineno, className);
    if (scope.kind === 'function') {
      for (const p of scope.params) u.varnames.push(p);
      for (const n of scope.order) if (scope.resolve(n) === 'local' && !u.varnames.includes(n)) u.varnames.push(n);
      for (const [n, r] of scope.resolved) if (r === 'local' && !u.varnames.includes(n)) u.varnames.push(n);
    }
    u.cellvars = scope.cellvars;
    if (scope.kind === 'class' && scope.needsClassCell) u.cellvars = ['__class__', ...u.cellvars.filter((c) => c !== '__class__')];
    u.freevars = [...new Set([...scope.freevars, ...scope.freeInClass])].sort();
    this.units.push(u);
    this.u = u;
  }

  private leaveUnit(hidden: boolean): CodeObject {
    const u = this.units.pop()!;
    const code = assemble(u, this.filename, this.source, hidden);
    this.u = this.units[this.units.length - 1];
    return code;
  }

  // ------------------------------------------------------------ names

  private nameOp(name: string, ctx: A.ExprContext): void {
    const u = this.u;
    const mangled = mangle(u.className, name);
    const scope = u.scope;
    const res = scope.resolve(mangled);
    let kind: 'fast' | 'deref' | 'global' | 'name';
    if (res === 'free' || res === 'cell') kind = 'deref';
    else if (res === 'local' && scope.kind === 'function') kind = 'fast';
    else if (res === 'global_explicit') kind = 'global';
    else if (res === 'global_implicit' && scope.kind === 'function') kind = 'global';
    else kind = 'name';
    if (scope.kind === 'class' && res === 'free') {
      if (ctx === 'Load') {
        u.emit(Op.LOAD_LOCALS);
        u.emit(Op.LOAD_FROM_DICT_OR_DEREF, u.derefIndex(mangled));
        return;
      }
    }
    if (scope.kind === 'class' && scope.freeInClass.has(mangled) && ctx === 'Load') {
      u.emit(Op.LOAD_LOCALS);
      u.emit(Op.LOAD_FROM_DICT_OR_DEREF, u.derefIndex(mangled));
      return;
    }
    switch (kind) {
      case 'fast': {
        const i = u.varIndex(mangled);
        u.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, i);
        return;
      }
      case 'deref': {
        const i = u.derefIndex(mangled);
        u.emit(ctx === 'Load' ? Op.LOAD_DEREF : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, i);
        return;
      }
      case 'global': {
        const i = u.addName(mangled);
        if (ctx === 'Load') u.emit(Op.LOAD_GLOBAL, i << 1);
        else u.emit(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
        return;
      }
      case 'name': {
        const i = u.addName(mangled);
        u.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, i);
        return;
      }
    }
  }

  private loadConst(v: PyObject): void {
    this.u.emit(Op.LOAD_CONST, this.u.addConst(v));
  }

  // ------------------------------------------------------------ statements

  private stmts(ss: A.Stmt[]): void {
    for (const s of ss) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    const u = this.u;
    u.loc = locOf(s);
    switch (s._type) {
      case 'Expr':
        if (this.interactive && this.units.length === 1) {
          this.expr(s.value);
          u.emit(Op.CALL_INTRINSIC_1, 1);
          u.emit(Op.POP_TOP);
          return;
        }
        if (s.value._type === 'Constant') {
          u.emit(Op.NOP);
          return;
        }
        this.expr(s.value);
        u.loc = locOf(s);
        u.emit(Op.POP_TOP);
        return;
      case 'Assign': {
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) u.emit(Op.COPY, 1);
          this.store(s.targets[i]);
        }
        return;
      }
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'Delete':
        for (const t of s.targets) this.del(t);
        return;
      case 'Pass':
        u.emit(Op.NOP);
        return;
      case 'Return':
        return this.returnStmt(s);
      case 'If':
        return this.ifStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'For':
        return this.forStmt(s);
      case 'AsyncFor':
        return this.error('async for is not supported yet', s);
      case 'Break':
        return this.breakContinue(s, true);
      case 'Continue':
        return this.breakContinue(s, false);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.expr(s.exc);
          n++;
          if (s.cause) {
            this.expr(s.cause);
            n++;
          }
        }
        u.loc = locOf(s);
        u.emit(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
      case 'TryStar':
        if (s.finalbody.length) return this.tryFinally(s);
        return this.tryExcept(s);
      case 'With':
        return this.withStmt(s, 0);
      case 'AsyncWith':
        return this.error('async with is not supported yet', s);
      case 'Assert': {
        const end = new Label();
        this.jumpIf(s.test, end, true);
        u.loc = locOf(s);
        u.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          u.loc = locOf(s);
          u.emit(Op.CALL, 0);
        }
        u.emit(Op.RAISE_VARARGS, 1);
        u.bind(end);
        return;
      }
      case 'Import':
        for (const a of s.names) {
          u.loc = locOf(s);
          this.loadConst(0);
          this.loadConst(None);
          u.emit(Op.IMPORT_NAME, u.addName(a.name));
          if (a.asname) {
            const parts = a.name.split('.');
            if (parts.length > 1) {
              for (let i = 1; i < parts.length; i++) {
                u.emit(Op.IMPORT_FROM, u.addName(parts[i]));
                if (i < parts.length - 1) {
                  u.emit(Op.SWAP, 2);
                  u.emit(Op.POP_TOP);
                }
              }
              u.emit(Op.SWAP, 2);
              u.emit(Op.POP_TOP);
            }
            this.nameOp(a.asname, 'Store');
          } else this.nameOp(a.name.split('.')[0], 'Store');
        }
        return;
      case 'ImportFrom': {
        this.loadConst(s.level);
        const names = new PyTuple(s.names.map((a) => a.name));
        this.loadConst(names);
        u.emit(Op.IMPORT_NAME, u.addName(s.module ?? ''));
        if (s.names.length === 1 && s.names[0].name === '*') {
          u.emit(Op.CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR);
          u.emit(Op.POP_TOP);
          return;
        }
        for (const a of s.names) {
          u.emit(Op.IMPORT_FROM, u.addName(a.name));
          this.nameOp(a.asname ?? a.name, 'Store');
        }
        u.emit(Op.POP_TOP);
        return;
      }
      case 'Global':
      case 'Nonlocal':
        return;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Match':
        return this.matchStmt(s);
      case 'TypeAlias':
        return this.error('type aliases are not supported yet', s);
    }
  }

  private augAssign(s: A.AugAssign): void {
    const u = this.u;
    const op = BINOP_CODE[s.op] + 13;
    const t = s.target;
    if (t._type === 'Name') {
      u.loc = locOf(t);
      this.nameOp(t.id, 'Load');
      this.expr(s.value);
      u.loc = locOf(s);
      u.emit(Op.BINARY_OP, op);
      this.nameOp(t.id, 'Store');
    } else if (t._type === 'Attribute') {
      this.expr(t.value);
      u.loc = locOf(t);
      u.emit(Op.COPY, 1);
      u.emit(Op.LOAD_ATTR, u.addName(mangle(u.className, t.attr)) << 1);
      this.expr(s.value);
      u.loc = locOf(s);
      u.emit(Op.BINARY_OP, op);
      u.loc = locOf(t);
      u.emit(Op.SWAP, 2);
      u.emit(Op.STORE_ATTR, u.addName(mangle(u.className, t.attr)));
    } else if (t._type === 'Subscript') {
      this.expr(t.value);
      this.expr(t.slice);
      u.loc = locOf(t);
      u.emit(Op.COPY, 2);
      u.emit(Op.COPY, 2);
      u.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      u.loc = locOf(s);
      u.emit(Op.BINARY_OP, op);
      u.loc = locOf(t);
      u.emit(Op.SWAP, 3);
      u.emit(Op.SWAP, 2);
      u.emit(Op.STORE_SUBSCR);
    } else this.error("'expression' is an illegal expression for augmented assignment", t);
  }

  private annAssign(s: A.AnnAssign): void {
    const u = this.u;
    if (s.value) {
      this.expr(s.value);
      this.store(s.target);
    }
    if (s.target._type === 'Name' && s.simple && u.scope.kind !== 'function') {
      u.loc = locOf(s);
      this.expr(s.annotation);
      u.emit(Op.LOAD_NAME, u.addName('__annotations__'));
      this.loadConst(mangle(u.className, s.target.id));
      u.emit(Op.STORE_SUBSCR);
    } else if (s.target._type !== 'Name' && !s.value) {
      // evaluate the target's subexpressions for their side effects, as CPython does
      if (s.target._type === 'Attribute') {
        this.expr(s.target.value);
        u.emit(Op.POP_TOP);
      }
    }
  }

  private returnStmt(s: A.Return): void {
    const u = this.u;
    if (u.scope.kind !== 'function') this.error("'return' outside function", s);
    const v = s.value;
    const isConst = v === null || (v._type === 'Constant');
    if (v && !isConst) this.expr(v);
    u.loc = locOf(s);
    const savedH = u.handlers.slice(), savedF = u.fblocks.slice();
    this.unwindAll(!isConst && v !== null);
    u.loc = locOf(s);
    if (isConst) u.emit(Op.RETURN_CONST, u.addConst(v ? constValue((v as A.Constant).value) : None));
    else u.emit(Op.RETURN_VALUE);
    // the code after the return is still inside those blocks (linear handler labelling)
    u.handlers = savedH;
    u.fblocks = savedF;
  }

  private ifStmt(s: A.If): void {
    const u = this.u;
    const end = new Label();
    const next = s.orelse.length ? new Label() : end;
    this.jumpIf(s.test, next, false);
    this.stmts(s.body);
    if (s.orelse.length) {
      u.loc = NO_LOC;
      u.emit(Op.JUMP, 0, end);
      u.bind(next);
      this.stmts(s.orelse);
    }
    u.bind(end);
  }

  private whileStmt(s: A.While): void {
    const u = this.u;
    const loop = new Label(), body = new Label(), anchor = new Label(), exit = new Label();
    const always = s.test._type === 'Constant' && this.constTruth(s.test);
    u.bind(loop);
    this.pushFBlock('while', loop, exit, null);
    if (!always) this.jumpIf(s.test, anchor, false);
    u.bind(body);
    this.stmts(s.body);
    // CPython 3.12 repeats the test at the bottom and jumps back to the body
    if (!always) this.jumpIf(s.test, anchor, false);
    u.loc = NO_LOC;
    u.emit(Op.JUMP, 0, always ? loop : body);
    this.popFBlock();
    u.bind(anchor);
    this.stmts(s.orelse);
    u.bind(exit);
  }

  private constTruth(c: A.Constant): boolean {
    const v = c.value;
    switch (v.kind) {
      case 'bool': return v.value;
      case 'int': return v.value !== 0 && v.value !== 0n;
      case 'str': return v.value !== '';
      case 'float': return v.value !== 0;
      case 'Ellipsis': return true;
      default: return false;
    }
  }

  private forStmt(s: A.For): void {
    const u = this.u;
    const start = new Label(), cleanup = new Label(), end = new Label();
    this.expr(s.iter);
    u.loc = locOf(s.iter);
    u.emit(Op.GET_ITER);
    u.bind(start);
    this.pushFBlock('for', start, end, null);
    u.loc = locOf(s.iter);
    u.emit(Op.FOR_ITER, 0, cleanup);
    this.store(s.target);
    this.stmts(s.body);
    u.loc = NO_LOC;
    u.emit(Op.JUMP, 0, start);
    this.popFBlock();
    u.bind(cleanup);
    u.loc = locOf(s.iter);
    u.emit(Op.END_FOR);
    this.stmts(s.orelse);
    u.bind(end);
  }

  private breakContinue(s: A.Located, isBreak: boolean): void {
    const u = this.u;
    const saved = u.handlers.slice();
    const savedF = u.fblocks.slice();
    let loop: FBlock | null = null;
    for (let i = u.fblocks.length - 1; i >= 0; i--) {
      const f = u.fblocks[i];
      if (f.kind === 'while' || f.kind === 'for') {
        loop = f;
        break;
      }
    }
    if (loop === null) this.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
    u.loc = locOf(s);
    u.emit(Op.NOP);
    while (u.fblocks.length) {
      const f = u.fblocks[u.fblocks.length - 1];
      if (f === loop) break;
      u.fblocks.pop();
      this.unwindFBlock(f, false);
    }
    if (isBreak) this.unwindFBlock(loop, false);
    u.loc = locOf(s);
    u.emit(Op.JUMP, 0, isBreak ? loop.exit : loop.block);
    u.handlers = saved;
    u.fblocks = savedF;
  }

  /** Run the cleanups of every enclosing block before a return (restored by the caller). */
  private unwindAll(preserveTos: boolean): void {
    const u = this.u;
    while (u.fblocks.length) {
      const f = u.fblocks.pop()!;
      this.unwindFBlock(f, preserveTos);
    }
  }

  private unwindFBlock(f: FBlock, preserveTos: boolean): void {
    const u = this.u;
    switch (f.kind) {
      case 'while':
      case 'exception_handler':
        return;
      case 'for':
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
        return;
      case 'try_except':
        u.popHandler();
        return;
      case 'finally_try': {
        u.popHandler();
        if (preserveTos) this.pushFBlock('pop_value', null, null, null);
        const body = f.datum as A.Stmt[];
        const savedLoc = u.loc;
        this.stmts(body);
        u.loc = savedLoc;
        if (preserveTos) this.popFBlock();
        return;
      }
      case 'finally_end':
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.popHandler();
        u.emit(Op.POP_EXCEPT);
        return;
      case 'with': {
        const w = f.datum as A.With;
        const saved = u.loc;
        u.loc = locOf(w);
        u.popHandler();
        if (preserveTos) u.emit(Op.SWAP, 2);
        this.loadConst(None);
        this.loadConst(None);
        this.loadConst(None);
        u.emit(Op.CALL, 2);
        u.emit(Op.POP_TOP);
        u.loc = saved;
        return;
      }
      case 'handler_cleanup':
        if (f.datum) u.popHandler();
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.popHandler();
        u.emit(Op.POP_EXCEPT);
        if (f.datum) {
          this.loadConst(None);
          this.nameOp(f.datum as string, 'Store');
          this.nameOp(f.datum as string, 'Del');
        }
        return;
      case 'pop_value':
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
        return;
      case 'async_with':
        return;
    }
  }

  private pushFBlock(kind: FBlockKind, block: Label | null, exit: Label | null, datum: unknown): void {
    this.u.fblocks.push({ kind, block, exit, datum, handlerDepth: this.u.handlers.length });
  }
  private popFBlock(): void {
    this.u.fblocks.pop();
  }

  private tryExcept(s: A.Try): void {
    const u = this.u;
    const body = new Label(), except = new Label(), end = new Label(), cleanup = new Label();
    u.loc = locOf(s);
    u.emit(Op.NOP);
    u.pushHandler(except, false);
    u.bind(body);
    this.pushFBlock('try_except', body, null, null);
    this.stmts(s.body);
    this.popFBlock();
    u.popHandler();
    u.loc = NO_LOC;
    if (s.orelse.length) this.stmts(s.orelse);
    u.loc = NO_LOC;
    u.emit(Op.JUMP, 0, end);
    u.bind(except);
    const cleanupH = u.pushHandler(cleanup, true);
    u.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock('exception_handler', null, null, null);
    for (let i = 0; i < s.handlers.length; i++) {
      const h = s.handlers[i];
      u.loc = locOf(h);
      if (!h.type && i < s.handlers.length - 1) this.error("default 'except:' must be last", h);
      const next = new Label();
      if (h.type) {
        this.expr(h.type);
        u.loc = locOf(h);
        u.emit(Op.CHECK_EXC_MATCH);
        u.emit(Op.POP_JUMP_IF_FALSE, 0, next);
      }
      if (h.name) {
        const cleanupEnd = new Label();
        this.nameOp(h.name, 'Store');
        u.pushHandler(cleanupEnd, true);
        this.pushFBlock('handler_cleanup', null, null, h.name);
        this.stmts(h.body);
        this.popFBlock();
        u.loc = NO_LOC;
        u.popHandler();
        u.popHandler();
        u.emit(Op.POP_EXCEPT);
        this.loadConst(None);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        u.emit(Op.JUMP, 0, end);
        u.handlers.push(cleanupH);
        u.bind(cleanupEnd);
        this.loadConst(None);
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        u.emit(Op.RERAISE, 1);
      } else {
        u.emit(Op.POP_TOP);
        this.pushFBlock('handler_cleanup', null, null, null);
        this.stmts(h.body);
        this.popFBlock();
        u.loc = NO_LOC;
        u.popHandler();
        u.emit(Op.POP_EXCEPT);
        u.emit(Op.JUMP, 0, end);
        u.handlers.push(cleanupH);
      }
      u.bind(next);
    }
    this.popFBlock();
    u.loc = NO_LOC;
    u.emit(Op.RERAISE, 0);
    u.popHandler();
    u.bind(cleanup);
    u.emit(Op.COPY, 3);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE, 1);
    u.bind(end);
  }

  private tryFinally(s: A.Try): void {
    const u = this.u;
    const body = new Label(), end = new Label(), exit = new Label(), cleanup = new Label();
    u.loc = locOf(s);
    u.emit(Op.NOP);
    u.pushHandler(end, false);
    u.bind(body);
    this.pushFBlock('finally_try', body, end, s.finalbody);
    if (s.handlers.length) this.tryExcept(s);
    else this.stmts(s.body);
    u.popHandler();
    this.popFBlock();
    this.stmts(s.finalbody);
    u.loc = NO_LOC;
    u.emit(Op.JUMP, 0, exit);
    u.bind(end);
    u.pushHandler(cleanup, true);
    u.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock('finally_end', end, null, null);
    this.stmts(s.finalbody);
    this.popFBlock();
    u.loc = NO_LOC;
    u.emit(Op.RERAISE, 0);
    u.popHandler();
    u.bind(cleanup);
    u.emit(Op.COPY, 3);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE, 1);
    u.bind(exit);
  }

  private withStmt(s: A.With, pos: number): void {
    const u = this.u;
    const item = s.items[pos];
    const block = new Label(), final = new Label(), exit = new Label(), cleanup = new Label();
    this.expr(item.context_expr);
    u.loc = locOf(s);
    u.emit(Op.BEFORE_WITH);
    u.pushHandler(final, true, -1);
    u.bind(block);
    this.pushFBlock('with', block, final, s);
    if (item.optional_vars) this.store(item.optional_vars);
    else u.emit(Op.POP_TOP);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.withStmt(s, pos + 1);
    u.popHandler();
    this.popFBlock();
    u.loc = locOf(s);
    this.loadConst(None);
    this.loadConst(None);
    this.loadConst(None);
    u.emit(Op.CALL, 2);
    u.emit(Op.POP_TOP);
    u.emit(Op.JUMP, 0, exit);
    u.bind(final);
    u.pushHandler(cleanup, true);
    u.emit(Op.PUSH_EXC_INFO);
    u.emit(Op.WITH_EXCEPT_START);
    const suppress = new Label();
    u.emit(Op.POP_JUMP_IF_TRUE, 0, suppress);
    u.emit(Op.RERAISE, 2);
    u.bind(suppress);
    u.emit(Op.POP_TOP);
    u.popHandler();
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.POP_TOP);
    u.emit(Op.POP_TOP);
    u.emit(Op.JUMP, 0, exit);
    u.bind(cleanup);
    u.emit(Op.COPY, 3);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE, 1);
    u.bind(exit);
  }

  // ------------------------------------------------------------ functions and classes

  private decorators(ds: A.Expr[]): void {
    for (const d of ds) this.expr(d);
  }

  /** Push defaults/kwdefaults/annotations; returns MAKE_FUNCTION flags. */
  private functionExtras(args: A.Arguments, returns: A.Expr | null, withAnnotations: boolean): number {
    const u = this.u;
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.expr(d);
      u.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    const kw: [string, A.Expr][] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) kw.push([mangle(u.className, a.arg), d]);
    });
    if (kw.length) {
      for (const [n, d] of kw) {
        this.loadConst(n);
        this.expr(d);
      }
      u.emit(Op.BUILD_MAP, kw.length);
      flags |= 2;
    }
    if (withAnnotations) {
      const ann: [string, A.Expr][] = [];
      const all = [...args.posonlyargs, ...args.args];
      if (args.vararg) all.push(args.vararg);
      all.push(...args.kwonlyargs);
      if (args.kwarg) all.push(args.kwarg);
      for (const a of all) if (a.annotation) ann.push([mangle(u.className, a.arg), a.annotation]);
      if (returns) ann.push(['return', returns]);
      if (ann.length) {
        for (const [n, e] of ann) {
          this.loadConst(n);
          this.expr(e);
        }
        u.emit(Op.BUILD_TUPLE, ann.length * 2);
        flags |= 4;
      }
    }
    return flags;
  }

  private makeClosure(code: CodeObject, flags: number, childScope: Scope): void {
    const u = this.u;
    const frees = code.freevars;
    if (frees.length) {
      for (const name of frees) {
        // the class's own __class__ cell, or a cell/free of ours
        u.emit(Op.LOAD_CLOSURE, u.derefIndex(name));
      }
      u.emit(Op.BUILD_TUPLE, frees.length);
      flags |= 8;
    }
    void childScope;
    this.loadConst(code);
    u.emit(Op.MAKE_FUNCTION, flags);
  }

  private qualnameFor(name: string): string {
    const u = this.u;
    if (this.units.length <= 1) return name;
    const parentScope = u.scope;
    if (parentScope.kind === 'function') return `${u.qualname}.<locals>.${name}`;
    return `${u.qualname}.${name}`;
  }

  private functionDef(s: A.FunctionDef): void {
    const u = this.u;
    this.decorators(s.decorator_list);
    u.loc = locOf(s);
    const flags = this.functionExtras(s.args, s.returns, true);
    const scope = this.st.scopes.get(s)!;
    const firstline = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const code = this.compileFunctionBody(scope, s.name, this.qualnameFor(s.name), firstline, s.args, () => {
      let body = s.body;
      if (body.length && this.isDocstring(body[0])) body = body.slice(1);
      this.stmts(body);
    }, s.body.length > 0 && this.isDocstring(s.body[0]) ? constValue(((s.body[0] as A.ExprStmt).value as A.Constant).value) : None, locOf(s));
    u.loc = locOf(s);
    this.makeClosure(code, flags, scope);
    for (let i = 0; i < s.decorator_list.length; i++) {
      u.loc = locOf(s);
      u.emit(Op.CALL, 0);
    }
    this.nameOp(s.name, 'Store');
  }

  private compileFunctionBody(
    scope: Scope, name: string, qualname: string, firstline: number, args: A.Arguments,
    body: () => void, doc: PyObject, loc: Loc, hidden = false,
  ): CodeObject {
    const parentClass = this.u.scope.kind === 'class' ? this.u.scope.name : this.u.className;
    this.enterUnit(scope, name, qualname, firstline, parentClass);
    const u = this.u;
    u.addConst(doc);
    u.argcount = args.posonlyargs.length + args.args.length;
    u.posonlyargcount = args.posonlyargs.length;
    u.kwonlyargcount = args.kwonlyargs.length;
    u.flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (args.vararg) u.flags |= CO_VARARGS;
    if (args.kwarg) u.flags |= CO_VARKEYWORDS;
    if (scope.isGenerator) u.flags |= CO_GENERATOR;
    if (scope.isCoroutine && !scope.isGenerator) u.flags |= CO_COROUTINE;
    if (this.units.length > 2) u.flags |= CO_NESTED;
    this.prologue(loc);
    body();
    u.loc = NO_LOC;
    u.emit(Op.RETURN_CONST, u.addConst(None));
    return this.leaveUnit(hidden);
  }

  private prologue(loc: Loc): void {
    const u = this.u;
    for (const c of u.cellvars) u.emitAt(NO_LOC, Op.MAKE_CELL, u.derefIndex(c));
    if (u.freevars.length) u.emitAt(NO_LOC, Op.COPY_FREE_VARS, u.freevars.length);
    if (u.flags & (CO_GENERATOR | CO_COROUTINE)) {
      u.emitAt(loc, Op.RETURN_GENERATOR);
      u.emitAt(loc, Op.POP_TOP);
    }
    u.emitAt({ ...loc, end_lineno: loc.lineno, end_col_offset: loc.col_offset }, Op.RESUME, 0);
  }

  private classDef(s: A.ClassDef): void {
    const u = this.u;
    this.decorators(s.decorator_list);
    u.loc = locOf(s);
    u.emit(Op.PUSH_NULL);
    u.emit(Op.LOAD_BUILD_CLASS);
    const scope = this.st.scopes.get(s)!;
    const qualname = this.qualnameFor(s.name);
    const firstline = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.enterUnit(scope, s.name, qualname, firstline, s.name);
    const cu = this.u;
    cu.loc = locOf(s);
    this.prologue(locOf(s));
    cu.loc = locOf(s);
    cu.emit(Op.LOAD_NAME, cu.addName('__name__'));
    cu.emit(Op.STORE_NAME, cu.addName('__module__'));
    this.loadConst(qualname);
    cu.emit(Op.STORE_NAME, cu.addName('__qualname__'));
    let body = s.body;
    if (body.length && this.isDocstring(body[0])) {
      cu.loc = locOf(body[0]);
      this.loadConst(constValue(((body[0] as A.ExprStmt).value as A.Constant).value));
      cu.emit(Op.STORE_NAME, cu.addName('__doc__'));
      body = body.slice(1);
    }
    if (this.hasAnnotations(body)) cu.emit(Op.SETUP_ANNOTATIONS);
    this.stmts(body);
    cu.loc = NO_LOC;
    if (scope.needsClassCell) {
      cu.emit(Op.LOAD_CLOSURE, cu.derefIndex('__class__'));
      cu.emit(Op.COPY, 1);
      cu.emit(Op.STORE_NAME, cu.addName('__classcell__'));
      cu.emit(Op.RETURN_VALUE);
    } else cu.emit(Op.RETURN_CONST, cu.addConst(None));
    const code = this.leaveUnit(false);
    u.loc = locOf(s);
    this.makeClosure(code, 0, scope);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords, locOf(s));
    for (let i = 0; i < s.decorator_list.length; i++) u.emit(Op.CALL, 0);
    this.nameOp(s.name, 'Store');
  }

  // ------------------------------------------------------------ match

  private matchStmt(s: A.Match): void {
    const u = this.u;
    const end = new Label();
    this.expr(s.subject);
    for (let i = 0; i < s.cases.length; i++) {
      const c = s.cases[i];
      const last = i === s.cases.length - 1;
      const fail = new Label();
      u.loc = locOf(c.pattern);
      if (!last) u.emit(Op.COPY, 1);
      // patterns compile to: subject on stack → bool, with captures stored
      this.pattern(c.pattern, fail);
      if (c.guard) this.jumpIf(c.guard, fail, false);
      if (!last) {
        u.emit(Op.POP_TOP);
      }
      this.stmts(c.body);
      u.loc = NO_LOC;
      u.emit(Op.JUMP, 0, end);
      u.bind(fail);
      if (last) {
        // nothing left on the stack on failure for the last case
      }
    }
    if (s.cases.length) {
      // the last case failing leaves nothing; non-last leave the subject copy popped by pattern
    }
    u.bind(end);
  }

  /** Match the TOS against p; pops it. Jumps to `fail` (stack without it) on mismatch. */
  private pattern(p: A.Pattern, fail: Label): void {
    const u = this.u;
    switch (p._type) {
      case 'MatchAs':
        if (p.pattern === null) {
          if (p.name) this.nameOp(p.name, 'Store');
          else u.emit(Op.POP_TOP);
          return;
        }
        if (p.name) {
          u.emit(Op.COPY, 1);
          this.patternOrPop(p.pattern, fail, 1);
          this.nameOp(p.name, 'Store');
        } else this.pattern(p.pattern, fail);
        return;
      case 'MatchValue':
        this.expr(p.value);
        u.emit(Op.COMPARE_OP, (2 << 4) | COMPARE_MASKS[2]);
        u.emit(Op.POP_JUMP_IF_FALSE, 0, fail);
        return;
      case 'MatchSingleton':
        this.loadConst(constValue(p.value));
        u.emit(Op.IS_OP, 0);
        u.emit(Op.POP_JUMP_IF_FALSE, 0, fail);
        return;
      case 'MatchOr': {
        const ok = new Label();
        for (let i = 0; i < p.patterns.length; i++) {
          const next = new Label();
          u.emit(Op.COPY, 1);
          this.patternOrPop(p.patterns[i], next, 0);
          u.emit(Op.POP_TOP);
          u.emit(Op.JUMP, 0, ok);
          u.bind(next);
        }
        u.emit(Op.POP_TOP);
        u.emit(Op.JUMP, 0, fail);
        u.bind(ok);
        return;
      }
      case 'MatchSequence': {
        const star = p.patterns.findIndex((q) => q._type === 'MatchStar');
        const n = p.patterns.length;
        const popFail = new Label();
        u.emit(Op.MATCH_SEQUENCE);
        u.emit(Op.POP_JUMP_IF_FALSE, 0, popFail);
        u.emit(Op.GET_LEN);
        this.loadConst(star < 0 ? n : n - 1);
        u.emit(Op.COMPARE_OP, star < 0 ? (2 << 4) | COMPARE_MASKS[2] : (5 << 4) | COMPARE_MASKS[5]);
        u.emit(Op.POP_JUMP_IF_FALSE, 0, popFail);
        if (star < 0) u.emit(Op.UNPACK_SEQUENCE, n);
        else u.emit(Op.UNPACK_EX, star | ((n - star - 1) << 8));
        // now n values on the stack, first on top
        for (let i = 0; i < n; i++) {
          const q = p.patterns[i];
          const sub = q._type === 'MatchStar' ? ({ _type: 'MatchAs', pattern: null, name: q.name, lineno: q.lineno, col_offset: q.col_offset, end_lineno: q.end_lineno, end_col_offset: q.end_col_offset } as A.MatchAs) : q;
          this.patternOrPop(sub, fail, n - i - 1);
        }
        const done = new Label();
        u.emit(Op.JUMP, 0, done);
        u.bind(popFail);
        u.emit(Op.POP_TOP);
        u.emit(Op.JUMP, 0, fail);
        u.bind(done);
        return;
      }
      case 'MatchMapping': {
        const popFail = new Label();
        u.emit(Op.MATCH_MAPPING);
        u.emit(Op.POP_JUMP_IF_FALSE, 0, popFail);
        for (const k of p.keys) this.expr(k);
        u.emit(Op.BUILD_TUPLE, p.keys.length);
        u.emit(Op.MATCH_KEYS);
        // stack: subject, keys, values-or-None
        u.emit(Op.COPY, 1);
        this.loadConst(None);
        u.emit(Op.IS_OP, 0);
        const ok = new Label();
        u.emit(Op.POP_JUMP_IF_FALSE, 0, ok);
        u.emit(Op.POP_TOP);
        u.emit(Op.POP_TOP);
        u.emit(Op.JUMP, 0, popFail);
        u.bind(ok);
        u.emit(Op.UNPACK_SEQUENCE, p.keys.length);
        // stack: subject, keys, v0 (top) ... 
        const n = p.patterns.length;
        for (let i = 0; i < n; i++) this.patternOrPop(p.patterns[i], fail, n - i - 1 + 2);
        if (p.rest) {
          // rest = {k: v for k, v in subject.items() if k not in keys}
          u.emit(Op.CALL_INTRINSIC_2, 100);
          this.nameOp(p.rest, 'Store');
        } else {
          u.emit(Op.POP_TOP);
          u.emit(Op.POP_TOP);
        }
        const done = new Label();
        u.emit(Op.JUMP, 0, done);
        u.bind(popFail);
        u.emit(Op.POP_TOP);
        u.emit(Op.JUMP, 0, fail);
        u.bind(done);
        return;
      }
      case 'MatchClass': {
        this.expr(p.cls);
        const names = new PyTuple(p.kwd_attrs);
        this.loadConst(names);
        u.emit(Op.MATCH_CLASS, p.patterns.length);
        // stack: attrs-tuple-or-None
        u.emit(Op.COPY, 1);
        this.loadConst(None);
        u.emit(Op.IS_OP, 0);
        const ok = new Label();
        u.emit(Op.POP_JUMP_IF_FALSE, 0, ok);
        u.emit(Op.POP_TOP);
        u.emit(Op.JUMP, 0, fail);
        u.bind(ok);
        const all = [...p.patterns, ...p.kwd_patterns];
        u.emit(Op.UNPACK_SEQUENCE, all.length);
        for (let i = 0; i < all.length; i++) this.patternOrPop(all[i], fail, all.length - i - 1);
        return;
      }
      case 'MatchStar':
        if (p.name) this.nameOp(p.name, 'Store');
        else u.emit(Op.POP_TOP);
        return;
    }
  }
  /** Match with `extra` more items below TOS that must be popped on failure. */
  private patternOrPop(p: A.Pattern, fail: Label, extra: number): void {
    if (extra === 0) {
      this.pattern(p, fail);
      return;
    }
    const u = this.u;
    const local = new Label(), done = new Label();
    this.pattern(p, local);
    u.emit(Op.JUMP, 0, done);
    u.bind(local);
    for (let i = 0; i < extra; i++) u.emit(Op.POP_TOP);
    u.emit(Op.JUMP, 0, fail);
    u.bind(done);
  }

  // ------------------------------------------------------------ stores and deletes

  private store(t: A.Expr): void {
    const u = this.u;
    switch (t._type) {
      case 'Name':
        this.nameOp(t.id, 'Store');
        return;
      case 'Attribute':
        this.expr(t.value);
        u.loc = locOf(t);
        u.emit(Op.STORE_ATTR, u.addName(mangle(u.className, t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        if (t.slice._type === 'Slice' && !t.slice.step) {
          this.sliceParts(t.slice);
          u.loc = locOf(t);
          u.emit(Op.STORE_SLICE);
          return;
        }
        this.expr(t.slice);
        u.loc = locOf(t);
        u.emit(Op.STORE_SUBSCR);
        return;
      case 'Tuple':
      case 'List': {
        const star = t.elts.findIndex((e) => e._type === 'Starred');
        u.loc = locOf(t);
        if (star >= 0) {
          if (t.elts.slice(star + 1).some((e) => e._type === 'Starred')) this.error('multiple starred expressions in assignment', t);
          u.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
        } else u.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        for (const e of t.elts) this.store(e._type === 'Starred' ? e.value : e);
        return;
      }
      case 'Starred':
        this.error('starred assignment target must be in a list or tuple', t);
        return;
      default:
        this.error(`cannot assign to ${describe(t)}`, t);
    }
  }

  private del(t: A.Expr): void {
    const u = this.u;
    u.loc = locOf(t);
    switch (t._type) {
      case 'Name':
        this.nameOp(t.id, 'Del');
        return;
      case 'Attribute':
        this.expr(t.value);
        u.loc = locOf(t);
        u.emit(Op.DELETE_ATTR, u.addName(mangle(u.className, t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        u.loc = locOf(t);
        u.emit(Op.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.del(e);
        return;
      default:
        this.error(`cannot delete ${describe(t)}`, t);
    }
  }

  // ------------------------------------------------------------ expressions

  /** Compile a condition and jump to `target` when its truth equals `cond`. */
  private jumpIf(e: A.Expr, target: Label, cond: boolean): void {
    const u = this.u;
    if (e._type === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, target, !cond);
    if (e._type === 'BoolOp') {
      const isOr = e.op === 'Or';
      if (isOr === cond) {
        for (const v of e.values) this.jumpIf(v, target, cond);
      } else {
        const end = new Label();
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], end, !cond);
        this.jumpIf(e.values[e.values.length - 1], target, cond);
        u.bind(end);
      }
      return;
    }
    if (e._type === 'Compare' && e.ops.length === 1 && (e.ops[0] === 'Is' || e.ops[0] === 'IsNot') && e.comparators[0]._type === 'Constant' && e.comparators[0].value.kind === 'None') {
      this.expr(e.left);
      u.loc = locOf(e);
      const isNone = (e.ops[0] === 'Is') === cond;
      u.emit(isNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, 0, target);
      return;
    }
    this.expr(e);
    u.loc = locOf(e);
    u.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0, target);
  }

  private exprs(es: A.Expr[]): void {
    for (const e of es) this.expr(e);
  }

  private foldConst(e: A.Expr): PyObject | undefined {
    if (e._type === 'Constant') return constValue(e.value);
    if (e._type === 'UnaryOp' && e.op === 'USub' && e.operand._type === 'Constant') {
      const v = e.operand.value;
      if (v.kind === 'int') return typeof v.value === 'bigint' ? (-v.value as bigint) : v.value === 0 ? 0 : -v.value;
      if (v.kind === 'float') return new PyFloat(-v.value);
    }
    if (e._type === 'BinOp') {
      // CPython's AST optimizer folds arithmetic on constants (within its size limits)
      const l = this.foldConst(e.left), r = this.foldConst(e.right);
      if (l === undefined || r === undefined) return undefined;
      const isNum = (v: PyObject) => typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat;
      if (isNum(l) && isNum(r)) {
        if (e.op === 'Pow' && typeof r !== 'object' && (r as number) > 128) return undefined;
        if ((e.op === 'LShift') && typeof r !== 'object' && (r as number) > 128) return undefined;
        try {
          const v = binopBuiltin(l, r, BINOP_CODE[e.op]);
          if (v === NotImplemented) return undefined;
          if (typeof v === 'bigint' && v.toString(2).length > 128) return undefined;
          return v;
        } catch {
          return undefined;
        }
      }
      if (typeof l === 'string' && typeof r === 'string' && e.op === 'Add' && l.length + r.length <= 4096) return l + r;
      return undefined;
    }
    if (e._type === 'Tuple' && e.ctx === 'Load' && e.elts.length > 0 && e.elts.length <= 30) {
      const vals: PyObject[] = [];
      for (const x of e.elts) {
        if (x._type === 'Starred') return undefined;
        const v = this.foldConst(x);
        if (v === undefined) return undefined;
        vals.push(v);
      }
      return new PyTuple(vals);
    }
    return undefined;
  }

  private expr(e: A.Expr): void {
    const u = this.u;
    const saved = u.loc;
    u.loc = locOf(e);
    this.exprInner(e);
    u.loc = saved;
  }

  private exprInner(e: A.Expr): void {
    const u = this.u;
    switch (e._type) {
      case 'Constant':
        this.loadConst(constValue(e.value));
        return;
      case 'Name':
        this.nameOp(e.id, 'Load');
        return;
      case 'BinOp': {
        const folded = this.foldConst(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.expr(e.left);
        this.expr(e.right);
        u.loc = locOf(e);
        u.emit(Op.BINARY_OP, BINOP_CODE[e.op]);
        return;
      }
      case 'UnaryOp': {
        const f = this.foldConst(e);
        if (f !== undefined) {
          this.loadConst(f);
          return;
        }
        this.expr(e.operand);
        u.loc = locOf(e);
        if (e.op === 'USub') u.emit(Op.UNARY_NEGATIVE);
        else if (e.op === 'Invert') u.emit(Op.UNARY_INVERT);
        else if (e.op === 'Not') u.emit(Op.UNARY_NOT);
        else u.emit(Op.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE);
        return;
      }
      case 'BoolOp': {
        const end = new Label();
        for (let i = 0; i < e.values.length - 1; i++) {
          this.expr(e.values[i]);
          u.loc = locOf(e);
          u.emit(Op.COPY, 1);
          u.emit(e.op === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE, 0, end);
          u.emit(Op.POP_TOP);
        }
        this.expr(e.values[e.values.length - 1]);
        u.bind(end);
        return;
      }
      case 'Compare':
        return this.compare(e);
      case 'IfExp': {
        const end = new Label(), next = new Label();
        this.jumpIf(e.test, next, false);
        this.expr(e.body);
        u.emit(Op.JUMP, 0, end);
        u.bind(next);
        this.expr(e.orelse);
        u.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        u.loc = locOf(e);
        u.emit(Op.COPY, 1);
        this.store(e.target);
        return;
      case 'Attribute':
        this.expr(e.value);
        u.loc = locOf(e);
        u.emit(Op.LOAD_ATTR, u.addName(mangle(u.className, e.attr)) << 1);
        return;
      case 'Subscript':
        this.expr(e.value);
        if (e.slice._type === 'Slice' && !e.slice.step) {
          this.sliceParts(e.slice);
          u.loc = locOf(e);
          u.emit(Op.BINARY_SLICE);
          return;
        }
        this.expr(e.slice);
        u.loc = locOf(e);
        u.emit(Op.BINARY_SUBSCR);
        return;
      case 'Slice': {
        let n = 2;
        this.sliceParts(e);
        if (e.step) {
          this.expr(e.step);
          n = 3;
        }
        u.emit(Op.BUILD_SLICE, n);
        return;
      }
      case 'Call':
        return this.call(e);
      case 'Tuple': {
        const f = this.foldConst(e);
        if (f !== undefined) {
          this.loadConst(f);
          return;
        }
        if (e.ctx !== 'Load') this.error('cannot use starred expression here', e);
        this.starUnpack(e.elts, Op.BUILD_TUPLE, true);
        return;
      }
      case 'List':
        this.starUnpack(e.elts, Op.BUILD_LIST, false);
        return;
      case 'Set':
        this.starUnpack(e.elts, Op.BUILD_SET, false);
        return;
      case 'Dict':
        return this.dict(e);
      case 'JoinedStr': {
        if (e.values.length === 1 && e.values[0]._type === 'Constant') {
          this.expr(e.values[0]);
          return;
        }
        if (e.values.length === 0) {
          this.loadConst('');
          return;
        }
        for (const v of e.values) this.expr(v);
        if (e.values.length > 1) u.emit(Op.BUILD_STRING, e.values.length);
        return;
      }
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) {
          this.expr(e.format_spec);
          flags |= 4;
        }
        u.loc = locOf(e);
        u.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      case 'Lambda': {
        u.loc = locOf(e);
        const flags = this.functionExtras(e.args, null, false);
        const scope = this.st.scopes.get(e)!;
        const code = this.compileFunctionBody(scope, '<lambda>', this.qualnameFor('<lambda>'), e.lineno, e.args, () => {
          this.expr(e.body);
          this.u.loc = locOf(e.body);
          this.u.emit(Op.RETURN_VALUE);
        }, None, locOf(e));
        // a lambda's docstring slot is None but CPython does not store it as consts[0]
        this.makeClosure(code, flags, scope);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e);
      case 'Yield':
        if (e.value) this.expr(e.value);
        else this.loadConst(None);
        u.loc = locOf(e);
        u.emit(Op.YIELD_VALUE, 1);
        u.emit(Op.RESUME, 1);
        return;
      case 'YieldFrom':
        this.expr(e.value);
        u.loc = locOf(e);
        u.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(None);
        this.yieldFromLoop(false);
        return;
      case 'Await':
        this.expr(e.value);
        u.loc = locOf(e);
        u.emit(Op.GET_AWAITABLE, 0);
        this.loadConst(None);
        this.yieldFromLoop(true);
        return;
      case 'Starred':
        this.error('can\'t use starred expression here', e);
    }
  }

  private yieldFromLoop(isAwait: boolean): void {
    const u = this.u;
    const send = new Label(), fail = new Label(), exit = new Label();
    u.bind(send);
    u.emit(Op.SEND, 0, exit);
    u.pushHandler(fail, false);
    u.emit(Op.YIELD_VALUE, 2);
    u.popHandler();
    u.emit(Op.RESUME, isAwait ? 3 : 2);
    u.emit(Op.JUMP_NO_INTERRUPT, 0, send);
    u.bind(fail);
    u.emit(Op.CLEANUP_THROW);
    u.bind(exit);
    u.emit(Op.END_SEND);
  }

  private sliceParts(s: A.Slice): void {
    if (s.lower) this.expr(s.lower);
    else this.loadConst(None);
    if (s.upper) this.expr(s.upper);
    else this.loadConst(None);
  }

  private compare(e: A.Compare): void {
    const u = this.u;
    const emitCmp = (op: A.CmpOpKind) => {
      u.loc = locOf(e);
      switch (op) {
        case 'Is': u.emit(Op.IS_OP, 0); return;
        case 'IsNot': u.emit(Op.IS_OP, 1); return;
        case 'In': u.emit(Op.CONTAINS_OP, 0); return;
        case 'NotIn': u.emit(Op.CONTAINS_OP, 1); return;
        default: {
          const c = CMP_CODE[op]!;
          u.emit(Op.COMPARE_OP, (c << 4) | COMPARE_MASKS[c]);
        }
      }
    };
    this.expr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      this.expr(e.comparators[0]);
      emitCmp(e.ops[0]);
      return;
    }
    const cleanup = new Label(), end = new Label();
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i]);
      u.loc = locOf(e);
      u.emit(Op.SWAP, 2);
      u.emit(Op.COPY, 2);
      emitCmp(e.ops[i]);
      u.emit(Op.COPY, 1);
      u.emit(Op.POP_JUMP_IF_FALSE, 0, cleanup);
      u.emit(Op.POP_TOP);
    }
    this.expr(e.comparators[n - 1]);
    emitCmp(e.ops[n - 1]);
    u.emit(Op.JUMP, 0, end);
    u.bind(cleanup);
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_TOP);
    u.bind(end);
  }

  /** Build a tuple/list/set from elements that may contain *starred items. */
  private starUnpack(elts: A.Expr[], build: Op, isTuple: boolean): void {
    const u = this.u;
    const hasStar = elts.some((x) => x._type === 'Starred');
    if (!hasStar) {
      this.exprs(elts);
      u.emit(build, elts.length);
      return;
    }
    const isSet = build === Op.BUILD_SET;
    let seen = 0;
    let started = false;
    for (const x of elts) {
      if (x._type === 'Starred') {
        if (!started) {
          u.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, seen);
          started = true;
          seen = 0;
        }
        this.expr(x.value);
        u.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        if (started) u.emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1);
        else seen++;
      }
    }
    if (isTuple) u.emit(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE);
  }

  private dict(e: A.Dict): void {
    const u = this.u;
    let n = 0;
    let started = false;
    const flush = () => {
      if (n > 0 || !started) {
        u.emit(Op.BUILD_MAP, n);
        if (started) u.emit(Op.DICT_UPDATE, 1);
        started = true;
        n = 0;
      }
    };
    const hasUnpack = e.keys.some((k) => k === null);
    if (!hasUnpack) {
      const allConstKeys = e.keys.length > 1 && e.keys.every((k) => k !== null && k._type === 'Constant');
      if (allConstKeys) {
        for (const v of e.values) this.expr(v);
        this.loadConst(new PyTuple(e.keys.map((k) => constValue((k as A.Constant).value))));
        u.emit(Op.BUILD_CONST_KEY_MAP, e.keys.length);
        return;
      }
      for (let i = 0; i < e.keys.length; i++) {
        this.expr(e.keys[i]!);
        this.expr(e.values[i]);
      }
      u.emit(Op.BUILD_MAP, e.keys.length);
      return;
    }
    for (let i = 0; i < e.keys.length; i++) {
      const k = e.keys[i];
      if (k === null) {
        if (n > 0 || !started) flush();
        this.expr(e.values[i]);
        u.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        n++;
      }
    }
    if (n > 0) {
      u.emit(Op.BUILD_MAP, n);
      u.emit(Op.DICT_UPDATE, 1);
    }
  }

  private call(e: A.Call): void {
    const u = this.u;
    const f = e.func;
    const simpleArgs = !e.args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null);
    if (f._type === 'Attribute' && simpleArgs && f.ctx === 'Load') {
      this.expr(f.value);
      u.loc = locOf(f);
      u.emit(Op.LOAD_ATTR, (u.addName(mangle(u.className, f.attr)) << 1) | 1);
      this.callHelper(0, e.args, e.keywords, locOf(e));
      return;
    }
    if (f._type === 'Name') {
      const res = u.scope.resolve(mangle(u.className, f.id));
      if ((res === 'global_implicit' || res === 'global_explicit') && u.scope.kind === 'function') {
        u.loc = locOf(f);
        u.emit(Op.LOAD_GLOBAL, (u.addName(mangle(u.className, f.id)) << 1) | 1);
        this.callHelper(0, e.args, e.keywords, locOf(e));
        return;
      }
    }
    u.emit(Op.PUSH_NULL);
    this.expr(f);
    this.callHelper(0, e.args, e.keywords, locOf(e));
  }

  /** Emit the arguments and the call; `n` arguments are already on the stack. */
  private callHelper(n: number, args: A.Expr[], keywords: A.Keyword[], loc: Loc): void {
    const u = this.u;
    const starred = args.some((a) => a._type === 'Starred');
    const dstar = keywords.some((k) => k.arg === null);
    const seenKw = new Set<string>();
    for (const k of keywords) {
      if (k.arg !== null) {
        if (seenKw.has(k.arg)) this.error(`keyword argument repeated: ${k.arg}`, k);
        seenKw.add(k.arg);
      }
    }
    if (!starred && !dstar) {
      this.exprs(args);
      for (const k of keywords) this.expr(k.value);
      u.loc = loc;
      if (keywords.length) u.emit(Op.KW_NAMES, u.addConst(new PyTuple(keywords.map((k) => k.arg!))));
      u.emit(Op.CALL, n + args.length + keywords.length);
      return;
    }
    // general form: CALL_FUNCTION_EX with a tuple and optional dict
    if (n > 0) {
      u.emit(Op.BUILD_LIST, n);
      for (const a of args) {
        if (a._type === 'Starred') {
          this.expr(a.value);
          u.emit(Op.LIST_EXTEND, 1);
        } else {
          this.expr(a);
          u.emit(Op.LIST_APPEND, 1);
        }
      }
      u.emit(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE);
    } else if (args.length === 1 && args[0]._type === 'Starred') {
      this.expr(args[0].value);
    } else this.starUnpack(args, Op.BUILD_TUPLE, true);
    if (keywords.length) {
      let nk = 0;
      let started = false;
      for (const k of keywords) {
        if (k.arg === null) {
          if (!started) {
            u.emit(Op.BUILD_MAP, nk);
            started = true;
          } else if (nk > 0) {
            u.emit(Op.BUILD_MAP, nk);
            u.emit(Op.DICT_MERGE, 1);
          }
          nk = 0;
          this.expr(k.value);
          u.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst(k.arg);
          this.expr(k.value);
          nk++;
        }
      }
      if (nk > 0) {
        u.emit(Op.BUILD_MAP, nk);
        if (started) u.emit(Op.DICT_MERGE, 1);
      }
    }
    u.loc = loc;
    u.emit(Op.CALL_FUNCTION_EX, keywords.length ? 1 : 0);
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const u = this.u;
    const scope = this.st.scopes.get(e)!;
    const name = e._type === 'ListComp' ? '<listcomp>' : e._type === 'SetComp' ? '<setcomp>' : e._type === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    const isGen = e._type === 'GeneratorExp';
    const code = this.compileFunctionBody(scope, name, this.qualnameFor(name), e.lineno, { _type: 'arguments', posonlyargs: [], args: [{ _type: 'arg', arg: '.0', annotation: null, type_comment: null, ...locOf(e) }], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] }, () => {
      const cu = this.u;
      cu.loc = locOf(e);
      if (!isGen) cu.emit(e._type === 'ListComp' ? Op.BUILD_LIST : e._type === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
      this.compGenerator(e, 0, isGen ? 0 : 1);
      cu.loc = locOf(e);
      if (!isGen) cu.emit(Op.RETURN_VALUE);
    }, None, locOf(e), !isGen);
    u.loc = locOf(e);
    this.makeClosure(code, 0, scope);
    this.expr(e.generators[0].iter);
    u.loc = locOf(e);
    u.emit(Op.GET_ITER);
    u.emit(Op.CALL, 0);
  }

  private compGenerator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gi: number, depth: number): void {
    const u = this.u;
    const g = e.generators[gi];
    const start = new Label(), cleanup = new Label(), ifCleanup = new Label();
    if (gi === 0) u.emit(Op.LOAD_FAST, u.varIndex('.0'));
    else {
      this.expr(g.iter);
      u.emit(Op.GET_ITER);
    }
    u.bind(start);
    u.loc = locOf(e);
    u.emit(Op.FOR_ITER, 0, cleanup);
    this.store(g.target);
    for (const cond of g.ifs) this.jumpIf(cond, ifCleanup, false);
    if (gi + 1 < e.generators.length) this.compGenerator(e, gi + 1, depth + 1);
    else {
      u.loc = locOf(e);
      switch (e._type) {
        case 'GeneratorExp':
          this.expr(e.elt);
          u.loc = locOf(e);
          u.emit(Op.YIELD_VALUE, 1);
          u.emit(Op.RESUME, 1);
          u.emit(Op.POP_TOP);
          break;
        case 'ListComp':
          this.expr(e.elt);
          u.emit(Op.LIST_APPEND, depth + 1);
          break;
        case 'SetComp':
          this.expr(e.elt);
          u.emit(Op.SET_ADD, depth + 1);
          break;
        case 'DictComp':
          this.expr(e.key);
          this.expr(e.value);
          u.emit(Op.MAP_ADD, depth + 1);
          break;
      }
    }
    u.bind(ifCleanup);
    u.loc = locOf(e);
    u.emit(Op.JUMP, 0, start);
    u.bind(cleanup);
    u.emit(Op.END_FOR);
  }
}

function describe(e: A.Expr): string {
  switch (e._type) {
    case 'Call': return 'function call';
    case 'Constant': return e.value.kind === 'None' || e.value.kind === 'bool' ? String(e.value.kind === 'None' ? 'None' : e.value.value ? 'True' : 'False') : 'literal';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'BoolOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'JoinedStr': return 'f-string expression';
    case 'ListComp': return 'list comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Await': return 'await expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'NamedExpr': return 'named expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    default: return 'expression';
  }
}

export { INTRINSIC_STOPITERATION_ERROR };
