// Python functions, bound methods, cells, and the descriptor types (classmethod,
// staticmethod, property, getset).
import { PyObj, makeType, type PyObject, type PyType } from './base';
import type { CodeObject } from '../compiler/code';
import type { PyDict } from './dict';

export const functionType = makeType('function');
export const methodType = makeType('method');
export const cellType = makeType('cell');
export const classmethodType = makeType('classmethod', undefined, (cls) => new PyClassMethod(cls, null));
export const staticmethodType = makeType('staticmethod', undefined, (cls) => new PyStaticMethod(cls, null));
export const propertyType = makeType('property', undefined, (cls) => new PyProperty(cls));
export const getsetType = makeType('getset_descriptor');

export class PyCell extends PyObj {
  constructor(public value: PyObject | undefined) {
    super(cellType);
  }
}

export class PyFunction extends PyObj {
  name: string;
  qualname: string;
  doc: PyObject;
  module: PyObject;
  annotations: PyObject | null = null;
  constructor(
    public code: CodeObject,
    public globals: PyDict,
    public defaults: PyObject[] | null,
    public kwdefaults: Map<string, PyObject> | null,
    public closure: PyCell[] | null,
    doc: PyObject,
    module: PyObject,
  ) {
    super(functionType, new Map());
    this.name = code.name;
    this.qualname = code.qualname;
    this.doc = doc;
    this.module = module;
  }
}

export class PyMethod extends PyObj {
  constructor(
    readonly func: PyObject,
    readonly self: PyObject,
  ) {
    super(methodType);
  }
}

export class PyClassMethod extends PyObj {
  constructor(
    cls: PyType,
    public func: PyObject | null,
  ) {
    super(cls, new Map());
  }
}
export class PyStaticMethod extends PyObj {
  constructor(
    cls: PyType,
    public func: PyObject | null,
  ) {
    super(cls, new Map());
  }
}
export class PyProperty extends PyObj {
  fget: PyObject | null = null;
  fset: PyObject | null = null;
  fdel: PyObject | null = null;
  doc: PyObject | null = null;
  name: string | null = null;
  constructor(cls: PyType = propertyType) {
    super(cls);
  }
}

/** A data descriptor implemented in JS (e.g. BaseException.args, function.__name__). */
export class PyGetSet extends PyObj {
  constructor(
    readonly name: string,
    readonly get: (obj: PyObject) => PyObject,
    readonly set: ((obj: PyObject, v: PyObject) => void) | null = null,
  ) {
    super(getsetType);
  }
}

export function defineGetSets(t: PyType, props: Record<string, [(obj: PyObject) => PyObject, ((obj: PyObject, v: PyObject) => void)?]>): void {
  for (const [name, [g, s]] of Object.entries(props)) t.dict!.set(name, new PyGetSet(name, g, s ?? null));
}
