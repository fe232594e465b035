// getattr / setattr / delattr with Python's descriptor rules. Sync: where Python code must
// run (property getter, __getattr__, user descriptors) a CallReq is returned whose result is
// the answer; the interpreter performs it as a call, generators `yield` it.
import {
  PyObj, PyType, PyBuiltin, CallReq, None, typeOf, typeType, objectType, methodDescriptorType, bumpTypeEpoch,
  type PyObject,
} from './base';
import { PyFunction, PyMethod, PyClassMethod, PyStaticMethod, PyProperty, PyGetSet } from './function';
import { PyModule } from './module';
import { PySuper, superGetAttr } from './super';
import { pyErr, AttributeError, TypeError, PyExc } from './exceptions';

export function attrError(obj: PyObject, name: string): PyExc {
  let e: PyExc;
  if (obj instanceof PyModule) e = pyErr(AttributeError, `module '${obj.name}' has no attribute '${name}'`);
  else if (obj instanceof PyType) e = pyErr(AttributeError, `type object '${obj.name}' has no attribute '${name}'`);
  else e = pyErr(AttributeError, `'${typeOf(obj).name}' object has no attribute '${name}'`);
  e.dict!.set('name', name);
  e.dict!.set('obj', obj);
  return e;
}

function isDataDescriptor(d: PyObj): boolean {
  const t = d.cls;
  if (!t.isHeap) return false;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

/** Refresh a class's fast flags after its dunders changed. */
export function refreshTypeFlags(t: PyType): void {
  const ga = t.lookup('__getattribute__');
  t.hasGetattribute = ga !== undefined && !(ga instanceof PyBuiltin);
  t.hasGetattr = t.lookup('__getattr__') !== undefined;
  const sa = t.lookup('__setattr__');
  t.hasSetattr = sa !== undefined && !(sa instanceof PyBuiltin);
  const h = t.lookup('__hash__');
  t.unhashable = h === None;
  t.customHash = h !== undefined && h !== None && !(h instanceof PyBuiltin && h.qualname === 'object.__hash__');
  if (!t.customHash && !t.unhashable && t.isHeap) {
    // defining __eq__ without __hash__ makes a class unhashable (checked at creation)
  }
}

/** Bind a class-dict value found for an instance access. */
export function bindDescriptor(d: PyObject, obj: PyObject, t: PyType): PyObject | CallReq {
  if (typeof d !== 'object') return d;
  if (d instanceof PyFunction) return new PyMethod(d, obj);
  if (d instanceof PyBuiltin) return d.cls === methodDescriptorType ? d.bind(obj) : d;
  if (d instanceof PyClassMethod) return new PyMethod(d.func!, t);
  if (d instanceof PyStaticMethod) return d.func!;
  if (d.cls.isHeap) {
    const get = d.cls.lookup('__get__');
    if (get !== undefined) return new CallReq(get, [d, obj, t]);
  }
  return d;
}

export function getAttr(obj: PyObject, name: string): PyObject | CallReq {
  const r = getAttrOpt(obj, name);
  if (r === undefined) throw attrError(obj, name);
  return r;
}

/** Like getAttr but undefined when the attribute is missing (no Python code involved). */
export function getAttrOpt(obj: PyObject, name: string): PyObject | CallReq | undefined {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  if (obj instanceof PySuper) return superGetAttr(obj, name);
  const t = typeOf(obj);
  if (t.hasGetattribute) return new CallReq(t.lookup('__getattribute__')!, [obj, name]);
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object') {
    if (d instanceof PyGetSet) return d.get(obj);
    if (d instanceof PyProperty) {
      if (d.fget === null) throw pyErr(AttributeError, `property '${name}' of '${t.name}' object has no getter`);
      return new CallReq(d.fget, [obj]);
    }
    if (d.cls.isHeap && isDataDescriptor(d)) {
      const get = d.cls.lookup('__get__');
      if (get !== undefined) return new CallReq(get, [d, obj, t]);
    }
  }
  if (typeof obj === 'object' && obj.dict !== null) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bindDescriptor(d, obj, t);
  if (t.hasGetattr) return new CallReq(t.lookup('__getattr__')!, [obj, name]);
  return undefined;
}

