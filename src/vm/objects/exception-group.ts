// BaseExceptionGroup / ExceptionGroup (PEP 654): construction rules, message/exceptions,
// str "msg (N sub-exceptions)", split/subgroup/derive. `except*` is compiled onto these
// through the helpers in modules/except-star.ts.
import { PyType, PyBuiltin, defineMethods, builtinGen, None, typeOf, type PyObject, type Gen, CallReq } from './base';
import { PyTuple, tuple } from './tuple';
import { PyList } from './list';
import { PyExc, pyErr, BaseException, Exception, BaseExceptionGroup, ExceptionGroup, TypeError, ValueError } from './exceptions';
import { PyStaticMethod, staticmethodType, defineGetSets, PyFunction, PyMethod } from './function';
import { toArray } from './iteration';

export function isGroup(e: PyObject): boolean {
  return e instanceof PyExc && e.cls.isSubtypeOf(BaseExceptionGroup);
}
export function groupExceptions(e: PyExc): PyExc[] {
  const ex = e.dict!.get('__eg_exceptions__');
  return ex instanceof PyTuple ? (ex.items as PyExc[]) : [];
}
function groupMessage(e: PyExc): PyObject {
  return e.dict!.get('__eg_message__') ?? '';
}

/** A new group of `cls` (what derive() gives for builtin groups), keeping message and notes. */
export function makeGroup(cls: PyType, message: PyObject, excs: PyExc[], asTuple = false): PyExc {
  const allExc = excs.every((x) => x.cls.isSubtypeOf(Exception));
  const t = cls === BaseExceptionGroup && allExc ? ExceptionGroup : cls;
  const g = new PyExc(t, tuple([message, asTuple ? tuple(excs.slice()) : new PyList(excs.slice())]));
  g.dict!.set('__eg_message__', message);
  g.dict!.set('__eg_exceptions__', tuple(excs));
  return g;
}

/** A condition for split/subgroup: a type, a tuple of types, or a predicate. */
type Cond = { kind: 'types'; types: PyType[] } | { kind: 'pred'; fn: PyObject };
function condOf(x: PyObject): Cond {
  if (x instanceof PyType && x.isSubtypeOf(BaseException)) return { kind: 'types', types: [x] };
  if (x instanceof PyTuple && x.items.every((t) => t instanceof PyType && t.isSubtypeOf(BaseException))) {
    return { kind: 'types', types: x.items as PyType[] };
  }
  if (x instanceof PyFunction || x instanceof PyMethod || x instanceof PyBuiltin || (typeof x === 'object' && typeOf(x).lookup('__call__') !== undefined)) {
    return { kind: 'pred', fn: x };
  }
  throw pyErr(TypeError, 'expected an exception type, a tuple of exception types, or a callable (other than a class)');
}
function* test(c: Cond, e: PyExc): Gen<boolean> {
  if (c.kind === 'types') return c.types.some((t) => e.cls.isSubtypeOf(t));
  const r = yield new CallReq(c.fn, [e]);
  return r !== false && r !== None && r !== 0 && r !== '';
}

/** (match, rest) of a group by a condition, preserving nesting; either may be null. */
export function* splitGroup(e: PyExc, c: Cond, wantRest: boolean): Gen<[PyExc | null, PyExc | null]> {
  if (yield* test(c, e)) return [e, null];
  if (!isGroup(e)) return [null, wantRest ? e : null];
  const m: PyExc[] = [], r: PyExc[] = [];
  for (const x of groupExceptions(e)) {
    const [a, b] = yield* splitGroup(x, c, wantRest);
    if (a) m.push(a);
    if (b) r.push(b);
  }
  const derive = function* (excs: PyExc[]): Gen<PyExc> {
    let g: PyExc;
    const d = e.cls.lookup('derive');
    if (e.cls.isHeap && d !== undefined && !(d instanceof PyBuiltin)) {
      g = (yield new CallReq(d, [e, new PyList(excs)])) as PyExc;
    } else g = makeGroup(e.cls.isHeap ? (e.cls.isSubtypeOf(ExceptionGroup) ? ExceptionGroup : BaseExceptionGroup) : e.cls, groupMessage(e), excs);
    // the parts keep the original's traceback, cause, context and notes
    g.traceback = e.traceback;
    g.cause = e.cause;
    g.context = e.context;
    g.suppressContext = e.suppressContext;
    const notes = e.dict!.get('__notes__');
    if (notes !== undefined) g.dict!.set('__notes__', notes);
    return g;
  };
  const match = m.length ? yield* derive(m) : null;
  const rest = wantRest && r.length ? yield* derive(r) : null;
  return [match, rest];
}

export function installExceptionGroups(): void {
  BaseExceptionGroup.dict!.set('__new__', new PyStaticMethod(staticmethodType, builtinGen('__new__', function* (a) {
    const cls = a[0] as PyType;
    const msg = a[1], excsArg = a[2];
    if (a.length !== 3) throw pyErr(TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length - 1} given)`);
    if (typeof msg !== 'string') throw pyErr(TypeError, 'BaseExceptionGroup.__new__() argument 1 must be str, not ' + typeOf(msg).name);
    if (!(excsArg instanceof PyList || excsArg instanceof PyTuple) && !(typeof excsArg === 'object' && typeOf(excsArg).lookup('__getitem__'))) {
      throw pyErr(TypeError, 'second argument (exceptions) must be a sequence');
    }
    const excs = yield* toArray(excsArg);
    if (excs.length === 0) throw pyErr(ValueError, 'second argument (exceptions) must be a non-empty sequence');
    excs.forEach((x, i) => {
      if (!(x instanceof PyExc)) throw pyErr(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    });
    const allExc = excs.every((x) => (x as PyExc).cls.isSubtypeOf(Exception));
    let t = cls;
    if (cls === BaseExceptionGroup) {
      if (allExc) t = ExceptionGroup;
    } else if (cls === ExceptionGroup) {
      if (!allExc) throw pyErr(TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (!allExc && cls.isSubtypeOf(Exception)) {
      throw pyErr(TypeError, `Cannot nest BaseExceptions in '${cls.name}'`);
    }
    const g = t.factory!(t) as PyExc;
    g.args = tuple([msg, excsArg]);
    g.dict!.set('__eg_message__', msg);
    g.dict!.set('__eg_exceptions__', tuple(excs));
    return g;
  })));
  defineMethods(BaseExceptionGroup, {
    __init__: () => None,
    __str__: (a) => {
      const e = a[0] as PyExc;
      const n = groupExceptions(e).length;
      return `${String(groupMessage(e))} (${n} sub-exception${n === 1 ? '' : 's'})`;
    },
    derive: (a) => makeGroup(BaseExceptionGroup, groupMessage(a[0] as PyExc), (a[1] instanceof PyList || a[1] instanceof PyTuple ? a[1].items : []) as PyExc[]),
    *split(a) {
      const [m, r] = yield* splitGroup(a[0] as PyExc, condOf(a[1]), true);
      return new PyTuple([m ?? None, r ?? None]);
    },
    *subgroup(a) {
      const [m] = yield* splitGroup(a[0] as PyExc, condOf(a[1]), false);
      return m ?? None;
    },
  });
  defineGetSets(BaseExceptionGroup, {
    message: [(o) => groupMessage(o as PyExc)],
    exceptions: [(o) => tuple(groupExceptions(o as PyExc))],
  });
}
