// tuple: an immutable JS array. Methods live in sequence-methods.ts.
import { PyObj, PyType, makeType, type PyObject } from './base';

export const tupleType: PyType = makeType('tuple', undefined, (cls) => new PyTuple([], cls));

export class PyTuple extends PyObj {
  constructor(
    readonly items: PyObject[],
    cls: PyType = tupleType,
  ) {
    super(cls);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
export function tuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
