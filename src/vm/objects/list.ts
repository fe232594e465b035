// list: a JS array of PyObjects. Methods live in list-methods.ts.
import { PyObj, PyType, makeType, type PyObject } from './base';

export const listType: PyType = makeType('list', undefined, (cls) => new PyList([], cls));

export class PyList extends PyObj {
  constructor(
    public items: PyObject[],
    cls: PyType = listType,
  ) {
    super(cls);
  }
}
