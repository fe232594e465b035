// super(): attribute lookup starting after a class in the instance's MRO.
import { PyObj, PyType, PyBuiltin, CallReq, makeType, typeOf, methodDescriptorType, type PyObject } from './base';
import { PyFunction, PyMethod, PyClassMethod, PyStaticMethod, PyProperty, PyCell } from './function';
import { pyErr, RuntimeError, TypeError } from './exceptions';

export const superType = makeType('super');

export class PySuper extends PyObj {
  constructor(
    readonly thisType: PyType,
    readonly obj: PyObject,
    readonly objType: PyType,
  ) {
    super(superType);
  }
}

interface FrameLike {
  code: { varnames: string[]; cellvars: string[]; freevars: string[]; argcount: number; nlocalsplus: number };
  fast: (PyObject | undefined)[];
}
interface InterpLike {
  currentThread: { currentFrame(): FrameLike | null } | null;
}

export function makeSuper(interp: InterpLike, args: PyObject[]): PySuper {
  let t: PyObject, obj: PyObject;
  if (args.length === 0) {
    const f = interp.currentThread?.currentFrame();
    if (!f) throw pyErr(RuntimeError, 'super(): no current frame');
    const code = f.code;
    const fi = code.freevars.indexOf('__class__');
    if (fi < 0) throw pyErr(RuntimeError, 'super(): __class__ cell not found');
    const extra = code.cellvars.filter((c) => !code.varnames.includes(c)).length;
    const cell = f.fast[code.varnames.length + extra + fi] as PyCell;
    if (code.argcount === 0 && code.varnames.length === 0) throw pyErr(RuntimeError, 'super(): no arguments');
    let first = f.fast[0];
    if (first instanceof PyCell) first = first.value;
    if (first === undefined) throw pyErr(RuntimeError, 'super(): arg[0] deleted');
    if (cell === undefined || cell.value === undefined) throw pyErr(RuntimeError, 'super(): empty __class__ cell');
    t = cell.value;
    obj = first;
  } else {
    t = args[0];
    obj = args[1];
  }
  if (!(t instanceof PyType)) throw pyErr(TypeError, `super() argument 1 must be a type, not ${typeOf(t).name}`);
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtypeOf(t)) objType = obj;
  else if (typeOf(obj).isSubtypeOf(t)) objType = typeOf(obj);
  else throw pyErr(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(t, obj, objType);
}

export function superGetAttr(s: PySuper, name: string): PyObject | CallReq | undefined {
  if (name === '__class__') return superType;
  const mro = s.objType.mro;
  const start = mro.indexOf(s.thisType) + 1;
  for (let i = start; i < mro.length; i++) {
    const d = mro[i].dict!.get(name);
    if (d === undefined) continue;
    const isType = s.obj === s.objType && s.obj instanceof PyType;
    if (d instanceof PyFunction) return isType ? d : new PyMethod(d, s.obj);
    if (d instanceof PyBuiltin) {
      if (name === '__new__') return d;
      return d.cls === methodDescriptorType && !isType ? d.bind(s.obj) : d;
    }
    if (d instanceof PyClassMethod) return new PyMethod(d.func!, s.objType);
    if (d instanceof PyStaticMethod) return d.func!;
    if (d instanceof PyProperty) return d.fget ? new CallReq(d.fget, [s.obj]) : d;
    if (typeof d === 'object' && d.cls.isHeap) {
      const get = d.cls.lookup('__get__');
      if (get !== undefined) return new CallReq(get, [d, isType ? (null as never) : s.obj, s.objType]);
    }
    return d;
  }
  return undefined;
}
