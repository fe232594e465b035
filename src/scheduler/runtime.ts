import { Interpreter, PyThread } from '../vm';
import { Frame } from '../vm/interpreter/frame';
import type { Tracer } from '../vm';
import type { CodeObject } from '../vm/compiler/code';
import { PyBuiltin, PyObj, PyType, None } from '../vm/objects/base';
import { PyCell, PyFunction } from '../vm/objects/function';
import { PyModule } from '../vm/objects/module';
import type { PyObject } from '../vm/objects/base';
import { PyDict } from '../vm/objects/dict';
import type { PyExc } from '../vm/objects/exceptions';
import { formatException } from '../vm/interpreter/traceback';
import { AccessKind, EventKind, FindingKind } from '../trace/event-kinds';
import { FindingsCollector } from '../trace/findings/collector';
import { TraceLog } from '../trace/trace-log';
import type { PythonModel } from './cost';
import { PyLockObj } from './natives/lock-objects';
import { makeThreadModule } from './natives/thread-module';
import { makeTimeModule } from './natives/time-module';
import { installSysHooks } from './natives/sys-hooks';
import { Scheduler } from './scheduler';
import type { SchedulerOptions } from './scheduler';
import type { SimLock } from './sync/lock';
import type { ThreadRecord } from './thread-record';

// Hot-path constants copied once: under tsx (the CLI) every read of an imported binding is a
// getter call, which showed up as ~15 % of a traced CPU-bound run.
const LINE = EventKind.LINE;
const ACCESS = EventKind.ACCESS;
const FINDING = EventKind.FINDING;
const READ = AccessKind.READ;
const WRITE = AccessKind.WRITE;
const LOST_UPDATE = FindingKind.LOST_UPDATE;
const RACE = FindingKind.RACE;

/**
 * Library modules (threading.py, queue.py, …) are compiled once per process, not once per run:
 * exploring hundreds of schedules would otherwise spend most of its time compiling threading.py.
 * Code objects are immutable once built, so runs can share them.
 */
const libraryCode = new Map<string, CodeObject>();
function shareLibraryCode(interp: Interpreter): void {
  const compile = interp.compile.bind(interp);
  interp.compile = (source, filename, mode = 'exec') => {
    if (mode !== 'exec' || !isLibraryFile(filename)) return compile(source, filename, mode);
    const key = filename + '\u0000' + source;
    let code = libraryCode.get(key);
    if (code === undefined) {
      code = compile(source, filename, mode);
      libraryCode.set(key, code);
    }
    return code;
  };
}

/** Library modules (threading.py, …) are compiled under `<frozen NAME>`: not the user's code. */
export function isLibraryFile(filename: string): boolean {
  return filename.startsWith('<frozen ');
}

export interface RuntimeOptions extends Omit<SchedulerOptions, 'trace' | 'values'> {
  argv?: string[];
  stdin?: string;
  traceCapacity?: number;
  /** track global/attribute/item accesses for lost updates and races (default true) */
  accessFindings?: boolean;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}

/**
 * One threaded program run: the VM interpreter, the scheduler, the trace and the findings,
 * wired together. The natives (`_thread`, `time`, sys hooks) reach the scheduler through it.
 */
export class ThreadRuntime implements Tracer {
  readonly trace: TraceLog;
  readonly sched: Scheduler;
  readonly interp: Interpreter;
  readonly findings: FindingsCollector;
  readonly model: PythonModel;
  /** Python sync objects registered by threading.py / queue.py → trace object id */
  readonly objectIds = new WeakMap<PyObj, number>();
  /** per thread record: the sentinel locks released when it ends (Thread.join waits on them) */
  readonly sentinels = new Map<number, SimLock[]>();
  private readonly labelled = new Set<number>();
  private readonly labelCounts = new Map<string, number>();
  /** per class: instance → small number, for readable attribute locations (`Counter#1.value`) */
  private readonly instanceNumbers = new WeakMap<PyObj, number>();
  private readonly classCounters = new Map<string, number>();
  /** a store whose value is read at the thread's next traced step, to label sync objects */
  private pendingStore: { container: PyObject; key: string; prefix: string } | null = null;
  /**
   * User-visible sync objects not yet bound to a global or attribute name: at the creating
   * thread's next line event, a local variable holding one names it (`lock = Lock()` in a
   * function is a STORE_FAST, which has no tracer hook).
   */
  private unnamed: { thread: number; obj: PyObject; id: number }[] = [];
  private readonly accessFindings: boolean;
  /** instruction-equivalents charged per access (COST.md) */
  private readonly accessCost: number;