function typeGetAttr(C: PyType, name: string): PyObject | CallReq | undefined {
  const meta = C.cls;
  const md = meta.lookup(name);
  if (md instanceof PyGetSet) return md.get(C);
  if (md instanceof PyProperty && md.fget !== null) return new CallReq(md.fget, [C]);
  const d = C.lookup(name);
  if (d !== undefined) {
    if (typeof d !== 'object') return d;
    if (d instanceof PyClassMethod) return new PyMethod(d.func!, C);
    if (d instanceof PyStaticMethod) return d.func!;
    if (d instanceof PyFunction || d instanceof PyBuiltin || d instanceof PyProperty || d instanceof PyGetSet) return d;
    if (d.cls.isHeap) {
      const get = d.cls.lookup('__get__');
      if (get !== undefined) return new CallReq(get, [d, None, C]);
    }
    return d;
  }
  if (md !== undefined) return bindDescriptor(md, C, meta);
  if (meta.hasGetattr) return new CallReq(meta.lookup('__getattr__')!, [C, name]);
  return undefined;
}

/** Generic attribute assignment; a CallReq when Python code performs it. */
export function setAttr(obj: PyObject, name: string, value: PyObject): CallReq | undefined {
  if (obj instanceof PyType) {
    const md = obj.cls.lookup(name);
    if (md instanceof PyGetSet && md.set !== null) {
      md.set(obj, value);
      return undefined;
    }
    if (!obj.isHeap) throw pyErr(TypeError, `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.setAttr(name, value);
    if (name.startsWith('__')) refreshTypeFlags(obj);
    return undefined;
  }
  const t = typeOf(obj);
  if (t.hasSetattr) return new CallReq(t.lookup('__setattr__')!, [obj, name, value]);
  return genericSetAttr(obj, name, value);
}

/** object.__setattr__: descriptors, then the instance dict. */
export function genericSetAttr(obj: PyObject, name: string, value: PyObject): CallReq | undefined {
  const t = typeOf(obj);
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object') {
    if (d instanceof PyProperty) {
      if (d.fset === null) throw pyErr(AttributeError, `property '${name}' of '${t.name}' object has no setter`);
      return new CallReq(d.fset, [obj, value]);
    }
    if (d instanceof PyGetSet) {
      if (d.set === null) throw pyErr(AttributeError, `attribute '${name}' of '${t.name}' objects is not writable`);
      d.set(obj, value);
      return undefined;
    }
    if (d.cls.isHeap) {
      const set = d.cls.lookup('__set__');
      if (set !== undefined) return new CallReq(set, [d, obj, value]);
    }
  }
  if (typeof obj === 'object' && obj.dict !== null) {
    obj.dict.set(name, value);
    return undefined;
  }
  if (d !== undefined) throw pyErr(AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
  throw attrError(obj, name);
}

export function delAttr(obj: PyObject, name: string): CallReq | undefined {
  if (obj instanceof PyType) {
    if (!obj.dict!.has(name)) throw attrError(obj, name);
    obj.dict!.delete(name);
    bumpTypeEpoch();
    return undefined;
  }
  const t = typeOf(obj);
  const da = t.lookup('__delattr__');
  if (da !== undefined && !(da instanceof PyBuiltin)) return new CallReq(da, [obj, name]);
  const d = t.lookup(name);
  if (d instanceof PyProperty) {
    if (d.fdel === null) throw pyErr(AttributeError, `property '${name}' of '${t.name}' object has no deleter`);
    return new CallReq(d.fdel, [obj]);
  }
  if (d !== undefined && typeof d === 'object' && d.cls.isHeap) {
    const del = d.cls.lookup('__delete__');
    if (del !== undefined) return new CallReq(del, [d, obj]);
  }
  if (typeof obj === 'object' && obj.dict !== null && obj.dict.delete(name)) return undefined;
  throw attrError(obj, name);
}

/** For LOAD_ATTR's method form: [function, self] when no bound method needs creating. */
export function lookupMethod(obj: PyObject, name: string): PyObject | undefined {
  const t = typeOf(obj);
  if (t.hasGetattribute || obj instanceof PyType || obj instanceof PySuper) return undefined;
  const d = t.lookup(name);
  if (d instanceof PyFunction || (d instanceof PyBuiltin && d.cls === methodDescriptorType)) {
    if (typeof obj === 'object' && obj.dict !== null && obj.dict.has(name)) return undefined;
    return d;
  }
  return undefined;
}

export { objectType, typeType };
