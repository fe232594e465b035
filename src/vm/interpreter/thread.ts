// Opcode numbers appear as literals (`case 28 /* LOAD_FAST */`) so the dispatch switch is a jump
// table without cross-module constant lookups; opcodes.test.ts checks them against the table.
// A Python thread of execution: its frame stack and the resumable evaluation loop.
// `run(budget)` executes at most `budget` instructions and reports what happened; Python calls
// push frames (never JS recursion), builtins that call back into Python are generator frames.
import {
  PyObj, PyType, PyBuiltin, CallReq, GenResume, GenReturn, GenStart, EXHAUSTED, None, NotImplemented, typeOf, typeType,
  intType, strType, boolType, typeEpoch,
  type PyObject, type NativeGen, type KwArgs,
} from '../objects/base';
import { PyTuple, tuple, EMPTY_TUPLE, tupleType } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { PySlice, rangeType, makeRange } from '../objects/range';
import { PyFunction, PyMethod, PyCell, PyStaticMethod } from '../objects/function';
import { PyGenerator } from '../objects/generator';
import {
  PyExc, pyErr, TypeError, NameError, UnboundLocalError, RuntimeError, StopIteration, RecursionError, ValueError,
  BaseException, SystemError, MemoryError, AssertionError, GeneratorExit,
} from '../objects/exceptions';
import { getAttr, setAttr, delAttr, lookupMethod, attrError } from '../objects/attributes';
import { getItem, setItem, delItem } from '../objects/sequence';
import {
  binopFast, binaryOp, compareFast, richCompare, truthFast, truth, unaryOp, inplaceBuiltin,
} from '../objects/operators';
import { getIter, iterNextFast, iterNext, iter } from '../objects/iteration';
import { PyRangeIter, PyListIter } from '../objects/iterators';
import { contains } from '../objects/sequence';
import { repr, str, format } from '../objects/repr';
import { CO_GENERATOR, CO_COROUTINE, CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code';
import { Frame, NativeFrame, HOOK_NONE, HOOK_FORITER, HOOK_SEND, HOOK_DISCARD } from './frame';
import { Suspend } from './suspend';
import type { Interpreter } from './interpreter';
import { bindArguments } from './arguments';
import { bindFromStack } from './fast-call';
import { intAdd, intSub } from '../objects/int';
import { PyFloat, floatType } from '../objects/float';
import { floatRepr } from '../objects/format/float-repr';
import { CMP_OPS } from '../objects/ops-table';

export type StepResult =
  | { kind: 'budget'; executed: number }
  | { kind: 'switch'; executed: number }
  | { kind: 'blocked'; executed: number; request: unknown }
  | { kind: 'finished'; executed: number; value: PyObject }
  | { kind: 'raised'; executed: number; exception: PyObject };

const EXIT_CONTINUE = 0, EXIT_BUDGET = 1, EXIT_SWITCH = 2, EXIT_BLOCKED = 3;
const P_NONE = 0, P_VALUE = 1, P_EXC = 2, P_GENRET = 3;
/** The native frame on top has already yielded `pendingReq` (see runNative): serve it. */
const P_REQ = 4;
/** invoke() pushed a frame: its result arrives later. */
export const PUSHED = Symbol('pushed');
type InvokeResult = PyObject | Suspend | typeof PUSHED;

/** Internal markers for calls that need a frame with custom locals. */
export class BodyCall extends PyObj {
  constructor(
    readonly func: PyFunction,
    readonly locals: PyDict,
  ) {
    super(typeType);
  }
}
export class ExecCall extends PyObj {
  constructor(
    readonly code: import('../compiler/code').CodeObject,
    readonly globals: PyDict,
    readonly locals: PyDict,
  ) {
    super(typeType);
  }
}

let threadIds = 1;

export class PyThread {
  top: Frame | NativeFrame | null = null;
  depth = 0;
  /** The exception being handled (sys.exc_info()), saved/restored by PUSH_EXC_INFO/POP_EXCEPT. */
  excInfo: PyExc | null = null;
  dropRequest = false;
  readonly ident = threadIds++;
  /** Free for the host (scheduler) to attach its own data. */
  hostData: unknown = null;
  private pending = P_NONE;
  private pendingValue: PyObject = None;
  private pendingExc: PyExc | null = null;
  private pendingReq: unknown = null;
  /** Don't add a traceback entry for the frame the exception is delivered to (RERAISE). */
  private pendingReraise = false;
  private exit = EXIT_CONTINUE;
  private blockedOn: unknown = null;
  private done: StepResult | null = null;

  constructor(readonly interp: Interpreter) {}

  // ---------------------------------------------------------------- host API

  /** Start with a frame (main module) or a callable (a new thread's target). */
  startFrame(f: Frame): void {
    this.pushFrame(f);
  }
  startCall(fn: PyObject, args: PyObject[], kw: KwArgs | null): void {
    try {
      const r = this.invoke(fn, args, kw);
      if (r === PUSHED) return;
      if (r instanceof Suspend) {
        this.done = null;
        this.blockedOn = r.request;
        return;
      }
      this.done = { kind: 'finished', executed: 0, value: r };
    } catch (e) {
      this.done = { kind: 'raised', executed: 0, exception: this.toPyExc(e) };
    }
  }

  resume(value: PyObject): void {
    this.pending = P_VALUE;
    this.pendingValue = value;
  }
  resumeWithException(exc: PyObject): void {
    this.pending = P_EXC;
    this.pendingExc = exc as PyExc;
    this.pendingReraise = false;
  }

  get isFinished(): boolean {
    return this.done !== null;
  }
  /** The innermost Python frame (for tracers, super(), sys._getframe). */
  currentFrame(): Frame | null {
    let f = this.top;
    while (f !== null && !(f instanceof Frame)) f = f.back;
    return f;
  }

  run(budget: number): StepResult {
    let executed = 0;
    if (this.blockedOn !== null && this.pending === P_NONE && this.done === null) {
      return { kind: 'blocked', executed: 0, request: this.blockedOn };
    }
    this.blockedOn = null;
    for (;;) {
      if (this.pending !== P_NONE) {
        this.settle();
        if (this.blockedOn !== null) return { kind: 'blocked', executed, request: this.blockedOn };
      }
      if (this.done !== null) return { ...this.done, executed } as StepResult;
      const top = this.top;
      if (top === null) {
        this.done = { kind: 'finished', executed: 0, value: this.pendingValue };
        continue;
      }
      if (executed >= budget) return { kind: 'budget', executed };
      if (top instanceof NativeFrame) {
        // a native frame waiting for nothing: start it
        this.pending = P_VALUE;
        this.pendingValue = None;
        executed++;
        continue;
      }
      executed += this.execute(top, budget - executed);
      switch (this.exit) {
        case EXIT_BUDGET:
          return { kind: 'budget', executed };
        case EXIT_SWITCH:
          return { kind: 'switch', executed };
        case EXIT_BLOCKED:
          return { kind: 'blocked', executed, request: this.blockedOn };
      }
    }
  }

  // ---------------------------------------------------------------- frames

  pushFrame(f: Frame): void {
    if (this.depth >= this.interp.recursionLimit) {
      throw pyErr(RecursionError, 'maximum recursion depth exceeded');
    }
    f.back = this.top;
    this.top = f;
    this.depth++;
  }
  private pushNative(gen: NativeGen): void {
    const nf = new NativeFrame(gen);
    nf.back = this.top;
    this.top = nf;
    this.pending = P_VALUE;
    this.pendingValue = None;
  }
  /**
   * Runs a resumable native right away, like a sync one: most finish without needing the
   * interpreter (no Python code involved), and then no frame is pushed and the loop goes on.
   * Otherwise it becomes a native frame whose first request is served by settle() (PUSHED).
   * Exceptions propagate to the caller, as from a sync native.
   */
  private runNative(gen: NativeGen): PyObject | typeof PUSHED {
    const res = gen.next(None);
    if (res.done === true) return res.value;
    const nf = new NativeFrame(gen);
    nf.back = this.top;
    this.top = nf;
    this.pending = P_REQ;
    this.pendingReq = res.value;
    return PUSHED;
  }

  /** Convert anything thrown into a Python exception (JS bugs become SystemError-like). */
  toPyExc(e: unknown): PyExc {
    if (e instanceof PyExc) return e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return pyErr(RecursionError, 'maximum recursion depth exceeded');
    }
    if (e instanceof RangeError && /Invalid (array|string) length|allocation/i.test(e.message)) return pyErr(MemoryError);
    const err = pyErr(SystemError, `InternalError: ${e instanceof Error ? e.message : String(e)}`);
    (err as PyExc & { internal?: unknown }).internal = e;
    return err;
  }

  /** Deliver pending values/exceptions until a Python frame can run (or the thread ends). */
  private settle(): void {
    while (this.pending !== P_NONE) {
      const top = this.top;
      if (top === null) {
        if (this.pending === P_EXC) this.done = { kind: 'raised', executed: 0, exception: this.pendingExc! };
        else this.done = { kind: 'finished', executed: 0, value: this.pendingValue };
        this.pending = P_NONE;
        return;
      }
      if (top instanceof Frame) {
        if (this.pending === P_EXC) {
          const exc = this.pendingExc!;
          const reraise = this.pendingReraise;
          this.pending = P_NONE;
          this.pendingReraise = false;
          this.unwind(top, exc, reraise);
          continue;
        }
        const v = this.pendingValue;
        const kind = this.pending;
        this.pending = P_NONE;
        this.deliverToFrame(top, v, kind === P_GENRET);
        return;
      }
      // native frame
      let req: unknown;
      if (this.pending === P_REQ) {
        req = this.pendingReq;
        this.pendingReq = null;
      } else {
        let res: IteratorResult<unknown, PyObject>;
        try {
          if (this.pending === P_EXC) res = top.gen.throw(this.pendingExc);
          else if (this.pending === P_GENRET) res = top.gen.next(new GenReturn(this.pendingValue));
          else res = top.gen.next(this.pendingValue);
        } catch (e) {
          this.top = top.back;
          this.setExc(this.toPyExc(e));
          continue;
        }
        if (res.done) {
          this.top = top.back;
          this.pending = P_VALUE;
          this.pendingValue = res.value;
          continue;
        }
        req = res.value;
      }
      try {
        if (req instanceof CallReq) {
          const r = this.invoke(req.fn, req.args, req.kw);
          if (r === PUSHED) {
            if (this.top instanceof NativeFrame && this.top !== top) continue; // a native callee starts
            this.pending = P_NONE;
            return;
          }
          if (r instanceof Suspend) {
            this.pending = P_NONE;
            this.blockedOn = r.request;
            return;
          }
          this.pending = P_VALUE;
          this.pendingValue = r;
        } else if (req instanceof GenResume) {
          this.resumeGenerator(req.gen as PyGenerator, req.value, req.exc as PyExc | null);
        } else {
          throw new Error('native frame yielded something that is not a request');
        }
      } catch (e) {
        this.setExc(this.toPyExc(e));
      }
    }
  }

  private setExc(e: PyExc, reraise = false): void {
    this.pending = P_EXC;
    this.pendingExc = e;
    this.pendingReraise = reraise;
  }

  /** A call result (or generator yield/return) arrives at a Python frame. */
  private deliverToFrame(f: Frame, v: PyObject, genReturned: boolean): void {
    const hook = f.hook;
    f.hook = HOOK_NONE;
    if (hook === HOOK_FORITER) {
      if (genReturned || v === EXHAUSTED) {
        f.sp--; // the iterator
        f.pc = f.hookArg + 2; // skip END_FOR
        return;
      }
    } else if (hook === HOOK_SEND) {
      if (genReturned || v === EXHAUSTED) {
        f.stack[f.sp++] = v === EXHAUSTED ? None : v;
        f.pc = f.hookArg;
        return;
      }
    } else if (hook === HOOK_DISCARD) {
      return;
    }
    f.stack[f.sp++] = v;
  }

  /** Exception unwinding through the frame stack (CPython's exception tables). */
  private unwind(f: Frame, exc: PyExc, reraise: boolean): void {
    const lasti = f.lasti;
    if (!reraise) {
      if (exc.skipFrame === f) exc.skipFrame = null;
      else {
        const [line] = f.positionOf(lasti);
        if (f.code.hidden && f.back instanceof Frame) {
          // CPython 3.12 inlines comprehensions: report the position inside the caller's frame
          exc.traceback.unshift({ frame: f, lasti, lineno: line, name: f.back.code.name });
          exc.skipFrame = f.back;
        } else exc.traceback.unshift({ frame: f, lasti, lineno: line });
      }
    }
    if (exc.context === null && this.excInfo !== null && this.excInfo !== exc) {
      const c: PyExc = this.excInfo;
      // avoid cycles
      let x: PyExc | null = c;
      while (x !== null) {
        if (x.context === exc) {
          x.context = null;
          break;
        }
        x = x.context;
      }
      exc.context = c;
    }
    f.hook = HOOK_NONE;
    const handler = lasti >= 0 ? f.code.excTarget[lasti] : -1;
    if (handler >= 0) {
      f.sp = f.code.excDepth[lasti];
      if (f.code.excLasti[lasti]) f.stack[f.sp++] = lasti;
      f.stack[f.sp++] = exc;
      f.pc = handler * 2;
      return;
    }
    // pop the frame and continue in the caller
    this.top = f.back;
    this.depth--;
    f.back = null;
    if (f.gen !== null) {
      f.gen.finished = true;
      f.gen.running = false;
      if (exc.cls.isSubtypeOf(StopIteration)) {
        const re = pyErr(RuntimeError, 'generator raised StopIteration');
        re.cause = exc;
        re.context = exc;
        re.suppressContext = true;
        exc = re;
      }
    }
    this.setExc(exc);
  }

  // ---------------------------------------------------------------- calling

  /** Call any Python callable: a value, PUSHED (result arrives later) or a Suspend. */
  invoke(fn: PyObject, args: PyObject[], kw: KwArgs | null): InvokeResult {
    for (;;) {
      if (fn instanceof PyFunction) {
        const f = this.makeFrame(fn, args, kw);
        if (fn.code.flags & (CO_GENERATOR | CO_COROUTINE)) return this.makeGenerator(f, fn);
        this.pushFrame(f);
        return PUSHED;
      }
      if (fn instanceof PyBuiltin) {
        const full = fn.self !== null ? [fn.self, ...args] : args;
        if (fn.fn !== null) {
          const r = fn.fn(full, kw) as PyObject | Suspend | GenStart;
          if (r instanceof GenStart) return this.runNative(r.gen);
          return r;
        }
        return this.runNative(fn.gfn!(full, kw));
      }
      if (fn instanceof PyMethod) {
        args = [fn.self, ...args];
        fn = fn.func;
        continue;
      }
      if (fn instanceof PyType) {
        const meta = fn.cls;
        if (meta !== typeType && meta.isHeap) {
          const mc = meta.lookup('__call__');
          if (mc instanceof PyFunction) {
            args = [fn, ...args];
            fn = mc;
            continue;
          }
        }
        return this.callType(fn, args, kw);
      }
      if (fn instanceof BodyCall) {
        const f = this.makeFrame(fn.func, [], null, fn.locals);
        this.pushFrame(f);
        return PUSHED;
      }
      if (fn instanceof ExecCall) {
        const f = new Frame(fn.code, new Array(fn.code.nlocalsplus), fn.globals, this.interp.builtinsDict, fn.locals, null);
        this.pushFrame(f);
        return PUSHED;
      }
      const call = typeOf(fn).lookup('__call__');
      if (call === undefined) throw pyErr(TypeError, `'${typeOf(fn).name}' object is not callable`);
      args = [fn, ...args];
      fn = call;
    }
  }

  makeFrame(fn: PyFunction, args: PyObject[], kw: KwArgs | null, locals: PyDict | null = null): Frame {
    const code = fn.code;
    const fast: (PyObject | undefined)[] = new Array(code.nlocalsplus);
    if (kw === null && args.length === code.argcount && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0) {
      for (let i = 0; i < args.length; i++) fast[i] = args[i];
    } else bindArguments(fn, args, kw, fast);
    const f = new Frame(code, fast, fn.globals, this.interp.builtinsDict, locals, fn);
    this.initCells(f, fn);
    return f;
  }

  private initCells(f: Frame, fn: PyFunction): void {
    const code = f.code;
    if (code.cellvars.length === 0 && code.freevars.length === 0) return;
    const fast = f.fast;
    const nv = code.varnames.length;
    let extra = 0;
    for (const c of code.cellvars) {
      const vi = code.varnames.indexOf(c);
      if (vi >= 0) fast[vi] = new PyCell(fast[vi]);
      else fast[nv + extra++] = new PyCell(undefined);
    }
    const start = nv + extra;
    const cl = fn.closure;
    for (let i = 0; i < code.freevars.length; i++) fast[start + i] = cl ? cl[i] : new PyCell(undefined);
  }

  private makeGenerator(f: Frame, fn: PyFunction): PyGenerator {
    // start right after RETURN_GENERATOR: the first send pushes None, which POP_TOP discards
    const code = f.code.code;
    let pc = 0;
    while (pc < code.length && code[pc] !== 74 /* RETURN_GENERATOR */) pc += 2;
    f.pc = pc + 2;
    const g = new PyGenerator(f, fn.name, fn.qualname);
    if (fn.code.flags & CO_COROUTINE) g.cls = this.interp.coroutineType;
    f.gen = g;
    return g;
  }

  /** Resume a generator frame with a value (or an exception thrown in). */
  resumeGenerator(g: PyGenerator, value: PyObject, exc: PyExc | null): void {
    if (g.running) throw pyErr(ValueError, 'generator already executing');
    if (g.finished) {
      if (exc !== null) throw exc;
      this.pending = P_GENRET;
      this.pendingValue = None;
      return;
    }
    const f = g.frame as Frame;
    if (!g.started && value !== None && exc === null) {
      throw pyErr(TypeError, "can't send non-None value to a just-started generator");
    }
    g.started = true;
    g.running = true;
    this.pushFrame(f);
    if (exc !== null) {
      this.setExc(exc);
      return;
    }
    f.stack[f.sp++] = value;
    this.pending = P_NONE;
  }

  private callType(C: PyType, args: PyObject[], kw: KwArgs | null): InvokeResult {
    const interp = this.interp;
    if (C === typeType && args.length === 1 && kw === null) return typeOf(args[0]);
    const newM = C.lookup('__new__');
    const initM = C.lookup('__init__');
    if (!C.isHeap && (C === intType || C === strType || C === floatType || C === tupleType || C === boolType)) {
      // immutable builtins: __new__ does all the work (their __init__ is object's)
      const nm = C.dict!.get('__new__');
      if (nm instanceof PyStaticMethod) return this.invoke(nm.func!, [C, ...args], kw);
    }
    if (newM === interp.objectNew && C.factory !== null) {
      if (initM === interp.objectInit) {
        if (args.length || (kw && kw.size)) throw pyErr(TypeError, `${C.name}() takes no arguments`);
        return C.factory(C);
      }
      const obj = C.factory(C);
      if (initM instanceof PyFunction) {
        const f = this.makeFrame(initM, [obj, ...args], kw);
        f.initSelf = obj;
        this.pushFrame(f);
        return PUSHED;
      }
    }
    return this.runNative(typeCallGen(C, args, kw, interp));
  }

  // ---------------------------------------------------------------- the evaluation loop

  private execute(f0: Frame, limit: number): number {
    let f = f0;
    let code = f.code.code;
    let consts = f.code.consts;
    let names = f.code.names;
    let fast = f.fast;
    let stack = f.stack;
    let sp = f.sp;
    let pc = f.pc;
    let n = 0;
    const interp = this.interp;
    const tracer = interp.tracer;
    const every = interp.breakerMode === 'every';
    this.exit = EXIT_CONTINUE;
    try {
      for (;;) {
        if (n >= limit) {
          f.pc = pc;
          f.sp = sp;
          this.exit = EXIT_BUDGET;
          return n;
        }
        if (every && this.dropRequest && n > 0) {
          f.pc = pc;
          f.sp = sp;
          this.exit = EXIT_SWITCH;
          return n;
        }
        n++;
        if (tracer !== null) {
          const line = f.code.positions[pc << 1];
          if (line !== f.lastLine && line > 0) {
            f.lastLine = line;
            f.pc = pc;
            tracer.onLine(this, f.code, line);
          }
        }
        const op = code[pc];
        const arg = code[pc + 1];
        pc += 2;
        switch (op) {
          case 0 /* NOP */:
          case 37 /* MAKE_CELL */:
          case 38 /* COPY_FREE_VARS */:
            break;
          case 101 /* RESUME */:
            if (this.dropRequest && !every) {
              f.pc = pc;
              f.sp = sp;
              this.exit = EXIT_SWITCH;
              return n;
            }
            break;
          case 1 /* POP_TOP */:
            sp--;
            break;
          case 2 /* PUSH_NULL */:
            stack[sp++] = null;
            break;
          case 3 /* COPY */:
            stack[sp] = stack[sp - arg];
            sp++;
            break;
          case 4 /* SWAP */: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = t;
            break;
          }
          case 5 /* END_FOR */:
            sp -= 2;
            break;
          case 6 /* END_SEND */: {
            const v = stack[--sp];
            stack[sp - 1] = v;
            break;
          }
          case 28 /* LOAD_FAST */:
          case 29 /* LOAD_FAST_CHECK */: {
            const v = fast[arg];
            if (v === undefined) throw unbound(f, arg);
            stack[sp++] = v;
            break;
          }
          case 30 /* LOAD_FAST_AND_CLEAR */:
            stack[sp++] = fast[arg] ?? null;
            fast[arg] = undefined;
            break;
          case 31 /* STORE_FAST */:
            fast[arg] = stack[--sp]!;
            break;
          case 32 /* DELETE_FAST */:
            if (fast[arg] === undefined) throw unbound(f, arg);
            fast[arg] = undefined;
            break;
          case 20 /* LOAD_CONST */:
            stack[sp++] = consts[arg];
            break;
          case 25 /* LOAD_GLOBAL */: {
            const name = names[arg >> 1];
            let v = f.globals.table.map.get(name);
            if (v === undefined) {
              v = f.builtins.table.map.get(name);
              if (v === undefined) throw nameError(name);
            }
            if (tracer !== null) tracer.onAccess(this, 'read', { container: f.globals, key: name }, (pc >> 1) - 1);
            if (arg & 1) stack[sp++] = null;
            stack[sp++] = v;
            break;
          }
          case 26 /* STORE_GLOBAL */:
            if (tracer !== null) tracer.onAccess(this, 'write', { container: f.globals, key: names[arg] }, (pc >> 1) - 1);
            f.globals.table.map.set(names[arg], stack[--sp]!);
            break;
          case 22 /* LOAD_NAME */: {
            const name = names[arg];
            // (string keys live raw in a dict's map)
            let v = f.locals !== null ? f.locals.table.map.get(name) : undefined;
            if (v === undefined && f.locals !== null && f.locals.cls.isHeap) {
              f.pc = pc;
              f.sp = sp;
              // a mapping with __getitem__ as class namespace: rare, treat like a dict
            }
            if (v === undefined) v = f.globals.table.map.get(name);
            if (v === undefined) v = f.builtins.table.map.get(name);
            if (v === undefined) throw nameError(name);
            if (tracer !== null) tracer.onAccess(this, 'read', { container: f.locals ?? f.globals, key: name }, (pc >> 1) - 1);
            stack[sp++] = v;
            break;
          }
          case 23 /* STORE_NAME */:
            if (tracer !== null) tracer.onAccess(this, 'write', { container: f.locals ?? f.globals, key: names[arg] }, (pc >> 1) - 1);
            (f.locals ?? f.globals).table.map.set(names[arg], stack[--sp]!);
            break;
          case 33 /* LOAD_DEREF */: {
            const v = (fast[arg] as PyCell).value;
            if (v === undefined) throw freeUnbound(f, arg);
            stack[sp++] = v;
            break;
          }
          case 34 /* STORE_DEREF */:
            (fast[arg] as PyCell).value = stack[--sp]!;
            break;
          case 36 /* LOAD_CLOSURE */:
            stack[sp++] = fast[arg]!;
            break;
          case 42 /* LOAD_ATTR */: {
            const owner = stack[sp - 1]!;
            const name = names[arg >> 1];
            if (tracer !== null) tracer.onAccess(this, 'read', { container: owner, key: name }, (pc >> 1) - 1);
            const ii = (pc >> 1) - 1;
            const fco = f.code;
            // inline cache, valid while the receiver's type and every class stay unchanged:
            // method form → the function (unless the instance dict shadows it); plain form →
            // "no data descriptor of that name", so the instance dict answers first
            if (typeof owner === 'object' && fco.icType[ii] === owner.cls && fco.icEpoch[ii] === typeEpoch) {
              const od = owner.dict;
              if (arg & 1) {
                if (od === null || !od.has(name)) {
                  stack[sp - 1] = fco.icValue[ii]!;
                  stack[sp++] = owner;
                  break;
                }
              } else if (od !== null) {
                const v = od.get(name);
                if (v !== undefined) {
                  stack[sp - 1] = v;
                  break;
                }
              }
            }
            if (arg & 1) {
              const m = lookupMethod(owner, name);
              if (m !== undefined) {
                if (typeof owner === 'object') {
                  fco.icType[ii] = owner.cls;
                  fco.icEpoch[ii] = typeEpoch;
                  fco.icValue[ii] = m;
                }
                stack[sp - 1] = m;
                stack[sp++] = owner;
                break;
              }
              stack[sp - 1] = null;
              sp++;
            }
            // fast path: plain instance attribute
            if (typeof owner === 'object' && owner.dict !== null && !owner.cls.hasGetattribute && !(owner instanceof PyType)) {
              if (!owner.cls.dataDescriptorNames().has(name)) {
                if ((arg & 1) === 0) {
                  fco.icType[ii] = owner.cls;
                  fco.icEpoch[ii] = typeEpoch;
                }
                const v = owner.dict.get(name);
                if (v !== undefined) {
                  stack[sp - 1] = v;
                  break;
                }
              }
            }
            const r = getAttr(owner, name);
            if (r instanceof CallReq) {
              sp--;
              f.pc = pc;
              f.sp = sp;
              const res = this.invoke(r.fn, r.args, r.kw);
              if (res === PUSHED) {
                const top = this.top;
                if (this.pending !== P_NONE || !(top instanceof Frame)) return n;
                // a property getter (or __getattr__) written in Python: run it inline
                f = top;
                code = f.code.code;
                consts = f.code.consts;
                names = f.code.names;
                fast = f.fast;
                stack = f.stack;
                sp = f.sp;
                pc = f.pc;
                break;
              }
              if (res instanceof Suspend) return this.block(res, n);
              stack[sp++] = res;
              break;
            }
            stack[sp - 1] = r;
            break;
          }
          case 43 /* STORE_ATTR */: {
            const owner = stack[--sp]!;
            const v = stack[--sp]!;
            const name = names[arg];
            if (tracer !== null) tracer.onAccess(this, 'write', { container: owner, key: name }, (pc >> 1) - 1);
            if (typeof owner === 'object' && owner.dict !== null) {
              // inline cache: "plain instance-dict store" for this receiver type
              const ii = (pc >> 1) - 1;
              const fco = f.code;
              if (fco.icType[ii] === owner.cls && fco.icEpoch[ii] === typeEpoch) {
                owner.dict.set(name, v);
                break;
              }
              if (owner.cls.isHeap && !owner.cls.hasSetattr && !(owner instanceof PyType) && !owner.cls.dataDescriptorNames().has(name)) {
                fco.icType[ii] = owner.cls;
                fco.icEpoch[ii] = typeEpoch;
                owner.dict.set(name, v);
                break;
              }
            }
            const r = setAttr(owner, name, v);
            if (r !== undefined) {
              f.pc = pc;
              f.sp = sp;
              f.hook = HOOK_DISCARD;
              const res = this.invoke(r.fn, r.args, r.kw);
              if (res === PUSHED) return n;
              f.hook = HOOK_NONE;
              if (res instanceof Suspend) {
                f.hook = HOOK_DISCARD;
                return this.block(res, n);
              }
            }
            break;
          }
          case 10 /* BINARY_OP */: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              let r: number;
              switch (arg) {
                case 0:
                case 13:
                  r = a + b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[sp - 1] = r;
                    continue;
                  }
                  break;
                case 10:
                case 23:
                  r = a - b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[sp - 1] = r;
                    continue;
                  }
                  break;
                case 5:
                case 18:
                  r = a * b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[sp - 1] = r === 0 ? 0 : r;
                    continue;
                  }
                  break;
                case 6:
                case 19:
                  if (b > 0 && a >= 0) {
                    stack[sp - 1] = a % b;
                    continue;
                  }
                  break;
                case 2:
                case 15:
                  if (b > 0 && a >= 0) {
                    stack[sp - 1] = Math.floor(a / b);
                    continue;
                  }
                  break;
              }
            }
            if (a instanceof PyFloat || b instanceof PyFloat) {
              const x = typeof a === 'number' ? a : a instanceof PyFloat && a.cls === floatType ? a.value : NaN;
              const y = typeof b === 'number' ? b : b instanceof PyFloat && b.cls === floatType ? b.value : NaN;
              if (x === x && y === y) {
                let fr = NaN;
                switch (arg) {
                  case 0: case 13: fr = x + y; break;
                  case 10: case 23: fr = x - y; break;
                  case 5: case 18: fr = x * y; break;
                  case 11: case 24: if (y !== 0) fr = x / y; break;
                }
                if (fr === fr) {
                  stack[sp - 1] = new PyFloat(fr);
                  break;
                }
              }
            }
            let r: PyObject | undefined;
            if (arg >= 13) {
              r = inplaceBuiltin(a, b, arg - 13);
              if (r === undefined) r = binopFast(a, b, arg - 13);
            } else r = binopFast(a, b, arg);
            if (r !== undefined && !(arg === 6 || arg === 19) || (r !== undefined && typeof a !== 'string')) {
              stack[sp - 1] = r!;
              break;
            }
            sp--;
            f.pc = pc;
            f.sp = sp;
            const nr = this.runNative(binaryOp(a, b, arg));
            if (nr === PUSHED) return n;
            stack[sp++] = nr;
            break;
          }
          case 17 /* COMPARE_OP */: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            const cop = arg >> 4;
            if (typeof a === 'number' && typeof b === 'number') {
              let r: boolean;
              switch (cop) {
                case 0: r = a < b; break;
                case 1: r = a <= b; break;
                case 2: r = a === b; break;
                case 3: r = a !== b; break;
                case 4: r = a > b; break;
                default: r = a >= b;
              }
              // a POP_JUMP_IF_* right after is done here: same instruction count, one dispatch
              // less (not while tracing or in 3.9 mode, where each instruction is observed)
              const nop = code[pc];
              if ((nop === 65 || nop === 66) && tracer === null && !every && n < limit) {
                n++;
                sp--;
                if (r === (nop === 66)) pc = code[pc + 1] * 2;
                else pc += 2;
                break;
              }
              stack[sp - 1] = r;
              break;
            }
            const fr = compareFast(a, b, cop);
            if (fr !== undefined) {
              const nop = code[pc];
              if ((nop === 65 || nop === 66) && tracer === null && !every && n < limit) {
                n++;
                sp--;
                if (fr === (nop === 66)) pc = code[pc + 1] * 2;
                else pc += 2;
                break;
              }
              stack[sp - 1] = fr;
              break;
            }
            sp--;
            f.pc = pc;
            f.sp = sp;
            const nr = this.runNative(richCompare(a, b, cop));
            if (nr === PUSHED) return n;
            stack[sp++] = nr;
            break;
          }
          case 18 /* IS_OP */: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            const same = a === b || (a instanceof PyFloat && b instanceof PyFloat && false);
            stack[sp - 1] = arg ? !same : same;
            break;
          }
          case 19 /* CONTAINS_OP */: {
            const container = stack[--sp]!;
            const item = stack[sp - 1]!;
            if (typeof container === 'string' && typeof item === 'string') {
              const r = container.includes(item);
              stack[sp - 1] = arg ? !r : r;
              break;
            }
            if (container instanceof PyDict && !container.cls.isHeap) {
              const r = container.table.has(item);
              stack[sp - 1] = arg ? !r : r;
              break;
            }
            if (container instanceof PySet && !container.cls.isHeap) {
              const r = container.table.has(item);
              stack[sp - 1] = arg ? !r : r;
              break;
            }
            sp--;
            f.pc = pc;
            f.sp = sp;
            const nr = this.runNative(containsGen(container, item, arg === 1));
            if (nr === PUSHED) return n;
            stack[sp++] = nr;
            break;
          }
          case 8 /* UNARY_NOT */: {
            const v = stack[sp - 1]!;
            const t = truthFast(v);
            if (t !== undefined) {
              stack[sp - 1] = !t;
              break;
            }
            sp--;
            f.pc = pc;
            f.sp = sp;
            const nr = this.runNative(notGen(v));
            if (nr === PUSHED) return n;
            stack[sp++] = nr;
            break;
          }
          case 7 /* UNARY_NEGATIVE */: {
            const v = stack[sp - 1]!;
            if (typeof v === 'number' && v !== 0) {
              stack[sp - 1] = -v;
              break;
            }
            sp--;
            f.pc = pc;
            f.sp = sp;
            const nr = this.runNative(unaryOp(v, 'neg'));
            if (nr === PUSHED) return n;
            stack[sp++] = nr;
            break;
          }
          case 9 /* UNARY_INVERT */: {
            const v = stack[--sp]!;
            f.pc = pc;
            f.sp = sp;
            const nr = this.runNative(unaryOp(v, 'invert'));
            if (nr === PUSHED) return n;
            stack[sp++] = nr;
            break;
          }
          case 65 /* POP_JUMP_IF_FALSE */:
          case 66 /* POP_JUMP_IF_TRUE */: {
            const v = stack[--sp]!;
            let t: boolean | undefined;
            if (v === true) t = true;
            else if (v === false) t = false;
            else t = truthFast(v);
            if (t === undefined) {
              // ask __bool__/__len__, then retry this jump with the bool result
              f.pc = pc - 2;
              f.sp = sp;
              const nr = this.runNative(truth(v) as NativeGen);
              if (nr === PUSHED) return n;
              t = nr === true;
            }
            if (t === (op === 66 /* POP_JUMP_IF_TRUE */)) pc = arg * 2;
            break;
          }
          case 67 /* POP_JUMP_IF_NONE */:
            if (stack[--sp] === None) pc = arg * 2;
            break;
          case 68 /* POP_JUMP_IF_NOT_NONE */:
            if (stack[--sp] !== None) pc = arg * 2;
            break;
          case 62 /* JUMP_FORWARD */:
          case 64 /* JUMP_BACKWARD_NO_INTERRUPT */:
            pc = arg * 2;
            break;
          case 63 /* JUMP_BACKWARD */:
            pc = arg * 2;
            if (this.dropRequest && !every) {
              f.pc = pc;
              f.sp = sp;
              this.exit = EXIT_SWITCH;
              return n;
            }
            if (tracer !== null) f.lastLine = -1;
            break;
          case 69 /* GET_ITER */: {
            const v = stack[sp - 1]!;
            const it = getIter(v);
            if (it instanceof CallReq) {
              sp--;
              f.pc = pc;
              f.sp = sp;
              const nr = this.runNative(iter(v));
              if (nr === PUSHED) return n;
              stack[sp++] = nr;
              break;
            }
            stack[sp - 1] = it;
            break;
          }
          case 70 /* FOR_ITER */: {
            const it = stack[sp - 1]!;
            if (it instanceof PyRangeIter) {
              const r = it.r;
              if (it.idx < r.length) stack[sp++] = r.start + it.idx++ * r.step;
              else {
                sp--;
                pc = arg * 2 + 2;
              }
              break;
            }
            if (it instanceof PyListIter) {
              const items = it.list.items;
              if (it.idx < items.length) stack[sp++] = items[it.idx++];
              else {
                it.idx = Infinity;
                sp--;
                pc = arg * 2 + 2;
              }
              break;
            }
            const v = it instanceof PyGenerator ? undefined : iterNextFast(it);
            if (v !== undefined) {
              if (v === EXHAUSTED) {
                sp--;
                pc = arg * 2 + 2;
              } else stack[sp++] = v;
              break;
            }
            f.pc = pc;
            f.sp = sp;
            f.hook = HOOK_FORITER;
            f.hookArg = arg * 2;
            if (it instanceof PyGenerator) {
              this.resumeGenerator(it, None, null);
              if (this.pending === P_GENRET) {
                this.pending = P_NONE;
                f.hook = HOOK_NONE;
                sp--;
                pc = arg * 2 + 2;
                break;
              }
              f = this.top as Frame;
              code = f.code.code;
              consts = f.code.consts;
              names = f.code.names;
              fast = f.fast;
              stack = f.stack;
              sp = f.sp;
              pc = f.pc;
              break;
            }
            const nr = this.runNative(iterNext(it));
            if (nr === PUSHED) return n;
            f.hook = HOOK_NONE;
            if (nr === EXHAUSTED) {
              sp--;
              pc = arg * 2 + 2;
            } else stack[sp++] = nr;
            break;
          }
          case 82 /* CALL */: {
            const base = sp - arg - 2;
            const method = stack[base];
            let callable = stack[base + 1]!;
            let argStart = base + 2;
            let argc = arg;
            if (method !== null) {
              callable = method!;
              argStart = base + 1;
              argc = arg + 1;
            }
            const kwnames = f.kwnames;
            f.kwnames = null;
            if (tracer !== null || this.dropRequest) {
              // eval breaker check (CALL family, 3.12)
              if (this.dropRequest && !every) {
                // check after the call completes is equivalent for switching purposes
              }
            }
            // Python functions and plain class calls: bind from the stack, push the frame, go on
            // running it here (no args array, no kwargs Map, no return to run()).
            let nfast: (PyObject | undefined)[] | null = null;
            let callee: PyFunction | null = null;
            let initSelf: PyObject | null = null;
            if (callable instanceof PyFunction) {
              const fc = callable.code;
              if ((fc.flags & (CO_GENERATOR | CO_COROUTINE)) === 0) {
                callee = callable;
                if (kwnames === null && argc === fc.argcount && (fc.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && fc.kwonlyargcount === 0) {
                  nfast = new Array(fc.nlocalsplus);
                  for (let i = 0; i < argc; i++) nfast[i] = stack[argStart + i]!;
                } else nfast = bindFromStack(callable, undefined, stack, argStart, argc, kwnames);
              }
            } else if (callable instanceof PyType) {
              if (callable.isHeap && callable.cls === typeType && callable.factory !== null) {
                const initM = callable.lookup('__init__');
                if (initM instanceof PyFunction && (initM.code.flags & (CO_GENERATOR | CO_COROUTINE)) === 0 && callable.lookup('__new__') === interp.objectNew) {
                  nfast = bindFromStack(initM, None, stack, argStart, argc, kwnames);
                  if (nfast !== null) {
                    callee = initM;
                    initSelf = callable.factory(callable);
                    nfast[0] = initSelf;
                  }
                }
              } else if (callable === rangeType && kwnames === null && argc >= 1 && argc <= 3) {
                const r = rangeFromStack(stack, argStart, argc);
                if (r !== null) {
                  sp = base;
                  stack[sp++] = r;
                  break;
                }
              }
            }
            if (nfast !== null && callee !== null) {
              if (this.depth >= interp.recursionLimit) throw pyErr(RecursionError, 'maximum recursion depth exceeded');
              const nf = new Frame(callee.code, nfast, callee.globals, interp.builtinsDict, null, callee);
              const fc = callee.code;
              if (fc.cellvars.length !== 0 || fc.freevars.length !== 0) this.initCells(nf, callee);
              nf.initSelf = initSelf;
              f.pc = pc;
              f.sp = base;
              nf.back = f;
              this.top = nf;
              this.depth++;
              f = nf;
              code = fc.code;
              consts = fc.consts;
              names = fc.names;
              fast = nfast;
              stack = f.stack;
              sp = 0;
              pc = 0;
              break;
            }
            // general call
            let args: PyObject[];
            let kw: KwArgs | null = null;
            if (kwnames === null) args = stack.slice(argStart, argStart + argc) as PyObject[];
            else {
              const nk = kwnames.items.length;
              args = stack.slice(argStart, argStart + argc - nk) as PyObject[];
              kw = new Map();
              for (let i = 0; i < nk; i++) kw.set(kwnames.items[i] as string, stack[argStart + argc - nk + i]!);
            }
            sp = base;
            f.pc = pc;
            f.sp = sp;
            const res = this.invoke(callable, args, kw);
            if (res === PUSHED) {
              const top = this.top;
              if (this.pending !== P_NONE || !(top instanceof Frame)) return n;
              // a Python frame was pushed (e.g. __init__ of a class call): run it inline
              f = top;
              code = f.code.code;
              consts = f.code.consts;
              names = f.code.names;
              fast = f.fast;
              stack = f.stack;
              sp = f.sp;
              pc = f.pc;
              break;
            }
            if (res instanceof Suspend) return this.block(res, n);
            stack[sp++] = res;
            if (this.dropRequest && !every) {
              f.pc = pc;
              f.sp = sp;
              this.exit = EXIT_SWITCH;
              return n;
            }
            break;
          }
          case 81 /* KW_NAMES */:
            f.kwnames = consts[arg] as PyTuple;
            break;
          case 85 /* RETURN_VALUE */:
          case 21 /* RETURN_CONST */: {
            let v: PyObject = op === 21 /* RETURN_CONST */ ? consts[arg] : stack[--sp]!;
            const parent = f.back;
            if (f.initSelf !== null) {
              if (v !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeOf(v).name}'`);
              v = f.initSelf;
            }
            this.top = parent;
            this.depth--;
            f.back = null;
            if (f.gen !== null) {
              f.gen.finished = true;
              f.gen.running = false;
              f.sp = 0;
              if (parent instanceof Frame && parent.hook === HOOK_FORITER) {
                // the for loop over this generator ends
                parent.hook = HOOK_NONE;
                f = parent;
                code = f.code.code;
                consts = f.code.consts;
                names = f.code.names;
                fast = f.fast;
                stack = f.stack;
                sp = f.sp - 1;
                pc = f.hookArg + 2;
                break;
              }
              this.pending = P_GENRET;
              this.pendingValue = v;
              return n;
            }
            if (parent instanceof Frame && parent.hook === HOOK_NONE) {
              f = parent;
              code = f.code.code;
              consts = f.code.consts;
              names = f.code.names;
              fast = f.fast;
              stack = f.stack;
              sp = f.sp;
              pc = f.pc;
              stack[sp++] = v;
              break;
            }
            if (parent instanceof NativeFrame) {
              // back in a native that called this function (a sort key, map(), …)
              const next = this.feedNative(parent, v);
              if (next === null) return n;
              f = next;
              code = f.code.code;
              consts = f.code.consts;
              names = f.code.names;
              fast = f.fast;
              stack = f.stack;
              sp = f.sp;
              pc = f.pc;
              break;
            }
            this.pending = P_VALUE;
            this.pendingValue = v;
            return n;
          }
          case 73 /* YIELD_VALUE */: {
            const v = stack[--sp]!;
            f.pc = pc;
            f.sp = sp;
            const g = f.gen!;
            g.running = false;
            const parent = f.back;
            this.top = parent;
            this.depth--;
            f.back = null;
            if (parent instanceof Frame && (parent.hook === HOOK_FORITER || parent.hook === HOOK_SEND)) {
              // hand the value straight to the consumer's FOR_ITER / SEND
              parent.hook = HOOK_NONE;
              f = parent;
              code = f.code.code;
              consts = f.code.consts;
              names = f.code.names;
              fast = f.fast;
              stack = f.stack;
              sp = f.sp;
              pc = f.pc;
              stack[sp++] = v;
              break;
            }
            if (parent instanceof NativeFrame) {
              // a native consuming this generator (sum(g), list(g), …)
              const next = this.feedNative(parent, v);
              if (next === null) return n;
              f = next;
              code = f.code.code;
              consts = f.code.consts;
              names = f.code.names;
              fast = f.fast;
              stack = f.stack;
              sp = f.sp;
              pc = f.pc;
              break;
            }
            this.pending = P_VALUE;
            this.pendingValue = v;
            return n;
          }
          case 72 /* SEND */: {
            // `yield from` over a builtin iterator (range, list, …) needs no native frame
            const recv = stack[sp - 2]!;
            if (stack[sp - 1] === None && typeof recv === 'object' && !(recv instanceof PyGenerator)) {
              const x = iterNextFast(recv);
              if (x !== undefined) {
                if (x === EXHAUSTED) {
                  stack[sp - 1] = None;
                  pc = arg * 2;
                } else stack[sp - 1] = x;
                break;
              }
            }
            f.pc = pc;
            f.sp = sp;
            if (this.slowOp(f, op, arg)) {
              if (this.exit === EXIT_BLOCKED) return n;
              if (this.top !== f) return n;
              if (this.pending !== P_NONE) return n;
            }
            sp = f.sp;
            pc = f.pc;
            break;
          }
          case 74 /* RETURN_GENERATOR */:
            stack[sp++] = None;
            break;
          case 46 /* BUILD_TUPLE */: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            sp -= arg;
            stack[sp++] = arg === 0 ? EMPTY_TUPLE : new PyTuple(items);
            break;
          }
          case 47 /* BUILD_LIST */: {
            const items = stack.slice(sp - arg, sp) as PyObject[];
            sp -= arg;
            stack[sp++] = new PyList(items);
            break;
          }
          case 52 /* LIST_APPEND */: {
            const v = stack[--sp]!;
            const items = (stack[sp - arg] as PyList).items;
            if (items.length >= 50_000_000) throw pyErr(MemoryError);
            items.push(v);
            break;
          }
          case 11 /* BINARY_SUBSCR */: {
            const key = stack[--sp]!;
            const obj = stack[sp - 1]!;
            if (tracer !== null) tracer.onAccess(this, 'read', { container: obj, key }, (pc >> 1) - 1);
            if (obj instanceof PyList && typeof key === 'number' && !obj.cls.isHeap) {
              const items = obj.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                stack[sp - 1] = items[i];
                break;
              }
            } else if (obj instanceof PyTuple && typeof key === 'number' && !obj.cls.isHeap) {
              const items = obj.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                stack[sp - 1] = items[i];
                break;
              }
            } else if (obj instanceof PyDict && !obj.cls.isHeap) {
              const v = obj.table.get(key);
              if (v !== undefined) {
                stack[sp - 1] = v;
                break;
              }
            }
            const r = getItem(obj, key);
            if (r instanceof CallReq) {
              sp--;
              f.pc = pc;
              f.sp = sp;
              const res = this.invoke(r.fn, r.args, r.kw);
              if (res === PUSHED) return n;
              if (res instanceof Suspend) return this.block(res, n);
              stack[sp++] = res;
              break;
            }
            stack[sp - 1] = r;
            break;
          }
          case 12 /* STORE_SUBSCR */: {
            const key = stack[--sp]!;
            const obj = stack[--sp]!;
            const v = stack[--sp]!;
            if (tracer !== null) tracer.onAccess(this, 'write', { container: obj, key }, (pc >> 1) - 1);
            if (obj instanceof PyDict && !obj.cls.isHeap) {
              obj.table.set(key, v);
              break;
            }
            if (obj instanceof PyList && typeof key === 'number' && !obj.cls.isHeap) {
              const items = obj.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) {
                items[i] = v;
                break;
              }
            }
            const r = setItem(obj, key, v);
            if (r !== undefined) {
              f.pc = pc;
              f.sp = sp;
              f.hook = HOOK_DISCARD;
              const res = this.invoke(r.fn, r.args, r.kw);
              if (res === PUSHED) return n;
              f.hook = HOOK_NONE;
              if (res instanceof Suspend) {
                f.hook = HOOK_DISCARD;
                return this.block(res, n);
              }
            }
            break;
          }
          default:
            f.pc = pc;
            f.sp = sp;
            if (this.slowOp(f, op, arg)) {
              // the slow path pushed a frame or native, or blocked
              if (this.exit === EXIT_BLOCKED) return n;
              if (this.top !== f) return n;
              if (this.pending !== P_NONE) return n;
            }
            sp = f.sp;
            pc = f.pc;
            break;
        }
      }
    } catch (e) {
      f.pc = pc;
      f.sp = sp;
      this.setExc(this.toPyExc(e), e instanceof ReraiseSignal);
      if (e instanceof ReraiseSignal) this.pendingExc = e.exc;
      return n;
    }
  }

  private block(s: Suspend, n: number): number {
    this.blockedOn = s.request;
    this.exit = EXIT_BLOCKED;
    return n;
  }

  /** Less frequent opcodes. Returns true when control left the frame (call pushed etc.). */
  private slowOp(f: Frame, op: number, arg: number): boolean {
    const stack = f.stack;
    const interp = this.interp;
    const code = f.code;
    switch (op) {
      case 24 /* DELETE_NAME */: {
        const name = code.names[arg];
        const ns = f.locals ?? f.globals;
        if (!ns.table.delete(name)) throw nameError(name);
        return false;
      }
      case 27 /* DELETE_GLOBAL */: {
        const name = code.names[arg];
        if (!f.globals.table.delete(name)) throw nameError(name);
        return false;
      }
      case 35 /* DELETE_DEREF */: {
        const c = f.fast[arg] as PyCell;
        if (c.value === undefined) throw freeUnbound(f, arg);
        c.value = undefined;
        return false;
      }
      case 41 /* LOAD_LOCALS */:
        stack[f.sp++] = f.locals ?? f.globals;
        return false;
      case 39 /* LOAD_FROM_DICT_OR_DEREF */: {
        const ns = stack[--f.sp] as PyDict;
        const name = this.derefName(code, arg);
        let v = ns.get(name);
        if (v === undefined) {
          v = (f.fast[arg] as PyCell).value;
          if (v === undefined) throw freeUnbound(f, arg);
        }
        stack[f.sp++] = v;
        return false;
      }
      case 40 /* LOAD_FROM_DICT_OR_GLOBALS */: {
        const ns = stack[--f.sp] as PyDict;
        const name = code.names[arg];
        const v = ns.get(name) ?? f.globals.get(name) ?? f.builtins.get(name);
        if (v === undefined) throw nameError(name);
        stack[f.sp++] = v;
        return false;
      }
      case 44 /* DELETE_ATTR */: {
        const owner = stack[--f.sp]!;
        const r = delAttr(owner, code.names[arg]);
        if (r !== undefined) {
          f.hook = HOOK_DISCARD;
          if (this.callResult(f, r)) return true;
          f.hook = HOOK_NONE;
          f.sp--;
        }
        return false;
      }
      case 13 /* DELETE_SUBSCR */: {
        const key = stack[--f.sp]!;
        const obj = stack[--f.sp]!;
        const r = delItem(obj, key);
        if (r !== undefined) {
          f.hook = HOOK_DISCARD;
          if (this.callResult(f, r)) return true;
          f.hook = HOOK_NONE;
          f.sp--;
        }
        return false;
      }
      case 14 /* BINARY_SLICE */: {
        const stop = stack[--f.sp]!;
        const start = stack[--f.sp]!;
        const obj = stack[--f.sp]!;
        const r = getItem(obj, new PySlice(start, stop, None));
        if (r instanceof CallReq) return this.callResult(f, r);
        stack[f.sp++] = r;
        return false;
      }
      case 15 /* STORE_SLICE */: {
        const stop = stack[--f.sp]!;
        const start = stack[--f.sp]!;
        const obj = stack[--f.sp]!;
        const v = stack[--f.sp]!;
        const r = setItem(obj, new PySlice(start, stop, None), v);
        if (r !== undefined) {
          f.hook = HOOK_DISCARD;
          if (this.callResult(f, r)) return true;
          f.hook = HOOK_NONE;
          f.sp--;
        }
        return false;
      }
      case 16 /* BUILD_SLICE */: {
        const step = arg === 3 ? stack[--f.sp]! : None;
        const stop = stack[--f.sp]!;
        const start = stack[--f.sp]!;
        stack[f.sp++] = new PySlice(start, stop, step);
        return false;
      }
      case 48 /* BUILD_SET */: {
        const s = new PySet();
        for (let i = f.sp - arg; i < f.sp; i++) s.add(stack[i]!);
        f.sp -= arg;
        stack[f.sp++] = s;
        return false;
      }
      case 49 /* BUILD_MAP */: {
        const d = new PyDict();
        const start = f.sp - 2 * arg;
        for (let i = start; i < f.sp; i += 2) d.set(stack[i]!, stack[i + 1]!);
        f.sp = start;
        stack[f.sp++] = d;
        return false;
      }
      case 50 /* BUILD_CONST_KEY_MAP */: {
        const keys = (stack[--f.sp] as PyTuple).items;
        const d = new PyDict();
        const start = f.sp - arg;
        for (let i = 0; i < arg; i++) d.set(keys[i], stack[start + i]!);
        f.sp = start;
        stack[f.sp++] = d;
        return false;
      }
      case 51 /* BUILD_STRING */: {
        let s = '';
        for (let i = f.sp - arg; i < f.sp; i++) s += stack[i] as string;
        f.sp -= arg;
        stack[f.sp++] = s;
        return false;
      }
      case 53 /* SET_ADD */: {
        const v = stack[--f.sp]!;
        (stack[f.sp - arg] as PySet).add(v);
        return false;
      }
      case 54 /* MAP_ADD */: {
        const v = stack[--f.sp]!;
        const k = stack[--f.sp]!;
        (stack[f.sp - arg] as PyDict).set(k, v);
        return false;
      }
      case 55 /* LIST_EXTEND */:
      case 56 /* SET_UPDATE */:
      case 57 /* DICT_UPDATE */:
      case 58 /* DICT_MERGE */: {
        const v = stack[--f.sp]!;
        const target = stack[f.sp - arg]!;
        f.hook = HOOK_DISCARD;
        return this.nativeOp(f, extendGen(op, target, v, f.code.name === '<module>' ? null : f.func));
      }
      case 59 /* UNPACK_SEQUENCE */: {
        const v = stack[--f.sp]!;
        if ((v instanceof PyTuple || v instanceof PyList) && !v.cls.isHeap) {
          const items = v.items;
          if (items.length !== arg) throw unpackError(items.length, arg, false);
          for (let i = arg - 1; i >= 0; i--) stack[f.sp++] = items[i];
          return false;
        }
        return this.nativeOp(f, unpackGen(f, v, arg, -1));
      }
      case 60 /* UNPACK_EX */: {
        const v = stack[--f.sp]!;
        return this.nativeOp(f, unpackGen(f, v, arg & 0xff, arg >> 8));
      }
      case 61 /* FORMAT_VALUE */: {
        const spec = arg & 4 ? (stack[--f.sp] as string) : '';
        const v = stack[--f.sp]!;
        const conv = arg & 3;
        if (conv === 0 && spec === '') {
          // the common f"{x}" case for builtin scalars: str(x) without a generator
          if (typeof v === 'string') {
            stack[f.sp++] = v;
            return false;
          }
          if (typeof v === 'number') {
            stack[f.sp++] = String(v);
            return false;
          }
          if (v instanceof PyFloat && !v.cls.isHeap) {
            stack[f.sp++] = floatRepr(v.value);
            return false;
          }
        }
        return this.nativeOp(f, formatValueGen(v, conv, spec));
      }
      case 71 /* GET_YIELD_FROM_ITER */: {
        const v = stack[f.sp - 1]!;
        if (v instanceof PyGenerator) return false;
        f.sp--;
        return this.nativeOp(f, iter(v));
      }
      case 76 /* GET_AWAITABLE */: {
        const v = stack[f.sp - 1]!;
        if (v instanceof PyGenerator) return false;
        const m = typeOf(v).lookup('__await__');
        if (m === undefined) throw pyErr(TypeError, `object ${typeOf(v).name} can't be used in 'await' expression`);
        f.sp--;
        return this.callResult(f, new CallReq(m, [v]));
      }
      case 72 /* SEND */: {
        const v = stack[--f.sp]!;
        const recv = stack[f.sp - 1]!;
        f.hook = HOOK_SEND;
        f.hookArg = arg * 2;
        if (recv instanceof PyGenerator) {
          this.resumeGenerator(recv, v, null);
          return true;
        }
        if (v === None) {
          // `yield from` over a builtin iterator (range, list, …): no native frame
          const x = iterNextFast(recv);
          if (x !== undefined) {
            this.deliverToFrame(f, x, false); // HOOK_SEND: EXHAUSTED ends the loop
            return false;
          }
          this.pushNative(iterNext(recv));
        } else {
          const m = typeOf(recv).lookup('send');
          if (m === undefined) throw attrError(recv, 'send');
          this.pushNative(callGen(m, [recv, v]));
        }
        return true;
      }
      case 75 /* CLEANUP_THROW */: {
        const exc = stack[--f.sp] as PyExc;
        if (exc.cls.isSubtypeOf(StopIteration)) {
          f.sp -= 2;
          const val = exc.args.items.length ? exc.args.items[0] : None;
          stack[f.sp++] = None;
          stack[f.sp++] = val;
          return false;
        }
        throw new ReraiseSignal(exc);
      }
      case 83 /* CALL_FUNCTION_EX */: {
        const kwargs = arg & 1 ? stack[--f.sp]! : null;
        const args = stack[--f.sp]!;
        const callable = stack[--f.sp]!;
        f.sp--; // NULL
        const a = args instanceof PyTuple ? args.items : null;
        if (a !== null && (kwargs === null || kwargs instanceof PyDict)) {
          let kw: KwArgs | null = null;
          if (kwargs instanceof PyDict && kwargs.size) {
            kw = new Map();
            for (const [k, v] of kwargs.table.entries()) {
              if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
              kw.set(k, v);
            }
          }
          return this.callResult(f, new CallReq(callable, a.slice(), kw));
        }
        return this.nativeOp(f, callExGen(callable, args, kwargs));
      }
      case 84 /* MAKE_FUNCTION */: {
        const codeObj = stack[--f.sp] as import('../compiler/code').CodeObject;
        const closure = arg & 8 ? ((stack[--f.sp] as PyTuple).items as PyCell[]) : null;
        const annotations = arg & 4 ? stack[--f.sp]! : null;
        const kwdefaults = arg & 2 ? (stack[--f.sp] as PyDict) : null;
        const defaults = arg & 1 ? (stack[--f.sp] as PyTuple).items : null;
        const doc = codeObj.consts.length && typeof codeObj.consts[0] === 'string' && codeObj.name !== '<lambda>' ? codeObj.consts[0] : None;
        const fn = new PyFunction(codeObj, f.globals, defaults, null, closure, doc, f.globals.get('__name__') ?? None);
        if (kwdefaults) {
          fn.kwdefaults = new Map();
          for (const [k, v] of kwdefaults.table.entries()) fn.kwdefaults.set(k as string, v);
        }
        if (annotations) {
          const items = (annotations as PyTuple).items;
          const d = new PyDict();
          for (let i = 0; i < items.length; i += 2) d.set(items[i], items[i + 1]);
          fn.annotations = d;
        }
        stack[f.sp++] = fn;
        return false;
      }
      case 86 /* CALL_INTRINSIC_1 */: {
        const v = stack[f.sp - 1]!;
        switch (arg) {
          case 1: // print (interactive)
            f.sp--;
            if (v !== None) {
              return this.nativeOp(f, printReprGen(v, interp));
            }
            stack[f.sp++] = None;
            return false;
          case 2: // import *
            f.sp--;
            interp.importStar(v, f.locals ?? f.globals);
            stack[f.sp++] = None;
            return false;
          case 3: // StopIteration → RuntimeError
            return false;
          case 5:
            f.sp--;
            return this.nativeOp(f, unaryOp(v, 'pos'));
          case 6:
            stack[f.sp - 1] = tuple((v as PyList).items.slice());
            return false;
        }
        throw new Error(`intrinsic ${arg} not supported`);
      }
      case 87 /* CALL_INTRINSIC_2 */: {
        if (arg === 100) {
          // match mapping rest: stack subject, keys
          const keys = stack[--f.sp] as PyTuple;
          const subject = stack[--f.sp]!;
          const d = new PyDict();
          if (subject instanceof PyDict) {
            const skip = new PySet();
            for (const k of keys.items) skip.add(k);
            for (const [k, v] of subject.table.entries()) if (!skip.has(k)) d.set(k, v);
          }
          stack[f.sp++] = d;
          return false;
        }
        throw new Error(`intrinsic2 ${arg} not supported`);
      }
      case 88 /* RAISE_VARARGS */: {
        if (arg === 0) {
          const cur = this.excInfo;
          if (cur === null) throw pyErr(RuntimeError, 'No active exception to reraise');
          throw new ReraiseSignal(cur);
        }
        const cause = arg === 2 ? stack[--f.sp]! : undefined;
        const excv = stack[--f.sp]!;
        return this.nativeOp(f, raiseGen(excv, cause));
      }
      case 89 /* RERAISE */: {
        const exc = stack[--f.sp] as PyExc;
        if (arg) {
          const lasti = stack[f.sp - 1];
          if (typeof lasti === 'number') f.pc = (lasti + 1) * 2;
        }
        throw new ReraiseSignal(exc);
      }
      case 90 /* PUSH_EXC_INFO */: {
        const exc = stack[f.sp - 1] as PyExc;
        stack[f.sp - 1] = this.excInfo ?? None;
        stack[f.sp++] = exc;
        this.excInfo = exc;
        return false;
      }
      case 91 /* POP_EXCEPT */: {
        const prev = stack[--f.sp];
        this.excInfo = prev === None ? null : (prev as PyExc);
        return false;
      }
      case 92 /* CHECK_EXC_MATCH */: {
        const t = stack[--f.sp]!;
        const exc = stack[f.sp - 1] as PyExc;
        stack[f.sp++] = excMatches(exc, t);
        return false;
      }
      case 93 /* CHECK_EG_MATCH */:
        throw pyErr(SystemError, 'except* is not supported');
      case 96 /* LOAD_ASSERTION_ERROR */:
        stack[f.sp++] = AssertionError;
        return false;
      case 95 /* BEFORE_WITH */: {
        const mgr = stack[--f.sp]!;
        return this.nativeOp(f, beforeWithGen(f, mgr));
      }
      case 94 /* WITH_EXCEPT_START */: {
        const exc = stack[f.sp - 1] as PyExc;
        const exit = stack[f.sp - 4]!;
        return this.callResult(f, new CallReq(exit, [exc.cls, exc, tracebackObj(exc, interp)]));
      }
      case 97 /* LOAD_BUILD_CLASS */:
        stack[f.sp++] = interp.buildClass;
        return false;
      case 98 /* SETUP_ANNOTATIONS */: {
        const ns = f.locals ?? f.globals;
        if (!ns.table.has('__annotations__')) ns.set('__annotations__', new PyDict());
        return false;
      }
      case 99 /* IMPORT_NAME */: {
        const fromlist = stack[--f.sp]!;
        const level = stack[--f.sp]!;
        return this.nativeOp(f, interp.importGen(code.names[arg], fromlist, level as number, f.globals));
      }
      case 100 /* IMPORT_FROM */: {
        const mod = stack[f.sp - 1]!;
        return this.nativeOp(f, interp.importFromGen(mod, code.names[arg]));
      }
      case 106 /* GET_LEN */: {
        const v = stack[f.sp - 1]!;
        return this.nativeOp(f, lenGen(v));
      }
      case 104 /* MATCH_SEQUENCE */: {
        const v = stack[f.sp - 1]!;
        stack[f.sp++] = (v instanceof PyList || v instanceof PyTuple || interp.isSequenceForMatch(v)) && typeof v !== 'string';
        return false;
      }
      case 103 /* MATCH_MAPPING */: {
        const v = stack[f.sp - 1]!;
        stack[f.sp++] = v instanceof PyDict;
        return false;
      }
      case 105 /* MATCH_KEYS */: {
        const keys = stack[f.sp - 1] as PyTuple;
        const subject = stack[f.sp - 2] as PyDict;
        const vals: PyObject[] = [];
        for (const k of keys.items) {
          const v = subject.get(k);
          if (v === undefined) {
            stack[f.sp++] = None;
            return false;
          }
          vals.push(v);
        }
        stack[f.sp++] = new PyTuple(vals);
        return false;
      }
      case 102 /* MATCH_CLASS */: {
        const names = stack[--f.sp] as PyTuple;
        const cls = stack[--f.sp]!;
        const subject = stack[--f.sp]!;
        return this.nativeOp(f, matchClassGen(subject, cls, arg, names));
      }
      case 79 /* END_ASYNC_FOR */:
      case 77 /* GET_AITER */:
      case 78 /* GET_ANEXT */:
      case 80 /* BEFORE_ASYNC_WITH */:
        throw pyErr(SystemError, `${op} is not supported`);
    }
    throw new Error(`unknown opcode ${op}`);
  }

  /** Perform a call for a slow opcode: true when control left the frame. */
  /**
   * A Python frame returned or yielded `v` to the native frame `nf` (now on top): hands it over
   * and, when the native's next request is to call a Python function or to resume a generator
   * (a sort key, sum() over a generator, …), starts that frame and returns it so the loop goes
   * on without a round trip through run()/settle(). Otherwise returns null with the outcome
   * pending, as settle() expects.
   */
  private feedNative(nf: NativeFrame, v: PyObject): Frame | null {
    let res: IteratorResult<unknown, PyObject>;
    try {
      res = nf.gen.next(v);
    } catch (e) {
      this.top = nf.back;
      this.setExc(this.toPyExc(e));
      return null;
    }
    if (res.done === true) {
      this.top = nf.back;
      this.pending = P_VALUE;
      this.pendingValue = res.value;
      return null;
    }
    const req = res.value;
    try {
      if (req instanceof CallReq) {
        const fn = req.fn;
        if (fn instanceof PyFunction && (fn.code.flags & (CO_GENERATOR | CO_COROUTINE)) === 0) {
          const fr = this.makeFrame(fn, req.args, req.kw);
          this.pushFrame(fr);
          return fr;
        }
      } else if (req instanceof GenResume) {
        const g = req.gen;
        if (g instanceof PyGenerator && req.exc === null && !g.running && !g.finished && (g.started || req.value === None)) {
          this.resumeGenerator(g, req.value, null);
          return g.frame as Frame;
        }
      }
    } catch (e) {
      // thrown into the native, as when settle() serves the request
      this.setExc(this.toPyExc(e));
      return null;
    }
    this.pending = P_REQ;
    this.pendingReq = req;
    return null;
  }

  /** slowOp's way to run a resumable native: true when it became a frame (like a call). */
  private nativeOp(f: Frame, gen: NativeGen): boolean {
    const r = this.runNative(gen);
    if (r === PUSHED) return true;
    this.deliverToFrame(f, r, false);
    return false;
  }

  private callResult(f: Frame, r: CallReq): boolean {
    const res = this.invoke(r.fn, r.args, r.kw);
    if (res === PUSHED) return true;
    if (res instanceof Suspend) {
      this.blockedOn = res.request;
      this.exit = EXIT_BLOCKED;
      return true;
    }
    f.stack[f.sp++] = res;
    return false;
  }

  private derefName(code: import('../compiler/code').CodeObject, idx: number): string {
    return localsplusName(code, idx);
  }
}