  constructor(opts: RuntimeOptions) {
    this.model = opts.model ?? '3.14';
    this.accessFindings = opts.accessFindings ?? true;
    this.trace = new TraceLog(opts.traceCapacity);
    this.trace.unstoredKinds.add(EventKind.ACCESS);
    this.findings = new FindingsCollector(this.trace.strings);
    this.trace.listeners.push(this.findings);
    this.interp = new Interpreter({
      argv: opts.argv,
      stdin: opts.stdin,
      onStdout: (t) => {
        this.output(1, t);
        opts.onStdout?.(t);
      },
      onStderr: (t) => {
        this.output(2, t);
        opts.onStderr?.(t);
      },
    });
    this.interp.breakerMode = this.model === '3.9' ? 'every' : '3.12';
    shareLibraryCode(this.interp);
    this.sched = new Scheduler({ ...opts, trace: this.trace, values: { none: None, true: true, false: false } });
    this.sched.onThreadExit = (rec) => this.onThreadExit(rec);
    this.accessCost = this.sched.cost.accessInstructions;
    this.interp.registerNativeModule('_thread', () => makeThreadModule(this));
    this.interp.registerNativeModule('time', () => makeTimeModule(this));
    installSysHooks(this);
    this.interp.tracer = this;
  }

  /** The record of a VM thread (set when it was spawned). */
  recordOf(t: PyThread): ThreadRecord {
    return t.hostData as ThreadRecord;
  }

  current(): ThreadRecord {
    const c = this.sched.current;
    if (!c) throw new Error('InternalError: a threading native ran outside any thread');
    return c;
  }

  private output(stream: 1 | 2, text: string): void {
    const cur = this.sched.current;
    this.sched.emit(this.sched.currentTime(), EventKind.OUTPUT, cur ? cur.id : 0, stream, this.sched.str(text));
  }

  // ---- sync object identity and labels -------------------------------------------------------

  registerObject(obj: PyObj, kind: number, owner: PyObject | undefined): number {
    const existing = this.objectIds.get(obj);
    if (existing !== undefined) return existing;
    const partOf = this.ownerId(owner);
    const id = this.sched.registerObject(kind, partOf);
    this.objectIds.set(obj, id);
    if (partOf === -1) this.noteCreated(obj, id);
    return id;
  }

  /** Trace id of the object `owner` (-1 none = user-visible; 0 = internal without a name). */
  ownerId(owner: PyObject | undefined): number {
    if (owner === undefined || owner === None) return -1;
    if (owner instanceof PyLockObj) return owner.lock.id;
    if (owner instanceof PyObj) return this.objectIds.get(owner) ?? 0;
    return 0;
  }

  objectIdOf(v: PyObject): number | undefined {
    if (v instanceof PyLockObj) return v.lock.id;
    if (v instanceof PyObj) return this.objectIds.get(v);
    return undefined;
  }

  /** A user-visible sync object was just created by the current thread (see `unnamed`). */
  noteCreated(obj: PyObject, id: number): void {
    const cur = this.sched.current;
    if (cur !== null && !this.labelled.has(id)) this.unnamed.push({ thread: cur.id, obj, id });
  }

  /** Labels this thread's unnamed objects by the local variables of `thread`'s current frame. */
  private nameByLocals(thread: PyThread, rec: ThreadRecord): void {
    const frame = thread.currentFrame();
    const rest: typeof this.unnamed = [];
    for (const u of this.unnamed) {
      if (u.thread !== rec.id) {
        rest.push(u);
        continue;
      }
      if (frame === null || this.labelled.has(u.id)) continue;
      const name = localNameOf(frame.code, frame.fast, u.obj);
      if (name !== null) this.label(u.id, name);
    }
    this.unnamed = rest;
  }

  label(id: number, label: string): void {
    if (this.labelled.has(id)) return;
    this.labelled.add(id);
    const n = (this.labelCounts.get(label) ?? 0) + 1;
    this.labelCounts.set(label, n);
    this.sched.labelObject(id, n === 1 ? label : `${label}#${n}`);
  }

  // ---- thread lifecycle --------------------------------------------------------------------------

