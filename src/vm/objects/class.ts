// Creating classes: type(name, bases, ns) and the class statement's __build_class__.
import {
  PyType, PyBuiltin, CallReq, None, typeOf, typeType, objectType, MroError, type PyObject, type KwArgs, type NativeGen,
} from './base';
import { PyDict } from './dict';
import { PyTuple } from './tuple';
import { PyFunction, PyCell, PyStaticMethod, PyClassMethod, staticmethodType, classmethodType } from './function';
import { pyErr, TypeError, RuntimeError } from './exceptions';
import { refreshTypeFlags, getAttrOpt } from './attributes';

function mostDerivedMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bm = b.cls;
    if (winner.isSubtypeOf(bm)) continue;
    if (bm.isSubtypeOf(winner)) {
      winner = bm;
      continue;
    }
    throw pyErr(TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns): the class object, before __set_name__/__init_subclass__. */
export function createClass(meta: PyType, name: string, basesObj: PyObject, ns: PyDict): PyType {
  const bases: PyType[] = [];
  if (basesObj instanceof PyTuple) {
    for (const b of basesObj.items) {
      if (!(b instanceof PyType)) throw pyErr(TypeError, `bases must be types`);
      bases.push(b);
    }
  }
  for (const b of bases) {
    if (['bool', 'NoneType', 'range', 'slice', 'function', 'generator'].includes(b.name) && !b.isHeap) {
      throw pyErr(TypeError, `type '${b.name}' is not an acceptable base type`);
    }
  }
  const seen = new Set<PyType>();
  for (const b of bases) {
    if (seen.has(b)) throw pyErr(TypeError, `duplicate base class ${b.name}`);
    seen.add(b);
  }
  let t: PyType;
  try {
    t = new PyType(name, bases.length ? bases : [objectType], { builtin: false, metaclass: meta });
  } catch (e) {
    if (e instanceof MroError) throw pyErr(TypeError, e.message);
    throw e;
  }
  t.isHeap = true;
  t.isBuiltin = false;
  if (t.factory === null) t.factory = objectType.factory;
  const mod = ns.get('__module__');
  t.module = typeof mod === 'string' ? mod : '__main__';
  const qn = ns.get('__qualname__');
  t.qualname = typeof qn === 'string' ? qn : name;
  for (const [k, v] of ns.table.entries()) {
    if (k === '__qualname__' || k === '__classcell__') continue;
    let val = v;
    if ((k === '__new__') && v instanceof PyFunction) val = new PyStaticMethod(staticmethodType, v);
    if ((k === '__init_subclass__' || k === '__class_getitem__') && v instanceof PyFunction) val = new PyClassMethod(classmethodType, v);
    t.dict!.set(k as string, val);
  }
  if (!t.dict!.has('__doc__')) t.dict!.set('__doc__', None);
  if (ns.table.has('__eq__') && !ns.table.has('__hash__')) t.dict!.set('__hash__', None);
  applySlots(t, ns.get('__slots__'));
  refreshTypeFlags(t);
  const cell = ns.get('__classcell__');
  if (cell instanceof PyCell) cell.value = t;
  return t;
}

import { applySlots } from './slots';

/** The rest of type.__new__: __set_name__ on descriptors and the parent's __init_subclass__. */
export function* finishClass(t: PyType, kw: KwArgs | null): NativeGen {
  for (const [k, v] of [...t.dict!.entries()]) {
    if (typeof v !== 'object') continue;
    const sn = typeOf(v).lookup('__set_name__');
    if (sn !== undefined) yield new CallReq(sn, [v, t, k as string]);
  }
  const parent = t.mro[1];
  const init = parent ? superLookup(t, '__init_subclass__') : undefined;
  if (init !== undefined) {
    let fn: PyObject = init;
    if (init instanceof PyClassMethod) fn = init.func!;
    if (fn instanceof PyBuiltin && fn.qualname === 'object.__init_subclass__') {
      if (kw && kw.size) throw pyErr(TypeError, `${t.name}.__init_subclass__() takes no keyword arguments`);
    } else yield new CallReq(fn, [t], kw && kw.size ? kw : null);
  }
  return t;
}

function superLookup(t: PyType, name: string): PyObject | undefined {
  for (const m of t.mro.slice(1)) {
    const v = m.dict!.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** __build_class__(func, name, *bases, metaclass=None, **kwds). */
export function* buildClass(args: PyObject[], kw: KwArgs | null, bodyCall: (f: PyFunction, ns: PyDict) => PyObject): NativeGen {
  const [func, name, ...basesIn] = args;
  if (!(func instanceof PyFunction)) throw pyErr(TypeError, '__build_class__: func must be a function');
  if (typeof name !== 'string') throw pyErr(TypeError, '__build_class__: name is not a string');
  let bases: PyObject[] = basesIn;
  // PEP 560: __mro_entries__
  const resolved: PyObject[] = [];
  let changed = false;
  for (const b of bases) {
    if (!(b instanceof PyType)) {
      let me = getAttrOpt(b, '__mro_entries__');
      if (me instanceof CallReq) me = yield me;
      if (me !== undefined) {
        const r = yield new CallReq(me as PyObject, [new PyTuple(bases)]);
        if (r instanceof PyTuple) resolved.push(...r.items);
        changed = true;
        continue;
      }
    }
    resolved.push(b);
  }
  if (changed) bases = resolved;
  let kwds: KwArgs | null = kw ? new Map(kw) : null;
  let meta: PyObject | undefined = kwds?.get('metaclass');
  if (meta !== undefined) kwds!.delete('metaclass');
  if (kwds && kwds.size === 0) kwds = null;
  const typeBases = bases.filter((b): b is PyType => b instanceof PyType);
  if (meta === undefined) meta = typeBases.length ? typeBases[0].cls : typeType;
  if (meta instanceof PyType) meta = mostDerivedMeta(meta, typeBases);
  let ns: PyObject;
  const prepare = meta instanceof PyType ? meta.lookup('__prepare__') : undefined;
  if (prepare !== undefined && !(prepare instanceof PyBuiltin)) {
    const fn = prepare instanceof PyClassMethod ? prepare.func! : prepare;
    ns = yield new CallReq(fn, prepare instanceof PyClassMethod ? [meta, name, new PyTuple(bases)] : [name, new PyTuple(bases)], kwds);
  } else ns = new PyDict();
  if (!(ns instanceof PyDict)) throw pyErr(TypeError, '__prepare__ must return a dict');
  const cell = yield new CallReq(bodyCall(func, ns), []);
  const cls = yield new CallReq(meta, [name, new PyTuple(bases), ns], kwds);
  if (cell instanceof PyCell && cls instanceof PyType) {
    if (cell.value !== cls) {
      if (cell.value === undefined) cell.value = cls;
      else throw pyErr(RuntimeError, `__class__ set to ${String(cell.value)} defining '${name}' as ${cls.name}`);
    }
  }
  return cls;
}
