// Iterator type helper for bytes (shares the array iterator implementation).
import { makeType, type PyType } from './base';
export { PyArrayIter } from './iterators';
export function makeIterType(name: string): PyType {
  return makeType(name);
}
