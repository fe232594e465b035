// `_except_star`: the state machine behind compiled `except*` clauses (compiler/try-star.ts).
// It splits the raised group handler by handler, collects what handlers raise, and combines
// the unhandled rest with raised exceptions the way CPython's PREP_RERAISE_STAR does.
import { PyObj, PyType, makeType, defineMethods, None, type PyObject } from '../objects/base';
import { PyTuple } from '../objects/tuple';
import { PyExc, pyErr, TypeError, BaseException, Exception, BaseExceptionGroup, ExceptionGroup } from '../objects/exceptions';
import { isGroup, groupExceptions, makeGroup, splitGroup } from '../objects/exception-group';
import { defineGetSets } from '../objects/function';
import { defineNativeModule } from './registry';
import { makeModule } from './native-modules';
import type { Interpreter } from '../interpreter/interpreter';

let host: Interpreter | null = null;
/** Re-raised exceptions already hold this frame's entry: do not add a second one. */
function throwAgain(e: PyExc): never {
  const f = host?.currentThread?.currentFrame() ?? null;
  if (f !== null && e.traceback.length && e.traceback[0].frame === f) e.skipFrame = f;
  throw e;
}

const stateType: PyType = makeType('State', undefined, (cls) => new ExceptStarState(cls), '_except_star');

class ExceptStarState extends PyObj {
  orig: PyExc | null = null;
  /** The group being split (the original, or a naked exception wrapped in a group). */
  group: PyExc | null = null;
  rest: PyExc | null = null;
  matched: PyObject = None;
  matches: PyExc[] = [];
  kept: PyExc[] = [];
  raisedNew: PyExc[] = [];
  constructor(cls: PyType) {
    super(cls, null);
  }
}

function leaves(e: PyExc, out: Set<PyExc>): Set<PyExc> {
  if (isGroup(e)) for (const x of groupExceptions(e)) leaves(x, out);
  else out.add(e);
  return out;
}

function matchTypes(x: PyObject): PyType[] {
  const ts = x instanceof PyTuple ? x.items : [x];
  for (const t of ts) {
    if (!(t instanceof PyType) || !t.isSubtypeOf(BaseException)) {
      throw pyErr(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
    if (t.isSubtypeOf(BaseExceptionGroup)) {
      throw pyErr(TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
  return ts as PyType[];
}

defineMethods(stateType, {
  begin: (a) => {
    const s = a[0] as ExceptStarState;
    const e = a[1] as PyExc;
    s.orig = e;
    if (isGroup(e)) s.group = e;
    else {
      // a fresh group that was never raised: it has no traceback of its own
      s.group = makeGroup(e.cls.isSubtypeOf(Exception) ? ExceptionGroup : BaseExceptionGroup, '', [e], true);
    }
    s.rest = s.group;
    return None;
  },
  *match(a) {
    const s = a[0] as ExceptStarState;
    const types = matchTypes(a[1]);
    if (s.rest === null) return false;
    if (s.orig !== null && !isGroup(s.orig)) {
      // a naked exception matches as the group that wraps it (CPython's exception_group_match)
      if (!types.some((t) => s.orig!.cls.isSubtypeOf(t))) return false;
      s.matched = s.group!;
      s.matches.push(s.group!);
      s.rest = null;
      return true;
    }
    const [m, r] = yield* splitGroup(s.rest, { kind: 'types', types }, true);
    s.rest = r;
    if (m === null) return false;
    s.matched = m;
    s.matches.push(m);
    return true;
  },
  raised: (a) => {
    const s = a[0] as ExceptStarState;
    const x = a[1] as PyExc;
    // raised while handling the matched part, which is what CPython chains it to
    if (x.context === s.orig && x !== s.orig && s.matched instanceof PyExc) x.context = s.matched;
    if (s.matches.includes(x)) s.kept.push(x);
    else s.raisedNew.push(x);
    return None;
  },
  nothing_matched: (a) => (a[0] as ExceptStarState).matches.length === 0,
  reraise: (a) => {
    const s = a[0] as ExceptStarState;
    if (s.group === null) return None;
    if (s.orig !== null && !isGroup(s.orig)) {
      // a naked exception: only one clause ran, its outcome is raised as is
      const only = s.raisedNew[0] ?? s.kept[0] ?? s.rest;
      s.group = null;
      if (only) throwAgain(only);
      return None;
    }
    const keep = new Set<PyExc>();
    for (const k of s.kept) leaves(k, keep);
    if (s.rest) leaves(s.rest, keep);
    let keptGroup: PyExc | null = null;
    if (keep.size) {
      keptGroup = project(s.group, keep);
    }
    // one outcome is raised as is; several are combined into a new group
    const parts = [...s.raisedNew, ...(keptGroup ? [keptGroup] : [])];
    const result = parts.length > 1 ? makeGroup(BaseExceptionGroup, '', parts) : parts.length ? parts[0] : null;
    s.group = null;
    if (result !== null) throwAgain(result);
    return None;
  },
});
defineGetSets(stateType, { matched: [(o) => (o as ExceptStarState).matched] });

/** The part of `g` whose leaves are in `keep`, with the original nesting. */
function project(g: PyExc, keep: Set<PyExc>): PyExc | null {
  if (!isGroup(g)) return keep.has(g) ? g : null;
  const parts: PyExc[] = [];
  let all = true;
  for (const x of groupExceptions(g)) {
    const p = project(x, keep);
    if (p !== x) all = false;
    if (p) parts.push(p);
  }
  if (all) return g;
  if (!parts.length) return null;
  const d = makeGroup(g.cls.isHeap ? (g.cls.isSubtypeOf(ExceptionGroup) ? ExceptionGroup : BaseExceptionGroup) : g.cls, g.dict!.get('__eg_message__') ?? '', parts);
  d.traceback = g.traceback;
  return d;
}

defineNativeModule('_except_star', (interp) => {
  host = interp;
  return makeModule('_except_star', { State: stateType });
});