  private onThreadExit(rec: ThreadRecord): void {
    for (const lock of this.sentinels.get(rec.id) ?? []) {
      if (lock.locked) this.sched.releaseAs(lock, rec);
    }
    this.sentinels.delete(rec.id);
  }

  /** An uncaught exception reported for the current thread goes into the trace. */
  exceptionEvent(exc: PyObject): void {
    if (!(exc instanceof PyObj)) return;
    const e = exc as PyExc;
    const first = e.args.items[0];
    const message = e.args.items.length === 1 && typeof first === 'string' ? first : e.args.items.map(String).join(', ');
    const cur = this.sched.current;
    this.sched.emit(this.sched.currentTime(), EventKind.EXCEPTION, cur ? cur.id : 0, -1, this.sched.str(e.cls.name), this.sched.str(message));
  }

  /** Formats an exception as CPython prints it (traceback + message). */
  formatException(exc: PyObject): string {
    return formatException(exc as PyExc, this.interp);
  }

  // ---- tracer: lines and shared-memory accesses ---------------------------------------------------
  // Hot path (every line change and every global/attribute/item access): memoise per code
  // object and per (container, key) so that an access costs a few map lookups.

  private lineCode: CodeObject | null = null;
  private lineCodeFile = -1; // string id of the file, -1 = library code
  private accessCode: CodeObject | null = null;
  private accessCodeIsLib = false;
  /** container → key → location string id (-1: not shared data) */
  private readonly locations = new WeakMap<object, Map<PyObject, number>>();
  /** module globals dict → module name ('' when not a module's globals) */
  private readonly moduleOf = new WeakMap<PyDict, string>();

  /** The line the thread is at in user code (innermost frame that is not library code). */
  refreshLine(rec: ThreadRecord): void {
    const py = this.interp.currentThread;
    if (!py || py.hostData !== rec) return;
    for (let f = py.top; f !== null; f = f.back) {
      if (!(f instanceof Frame)) continue;
      if (isLibraryFile(f.code.filename)) continue;
      if (f.lastLine > 0 && f.lastLine !== rec.line) this.setLine(rec, f.lastLine, f.code);
      return;
    }
  }

  private setLine(rec: ThreadRecord, line: number, code: CodeObject): void {
    rec.line = line;
    if (code !== this.lineCode) {
      this.lineCode = code;
      this.lineCodeFile = isLibraryFile(code.filename) ? -1 : this.sched.str(code.filename);
    }
    rec.lineFile = this.lineCodeFile;
    this.sched.emit(this.sched.currentTime(), LINE, rec.id, line, this.lineCodeFile);
  }

  onLine(thread: PyThread, code: CodeObject, line: number): void {
    if (this.pendingStore !== null) this.flushPendingStore();
    if (code !== this.lineCode) {
      this.lineCode = code;
      this.lineCodeFile = isLibraryFile(code.filename) ? -1 : this.sched.str(code.filename);
    }
    if (this.lineCodeFile < 0) return;
    const rec = thread.hostData as ThreadRecord | null;
    if (!rec) return;
    if (this.unnamed.length !== 0) this.nameByLocals(thread, rec);
    // a loop re-enters its line every iteration: the thread's current line has not changed
    if (line === rec.line && this.lineCodeFile === rec.lineFile) return;
    rec.line = line;
    rec.lineFile = this.lineCodeFile;
    this.sched.emit(this.sched.currentTime(), LINE, rec.id, line, this.lineCodeFile);
  }

