// Module objects: a name and a globals dict.
import { PyObj, makeType } from './base';
import { PyDict } from './dict';

export const moduleType = makeType('module', undefined, (cls) => new PyModule('?', new PyDict(), cls));

export class PyModule extends PyObj {
  constructor(
    public name: string,
    public globals: PyDict,
    cls = moduleType,
  ) {
    super(cls);
    this.dict = globals.table.map;
    if (!globals.table.map.has('__name__')) globals.table.map.set('__name__', name);
  }
}
