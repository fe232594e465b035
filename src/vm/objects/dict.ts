// dict: insertion-ordered KeyTable. Methods live in dict-methods.ts.
import { PyObj, PyType, makeType, type PyObject } from './base';
import { KeyTable } from './hashkey';

export const dictType: PyType = makeType('dict', undefined, (cls) => new PyDict(cls));

export class PyDict extends PyObj {
  table: KeyTable;
  constructor(cls: PyType = dictType, table?: KeyTable) {
    super(cls);
    this.table = table ?? new KeyTable();
  }
  /** A dict object sharing an instance's or module's attribute map (live `__dict__`). */
  static wrap(map: Map<unknown, PyObject>): PyDict {
    const d = new PyDict();
    d.table.map = map;
    return d;
  }
  get(k: PyObject): PyObject | undefined {
    return this.table.get(k);
  }
  set(k: PyObject, v: PyObject): void {
    this.table.set(k, v);
  }
  get size(): number {
    return this.table.size;
  }
}

export function dictFrom(entries: [PyObject, PyObject][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