/** Signals RERAISE: the exception keeps its traceback (no new entry for this frame). */
class ReraiseSignal {
  constructor(readonly exc: PyExc) {}
}

export function localsplusName(code: import('../compiler/code').CodeObject, idx: number): string {
  if (idx < code.varnames.length) return code.varnames[idx];
  const extra = code.cellvars.filter((c) => !code.varnames.includes(c));
  const i = idx - code.varnames.length;
  if (i < extra.length) return extra[i];
  return code.freevars[i - extra.length];
}

function nameError(name: string): PyExc {
  const e = pyErr(NameError, `name '${name}' is not defined`);
  e.dict!.set('name', name);
  return e;
}
function unbound(f: Frame, idx: number): PyExc {
  const name = localsplusName(f.code, idx);
  const e = pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  e.dict!.set('name', name);
  return e;
}
function freeUnbound(f: Frame, idx: number): PyExc {
  const name = localsplusName(f.code, idx);
  const e = pyErr(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  e.dict!.set('name', name);
  return e;
}
function unpackError(got: number, want: number, atLeast: boolean): PyExc {
  if (got < want) {
    return pyErr(ValueError, `not enough values to unpack (expected ${atLeast ? 'at least ' : ''}${want}, got ${got})`);
  }
  return pyErr(ValueError, `too many values to unpack (expected ${want})`);
}

export function excMatches(exc: PyExc, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(exc, x));
  if (!(t instanceof PyType) || !t.isSubtypeOf(BaseException)) {
    throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return exc.cls.isSubtypeOf(t);
}

// ---------------------------------------------------------------- resumable helpers

function* callGen(fn: PyObject, args: PyObject[], kw: KwArgs | null = null): NativeGen {
  return yield new CallReq(fn, args, kw);
}

export function* typeCallGen(C: PyType, args: PyObject[], kw: KwArgs | null, interp: Interpreter): NativeGen {
  const newM = C.lookup('__new__');
  let obj: PyObject;
  if (newM === undefined || newM === interp.objectNew) {
    if (C.factory === null) throw pyErr(TypeError, `cannot create '${C.name}' instances`);
    const initM = C.lookup('__init__');
    if (initM === interp.objectInit && (args.length || (kw && kw.size))) {
      throw pyErr(TypeError, `${C.name}() takes no arguments`);
    }
    obj = C.factory(C);
  } else {
    const fn = newM instanceof PyObj && newM.cls.name === 'staticmethod' ? (newM as unknown as { func: PyObject }).func : newM;
    obj = yield new CallReq(fn, [C, ...args], kw);
  }
  if (!typeOf(obj).isSubtypeOf(C)) return obj;
  const init = typeOf(obj).lookup('__init__');
  if (init !== undefined && init !== interp.objectInit) {
    const r = yield new CallReq(init, [obj, ...args], kw);
    if (r !== None) throw pyErr(TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
  } else if (init === interp.objectInit && newM === interp.objectNew && (args.length || (kw && kw.size))) {
    throw pyErr(TypeError, `${C.name}() takes no arguments`);
  }
  return obj;
}

function* containsGen(container: PyObject, item: PyObject, invert: boolean): NativeGen {
  const r = yield* contains(container, item);
  return invert ? !r : r;
}
function* notGen(v: PyObject): NativeGen {
  return !(yield* truth(v));
}
function* lenGen(v: PyObject): NativeGen {
  return yield* seqModule.len(v);
}
import * as seqModule from '../objects/sequence';

function* extendGen(op: number, target: PyObject, v: PyObject, _fn: PyFunction | null): NativeGen {
  if (op === 55 /* LIST_EXTEND */) {
    const items = (target as PyList).items;
    if (v instanceof PyList || v instanceof PyTuple) {
      for (const x of v.items) items.push(x);
      return target;
    }
    try {
      const it = yield* iter(v);
      for (;;) {
        const x = yield* iterNext(it);
        if (x === EXHAUSTED) break;
        items.push(x);
      }
    } catch (e) {
      if (e instanceof PyExc && e.cls === TypeError && typeOf(v).lookup('__iter__') === undefined && !(typeof v === 'string')) {
        throw pyErr(TypeError, `Value after * must be an iterable, not ${typeOf(v).name}`);
      }
      throw e;
    }
    return target;
  }
  if (op === 56 /* SET_UPDATE */) {
    const s = target as PySet;
    const it = yield* iter(v);
    for (;;) {
      const x = yield* iterNext(it);
      if (x === EXHAUSTED) break;
      s.add(x);
    }
    return target;
  }
  const d = target as PyDict;
  if (v instanceof PyDict) {
    for (const [k, val] of v.table.entries()) {
      if (op === 58 /* DICT_MERGE */ && d.table.has(k)) {
        throw pyErr(TypeError, `function got multiple values for keyword argument '${String(k)}'`);
      }
      d.set(k, val);
    }
    return target;
  }
  const keysM = typeOf(v).lookup('keys');
  if (keysM === undefined) {
    throw pyErr(TypeError, op === 58 /* DICT_MERGE */ ? `argument after ** must be a mapping, not ${typeOf(v).name}` : `'${typeOf(v).name}' object is not a mapping`);
  }
  const keys = yield new CallReq(keysM, [v]);
  const it = yield* iter(keys);
  for (;;) {
    const k = yield* iterNext(it);
    if (k === EXHAUSTED) break;
    let val = getItem(v, k);
    if (val instanceof CallReq) val = yield val;
    d.set(k, val as PyObject);
  }
  return target;
}

/** UNPACK_SEQUENCE / UNPACK_EX for arbitrary iterables; pushes onto the frame's stack itself. */
function* unpackGen(f: Frame, v: PyObject, before: number, after: number): NativeGen {
  let items: PyObject[];
  if ((v instanceof PyTuple || v instanceof PyList)) items = v.items.slice();
  else {
    if (getIterSafe(v) === null) {
      throw pyErr(TypeError, `cannot unpack non-iterable ${typeOf(v).name} object`);
    }
    const it = yield* iter(v);
    items = [];
    for (;;) {
      const x = yield* iterNext(it);
      if (x === EXHAUSTED) break;
      items.push(x);
      if (after < 0 && items.length > before) break;
    }
  }
  const stack = f.stack;
  if (after < 0) {
    if (items.length !== before) throw unpackError(items.length, before, false);
    for (let i = before - 1; i >= 0; i--) stack[f.sp++] = items[i];
  } else {
    if (items.length < before + after) throw unpackError(items.length, before + after, true);
    const mid = new PyList(items.slice(before, items.length - after));
    const out = [...items.slice(0, before), mid, ...items.slice(items.length - after)];
    for (let i = out.length - 1; i >= 0; i--) stack[f.sp++] = out[i];
  }
  f.hook = HOOK_DISCARD;
  return None;
}
function getIterSafe(v: PyObject): unknown {
  try {
    return getIter(v);
  } catch {
    return null;
  }
}

function* formatValueGen(v: PyObject, conv: number, spec: string): NativeGen {
  if (conv === 1) v = yield* str(v);
  else if (conv === 2) v = yield* repr(v);
  else if (conv === 3) v = asciiOf(yield* repr(v));
  return yield* format(v, spec);
}
export function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function* callExGen(callable: PyObject, args: PyObject, kwargs: PyObject | null): NativeGen {
  let a: PyObject[];
  if (args instanceof PyTuple) a = args.items.slice();
  else {
    try {
      a = yield* iterationModule.toArray(args);
    } catch (e) {
      if (e instanceof PyExc && e.cls === TypeError) {
        throw pyErr(TypeError, `${funcName(callable)} argument after * must be an iterable, not ${typeOf(args).name}`);
      }
      throw e;
    }
  }
  let kw: KwArgs | null = null;
  if (kwargs !== null) {
    kw = new Map();
    const d = new PyDict();
    yield* extendGen(57 /* DICT_UPDATE */, d, kwargs, null);
    for (const [k, v] of d.table.entries()) {
      if (typeof k !== 'string') throw pyErr(TypeError, 'keywords must be strings');
      kw.set(k, v);
    }
  }
  return yield new CallReq(callable, a, kw);
}
function funcName(f: PyObject): string {
  if (f instanceof PyFunction) return f.qualname + '()';
  if (f instanceof PyBuiltin) return f.name + '()';
  return typeOf(f).name + ' object';
}
import * as iterationModule from '../objects/iteration';

function* raiseGen(excv: PyObject, cause: PyObject | undefined): NativeGen {
  let exc: PyObject = excv;
  if (exc instanceof PyType) {
    if (!exc.isSubtypeOf(BaseException)) throw pyErr(TypeError, 'exceptions must derive from BaseException');
    exc = yield new CallReq(exc, []);
  }
  if (!(exc instanceof PyExc)) throw pyErr(TypeError, 'exceptions must derive from BaseException');
  if (cause !== undefined) {
    let c: PyObject = cause;
    if (c instanceof PyType) {
      if (!c.isSubtypeOf(BaseException)) throw pyErr(TypeError, 'exception causes must derive from BaseException');
      c = yield new CallReq(c, []);
    }
    if (c !== None && !(c instanceof PyExc)) throw pyErr(TypeError, 'exception causes must derive from BaseException');
    exc.cause = c === None ? null : (c as PyExc);
    exc.suppressContext = true;
  }
  throw exc;
}

function* beforeWithGen(f: Frame, mgr: PyObject): NativeGen {
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  const exit = t.lookup('__exit__');
  if (enter === undefined) {
    throw pyErr(TypeError, `'${t.name}' object does not support the context manager protocol`);
  }
  if (exit === undefined) {
    throw pyErr(TypeError, `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const boundExit = exit instanceof PyFunction ? new PyMethod(exit, mgr) : exit instanceof PyBuiltin ? exit.bind(mgr) : exit;
  const r = yield new CallReq(enter, [mgr]);
  f.stack[f.sp++] = boundExit;
  return r;
}

function* printReprGen(v: PyObject, interp: Interpreter): NativeGen {
  const s = yield* repr(v);
  interp.writeStdout(s + '\n');
  return None;
}

function* matchClassGen(subject: PyObject, cls: PyObject, npos: number, names: PyTuple): NativeGen {
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'called match pattern must be a class');
  if (!typeOf(subject).isSubtypeOf(cls)) return None;
  const out: PyObject[] = [];
  if (npos > 0) {
    const selfMatch = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'].includes(cls.name) && !cls.isHeap;
    if (selfMatch) {
      if (npos > 1) throw pyErr(TypeError, `${cls.name}() accepts 1 positional sub-pattern (${npos} given)`);
      out.push(subject);
    } else {
      const ma = cls.lookup('__match_args__');
      if (!(ma instanceof PyTuple)) throw pyErr(TypeError, `${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
      if (npos > ma.items.length) throw pyErr(TypeError, `${cls.name}() accepts ${ma.items.length} positional sub-pattern${ma.items.length === 1 ? '' : 's'} (${npos} given)`);
      for (let i = 0; i < npos; i++) {
        const r = getAttrOrNone(subject, ma.items[i] as string);
        let v = r;
        if (v instanceof CallReq) v = yield v;
        if (v === undefined) return None;
        out.push(v as PyObject);
      }
    }
  }
  for (const nm of names.items) {
    let v = getAttrOrNone(subject, nm as string);
    if (v instanceof CallReq) v = yield v;
    if (v === undefined) return None;
    out.push(v as PyObject);
  }
  return new PyTuple(out);
}
function getAttrOrNone(o: PyObject, name: string): PyObject | CallReq | undefined {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof PyExc) return undefined;
    throw e;
  }
}

export function tracebackObj(exc: PyExc, interp: Interpreter): PyObject {
  return interp.makeTraceback(exc);
}

export { NotImplemented, GeneratorExit, intAdd, intSub, CMP_OPS };

/** range(a[, b[, c]]) with small-int arguments, without the generic argument parsing. */
function rangeFromStack(stack: (PyObject | null)[], start: number, argc: number): PyObj | null {
  const a = stack[start];
  if (typeof a !== 'number') return null;
  if (argc === 1) return makeRange([a]);
  const b = stack[start + 1];
  if (typeof b !== 'number') return null;
  if (argc === 2) return makeRange([a, b]);
  const c = stack[start + 2];
  if (typeof c !== 'number') return null;
  return makeRange([a, b, c]);
}
