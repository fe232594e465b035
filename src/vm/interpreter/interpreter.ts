// One Interpreter per program run: builtins, sys, the module table, output streams, and the
// threads (PyThread) that run code. runMain() is the single-threaded driver used by runProgram.
import { parse } from '../parser';
import { PythonSyntaxError } from '../parser/syntax-error';
import { Compiler } from '../compiler/codegen';
import type { CodeObject } from '../compiler/code';
import {
  PyObj, PyType, PyBuiltin, CallReq, None, typeOf, objectType, type PyObject, type NativeGen, type KwArgs,
} from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { PyTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { coroutineType } from '../objects/generator';
import {
  PyExc, pyErr, SystemExit, ImportError, ModuleNotFoundError, SyntaxError as SyntaxErrorType, IndentationError, TabError,
  TypeError, AttributeError,
} from '../objects/exceptions';
import { Frame } from './frame';
import { PyThread, ExecCall } from './thread';
import { formatException } from './traceback';
import { makeBuiltins } from '../modules/builtins';
import { installTypeMethods } from '../objects/install';
import { makeSys } from '../modules/sys';
import { nativeModules } from '../modules/registry';
import { libSources } from '../modules/lib';
import { getAttrOpt } from '../objects/attributes';
import { str, repr } from '../objects/repr';
import { syncHooks } from '../objects/str-format';
import { indexHook } from '../objects/argparse';
import { PyFloat } from '../objects/float';
import { iter, iterNext } from '../objects/iteration';
import { EXHAUSTED } from '../objects/base';
import { customKeyHooks } from '../objects/hashkey';
import { makeTracebackObject } from './traceback-object';
import '../modules/native-modules';
import { installInterpreterBuiltins } from '../modules/type-call';

export type BreakerMode = '3.12' | 'every';
export interface Tracer {
  onLine(thread: PyThread, code: CodeObject, line: number): void;
  onAccess(thread: PyThread, kind: 'read' | 'write', target: { container: PyObject; key: PyObject }, instr: number): void;
}
export interface InterpreterOptions {
  argv?: string[];
  stdin?: string;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}
export type ModuleFactory = (interp: Interpreter) => PyModule;

installTypeMethods();

export class Interpreter {
  breakerMode: BreakerMode = '3.12';
  tracer: Tracer | null = null;
  recursionLimit = 1000;
  switchInterval = 0.005;
  readonly builtinsDict: PyDict;
  readonly builtinsModule: PyModule;
  readonly modules = new Map<string, PyModule>();
  /** sys.modules, kept in step with `modules`. */
  readonly sysModules = new PyDict();
  private readonly nativeFactories = new Map<string, ModuleFactory>();
  readonly objectNew: PyObject;
  readonly objectInit: PyObject;
  readonly buildClass: PyBuiltin;
  readonly coroutineType = coroutineType;
  stdoutText = '';
  stderrText = '';
  stdinText: string;
  stdinPos = 0;
  argv: string[];
  /** The thread currently running (natives use it for super(), sys.exc_info(), …). */
  currentThread: PyThread | null = null;
  mainThreadObj: PyThread | null = null;
  /** Files of the in-memory file system used by open(). */
  readonly files = new Map<string, string>();
  private readonly onStdout?: (t: string) => void;
  private readonly onStderr?: (t: string) => void;

  constructor(opts: InterpreterOptions = {}) {
    this.argv = opts.argv ?? [''];
    this.stdinText = opts.stdin ?? '';
    this.onStdout = opts.onStdout;
    this.onStderr = opts.onStderr;
    installInterpreterBuiltins(this);
    const b = makeBuiltins(this);
    this.builtinsDict = b.dict;
    this.buildClass = b.buildClass;
    // compare with what class lookups find: the staticmethod stored in object's dict
    this.objectNew = objectType.dict!.get('__new__')!;
    this.objectInit = b.objectInit;
    this.builtinsModule = new PyModule('builtins', this.builtinsDict);
    this.modules.set('builtins', this.builtinsModule);
    this.sysModules.set('builtins', this.builtinsModule);
    for (const [name, f] of nativeModules) this.nativeFactories.set(name, f);
    this.modules.set('sys', makeSys(this));
    this.sysModules.set('sys', this.modules.get('sys')!);
    customKeyHooks.hash = (k) => this.callSyncHash(k);
    indexHook.index = (v) => {
      const m = typeOf(v).lookup('__index__');
      if (m === undefined) return undefined;
      const r = this.callSync(m, [v]);
      if (typeof r === 'number' || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      throw pyErr(TypeError, `__index__ returned non-int (type ${typeOf(r).name})`);
    };
    syncHooks.str = (v) => this.strSync(v);
    syncHooks.repr = (v) => this.runGenSync(repr(v)) as string;
    syncHooks.call = (r) => this.callSync(r.fn, r.args);
    syncHooks.toInt = (v) => {
      const m = typeOf(v).lookup('__int__') ?? typeOf(v).lookup('__index__');
      if (m === undefined) return null;
      const r = this.callSync(m, [v]);
      return typeof r === 'number' || typeof r === 'bigint' ? r : null;
    };
    syncHooks.toFloat = (v) => {
      const m = typeOf(v).lookup('__float__');
      if (m === undefined) return null;
      const r = this.callSync(m, [v]);
      return r instanceof PyFloat ? r.value : null;
    };
    customKeyHooks.eq = (a, b) => this.callSyncEq(a, b);
  }

  registerNativeModule(name: string, factory: ModuleFactory): void {
    this.nativeFactories.set(name, factory);
    this.modules.delete(name);
  }

  writeStdout(s: string): void {
    this.stdoutText += s;
    this.onStdout?.(s);
  }
  writeStderr(s: string): void {
    this.stderrText += s;
    this.onStderr?.(s);
  }

  // ---------------------------------------------------------------- compiling

  compile(source: string, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec'): CodeObject {
    const mod = parse(source, filename);
    return new Compiler(filename, source).compileModule(mod, mode);
  }

  /** A PythonSyntaxError as a Python SyntaxError object. */
  syntaxErrorObject(e: PythonSyntaxError): PyExc {
    const t = e.kind === 'IndentationError' ? IndentationError : e.kind === 'TabError' ? TabError : SyntaxErrorType;
    const exc = pyErr(t, e.msg, new PyTuple([e.filename, e.lineno, e.offset, e.text ?? None, e.end_lineno, e.end_offset]));
    const d = exc.dict!;
    d.set('msg', e.msg);
    d.set('filename', e.filename);
    d.set('lineno', e.lineno);
    d.set('offset', e.offset);
    d.set('text', e.text ?? None);
    d.set('end_lineno', e.end_lineno);
    d.set('end_offset', e.end_offset);
    return exc;
  }

  newModule(name: string, filename?: string): PyModule {
    const g = new PyDict();
    g.set('__name__', name);
    g.set('__builtins__', this.builtinsModule);
    g.set('__doc__', None);
    if (filename) g.set('__file__', filename);
    return new PyModule(name, g);
  }

  // ---------------------------------------------------------------- threads

  mainThread(source: string, filename: string): PyThread {
    const code = this.compile(source, filename);
    const mod = this.newModule('__main__', filename);
    mod.globals.set('__file__', filename);
    this.modules.set('__main__', mod);
    this.sysModules.set('__main__', mod);
    const t = new PyThread(this);
    const f = new Frame(code, new Array(code.nlocalsplus), mod.globals, this.builtinsDict, mod.globals, null);
    t.startFrame(f);
    this.mainThreadObj = t;
    return t;
  }

  newThread(callable: PyObject, args: PyObject[] = [], kwargs: KwArgs | null = null): PyThread {
    const t = new PyThread(this);
    t.startCall(callable, args, kwargs);
    return t;
  }

  /** Run a thread to completion on the JS stack (nested runs for sync hooks; no blocking). */
  runToEnd(t: PyThread, maxInstructions = Infinity): ReturnType<PyThread['run']> {
    let total = 0;
    const prev = this.currentThread;
    this.currentThread = t;
    try {
      for (;;) {
        const r = t.run(Math.min(100_000, maxInstructions - total));
        total += r.executed;
        if (r.kind === 'budget' || r.kind === 'switch') {
          if (total >= maxInstructions) return { ...r, executed: total };
          t.dropRequest = false;
          continue;
        }
        return { ...r, executed: total };
      }
    } finally {
      this.currentThread = prev;
    }
  }

  /** Call Python from a sync context (hash/eq hooks of dict keys). Blocking is an error here. */
  callSync(fn: PyObject, args: PyObject[]): PyObject {
    const t = this.newThread(fn, args, null);
    t.excInfo = this.currentThread?.excInfo ?? null;
    const r = this.runToEnd(t);
    if (r.kind === 'finished') return r.value;
    if (r.kind === 'raised') throw r.exception;
    throw pyErr(TypeError, 'cannot block inside __hash__/__eq__ of a dict key');
  }
  private callSyncHash(k: PyObject): number {
    const m = typeOf(k).lookup('__hash__');
    if (m === undefined || m === None) throw pyErr(TypeError, `unhashable type: '${typeOf(k).name}'`);
    const h = this.callSync(m, [k]);
    if (typeof h === 'number') return h;
    if (typeof h === 'bigint') return Number(h % 2305843009213693951n);
    if (typeof h === 'boolean') return h ? 1 : 0;
    throw pyErr(TypeError, '__hash__ method should return an integer');
  }
  private callSyncEq(a: PyObject, b: PyObject): boolean {
    const m = typeOf(a).lookup('__eq__');
    if (m === undefined) return a === b;
    const r = this.callSync(m, [a, b]);
    if (r === NotImplementedSentinel()) return a === b;
    return r === true || (r !== false && r !== None && r !== 0);
  }

  // ---------------------------------------------------------------- the main program

  runMain(source: string, filename: string, maxInstructions?: number): { stdout: string; stderr: string; exitCode: number } {
    let exitCode = 0;
    try {
      let t: PyThread;
      try {
        t = this.mainThread(source, filename);
      } catch (e) {
        if (e instanceof PythonSyntaxError) {
          this.writeStderr(formatException(this.syntaxErrorObject(e), this));
          return this.result(1);
        }
        throw e;
      }
      const limit = maxInstructions ?? Infinity;
      const r = this.runToEnd(t, limit);
      if (r.kind === 'raised') exitCode = this.handleUncaught(r.exception as PyExc);
      else if (r.kind === 'blocked') {
        this.writeStderr('InternalError: the main thread blocked with no scheduler to wake it\n');
        exitCode = 70;
      } else if (r.kind !== 'finished') {
        this.writeStderr(`Stopped: instruction limit reached (${maxInstructions} instructions)\n`);
        exitCode = 4;
      }
    } catch (e) {
      this.writeStderr(`InternalError: ${e instanceof Error ? e.message : String(e)}\n`);
      exitCode = 70;
    }
    return this.result(exitCode);
  }

  private result(exitCode: number) {
    return { stdout: this.stdoutText, stderr: this.stderrText, exitCode };
  }

  /** Print an uncaught exception like CPython and return the exit code. */
  handleUncaught(exc: PyExc): number {
    const internal = (exc as PyExc & { internal?: unknown }).internal;
    if (internal !== undefined) {
      const msg = internal instanceof Error ? internal.message : String(internal);
      this.writeStderr(`InternalError: ${msg}\n`);
      return 70;
    }
    if (exc.cls.isSubtypeOf(SystemExit)) {
      const code = exc.args.items.length ? exc.args.items[0] : None;
      if (code === None) return 0;
      if (typeof code === 'number') return code & 0xff;
      if (typeof code === 'boolean') return code ? 1 : 0;
      const s = this.strSync(code);
      this.writeStderr(s + '\n');
      return 1;
    }
    this.writeStderr(formatException(exc, this));
    return 1;
  }

  /** str() from sync code (runs user __str__ on a nested loop). */
  strSync(x: PyObject): string {
    return this.runGenSync(str(x)) as string;
  }
  runGenSync(g: NativeGen): PyObject {
    const fn = new PyBuiltin('<sync>', null, () => g);
    return this.callSync(fn, []);
  }

  // ---------------------------------------------------------------- imports

  *importGen(name: string, fromlist: PyObject, level: number, globals: PyDict): NativeGen {
    let full = name;
    if (level > 0) {
      const pkg = globals.get('__package__');
      const base = typeof pkg === 'string' ? pkg : '';
      if (!base) throw pyErr(ImportError, 'attempted relative import with no known parent package');
      const parts = base.split('.');
      full = parts.slice(0, parts.length - (level - 1)).join('.') + (name ? '.' + name : '');
    }
    const parts = full.split('.');
    let top: PyModule | null = null;
    let parent: PyModule | null = null;
    for (let i = 0; i < parts.length; i++) {
      const sub = parts.slice(0, i + 1).join('.');
      const m = (yield* this.loadModule(sub)) as PyModule;
      if (parent !== null) parent.globals.set(parts[i], m);
      if (top === null) top = m;
      parent = m;
    }
    const wantsFrom = fromlist !== None && !(fromlist instanceof PyTuple && fromlist.items.length === 0);
    return wantsFrom ? parent! : top!;
  }

  *loadModule(name: string): NativeGen {
    const existing = this.modules.get(name);
    if (existing) return existing;
    const factory = this.nativeFactories.get(name);
    if (factory) {
      const m = factory(this);
      this.modules.set(name, m);
      this.sysModules.set(name, m);
      return m;
    }
    const src = libSources[name] ?? libSources[name + '.__init__'];
    if (src !== undefined) {
      const filename = `<frozen ${name}>`;
      const mod = this.newModule(name, filename);
      if (libSources[name + '.__init__'] !== undefined) mod.globals.set('__path__', new PyList([]));
      mod.globals.set('__package__', libSources[name + '.__init__'] !== undefined ? name : name.split('.').slice(0, -1).join('.'));
      this.modules.set(name, mod);
      this.sysModules.set(name, mod);
      let code: CodeObject;
      try {
        code = this.compile(src, filename);
      } catch (e) {
        this.modules.delete(name);
        if (e instanceof PythonSyntaxError) throw this.syntaxErrorObject(e);
        throw e;
      }
      try {
        yield new CallReq(new ExecCall(code, mod.globals, mod.globals), []);
      } catch (e) {
        this.modules.delete(name);
        throw e;
      }
      return mod;
    }
    const e = pyErr(ModuleNotFoundError, `No module named '${name}'`);
    e.dict!.set('name', name);
    throw e;
  }

  *importFromGen(mod: PyObject, name: string): NativeGen {
    let v = getAttrOpt(mod, name);
    if (v instanceof CallReq) v = yield v;
    if (v !== undefined) return v as PyObject;
    if (mod instanceof PyModule) {
      const sub = `${mod.name}.${name}`;
      if (this.nativeFactories.has(sub) || libSources[sub] !== undefined || libSources[sub + '.__init__'] !== undefined) {
        const m = yield* this.loadModule(sub);
        mod.globals.set(name, m);
        return m;
      }
      const file = mod.globals.get('__file__');
      const e = pyErr(ImportError, `cannot import name '${name}' from '${mod.name}' (${typeof file === 'string' ? file : 'unknown location'})`);
      e.dict!.set('name', mod.name);
      e.dict!.set('name_from', name);
      e.dict!.set('obj', mod);
      throw e;
    }
    throw pyErr(ImportError, `cannot import name '${name}'`);
  }

  importStar(mod: PyObject, ns: PyDict): void {
    if (!(mod instanceof PyModule)) return;
    const all = mod.globals.get('__all__');
    if (all instanceof PyList || all instanceof PyTuple) {
      for (const n of all.items) {
        const v = mod.globals.get(n);
        if (v === undefined) throw pyErr(AttributeError, `module '${mod.name}' has no attribute '${String(n)}'`);
        ns.set(n, v);
      }
      return;
    }
    for (const [k, v] of mod.globals.table.entries()) {
      if (typeof k === 'string' && !k.startsWith('_')) ns.set(k, v);
    }
  }

  /** Import from JS code (modules written in Python that natives need, e.g. collections). */
  importSync(name: string): PyModule {
    return this.runGenSync(this.importGen(name, new PyTuple(['*']), 0, new PyDict())) as PyModule;
  }

  isSequenceForMatch(v: PyObject): boolean {
    if (!(v instanceof PyObj)) return false;
    const t = v.cls;
    return t.mro.some((m) => m.name === 'deque' || m.name === 'range' || m.name === 'UserList');
  }

  makeTraceback(exc: PyExc): PyObject {
    return makeTracebackObject(exc);
  }

  /** Iterate a Python iterable from a generator native. */
  *iterate(x: PyObject): Generator<unknown, PyObject[], PyObject> {
    const it = yield* iter(x);
    const out: PyObject[] = [];
    for (;;) {
      const v = yield* iterNext(it);
      if (v === EXHAUSTED) return out;
      out.push(v);
    }
  }
}

import { NotImplemented } from '../objects/base';
function NotImplementedSentinel(): PyObject {
  return NotImplemented;
}
export { PyType };