  onAccess(thread: PyThread, kind: 'read' | 'write', target: { container: PyObject; key: PyObject }, _instr: number): void {
    if (this.pendingStore !== null) this.flushPendingStore();
    const rec = thread.hostData as ThreadRecord | null;
    if (!rec) return;
    rec.extraCost += this.accessCost;
    if (!this.accessFindings && kind === 'read') return;
    const frame = thread.currentFrame();
    if (!frame) return;
    if (frame.code !== this.accessCode) {
      this.accessCode = frame.code;
      this.accessCodeIsLib = isLibraryFile(frame.code.filename);
    }
    if (this.accessCodeIsLib) return;
    const { container, key } = target;
    if (!(container instanceof PyObj)) return;
    let byKey = this.locations.get(container);
    if (byKey === undefined) {
      byKey = new Map();
      this.locations.set(container, byKey);
    }
    let loc = byKey.get(key);
    if (loc === undefined) {
      const name = this.locationName(container, key);
      loc = name === null ? -1 : this.sched.str(name);
      byKey.set(key, loc);
    }
    if (loc < 0) return;
    if (frame.lastLine !== rec.line && frame.lastLine > 0) this.setLine(rec, frame.lastLine, frame.code);
    if (kind === 'read') {
      // reading a function, class or module (or a name that is not there) is not a data access
      const v = container instanceof PyDict ? container.get(key) : container.dict !== null && typeof key === 'string' ? container.dict.get(key) : null;
      if (v === undefined || (v !== null && isCode(v))) return;
    } else if (typeof key === 'string') {
      this.pendingStore = { container, key, prefix: this.ownerName(frame, container) };
    }
    // without findings, writes are still followed (above) to label sync objects
    if (!this.accessFindings) return;
    const lostBefore = this.findings.lost.total;
    const racesBefore = this.findings.races.found.length;
    const now = this.sched.currentTime();
    this.sched.emit(now, ACCESS, rec.id, kind === 'read' ? READ : WRITE, loc, rec.line);
    // markers for the timeline, at the moment the findings happened
    if (this.findings.lost.total !== lostBefore) this.sched.emit(now, FINDING, rec.id, LOST_UPDATE, loc, rec.line);
    if (this.findings.races.found.length !== racesBefore) this.sched.emit(now, FINDING, rec.id, RACE, loc, rec.line);
  }

  /** A readable, identity-preserving name for a memory location, or null when not shared data. */
  private locationName(container: PyObj, key: PyObject): string | null {
    if (container instanceof PyDict) {
      let mod = this.moduleOf.get(container);
      if (mod === undefined) {
        const n = container.get('__name__');
        mod = typeof n === 'string' && container.get('__builtins__') !== undefined ? n : '';
        this.moduleOf.set(container, mod);
      }
      if (mod !== '' && typeof key === 'string') return mod === '__main__' ? key : `${mod}.${key}`;
    }
    if (typeof key === 'string') return container.dict === null && !(container instanceof PyDict) ? null : `${this.instanceName(container)}.${key}`;
    const k = typeof key === 'number' || typeof key === 'string' ? JSON.stringify(key) : typeof key === 'boolean' ? String(key) : null;
    return k === null ? null : `${this.instanceName(container)}[${k}]`;
  }

  private instanceName(o: PyObj): string {
    const cls = o.cls.name;
    let n = this.instanceNumbers.get(o);
    if (n === undefined) {
      n = (this.classCounters.get(cls) ?? 0) + 1;
      this.classCounters.set(cls, n);
      this.instanceNumbers.set(o, n);
    }
    return `${cls}#${n}`;
  }

  /** `self` in `self.lock = Lock()`: a local variable of the frame holding the container. */
  private ownerName(frame: { code: CodeObject; fast: (PyObject | undefined)[] }, container: PyObject): string {
    if (container instanceof PyDict) return '';
    const names = frame.code.varnames;
    for (let i = 0; i < names.length; i++) if (frame.fast[i] === container) return `${names[i]}.`;
    return container instanceof PyObj ? `${container.cls.name}.` : '';
  }

  /** Labels a sync object by the first name it was bound to (the store seen one step ago). */
  flushPendingStore(): void {
    const p = this.pendingStore;
    if (p === null) return;
    this.pendingStore = null;
    let v: PyObject | undefined;
    if (p.container instanceof PyDict) v = p.container.get(p.key);
    else if (p.container instanceof PyObj && p.container.dict !== null) v = p.container.dict.get(p.key);
    if (v === undefined) return;
    const id = this.objectIdOf(v);
    if (id !== undefined) this.label(id, p.prefix + p.key);
  }
}

/** The local variable (plain or cell) of a frame that holds `obj`, or null. */
function localNameOf(code: CodeObject, fast: (PyObject | undefined)[], obj: PyObject): string | null {
  // localsplus order: varnames, cells that are not arguments, free variables
  const names = [...code.varnames, ...code.cellvars.filter((c) => !code.varnames.includes(c)), ...code.freevars];
  for (let i = 0; i < names.length; i++) {
    const v = fast[i];
    if (v === obj || (v instanceof PyCell && v.value === obj)) return names[i];
  }
  return null;
}

/** Functions, classes and modules: reading them is not a data access worth tracking. */
function isCode(v: PyObject): boolean {
  return v instanceof PyFunction || v instanceof PyType || v instanceof PyModule || v instanceof PyBuiltin;
}
