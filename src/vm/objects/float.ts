// float: a boxed JS number so that 1 and 1.0 stay different values.
import { PyObj, PyType, floatType } from './base';

export { floatType };
floatType.factory = (cls) => new PyFloat(0, cls);

export class PyFloat extends PyObj {
  constructor(
    readonly value: number,
    cls: PyType = floatType,
  ) {
    super(cls);
  }
}
export function float(v: number): PyFloat {
  return new PyFloat(v);
}
