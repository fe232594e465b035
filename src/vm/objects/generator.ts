// Generator objects: a suspended interpreter frame plus its state.
import { PyObj, makeType } from './base';

export const generatorType = makeType('generator');
export const coroutineType = makeType('coroutine');

export class PyGenerator extends PyObj {
  running = false;
  finished = false;
  started = false;
  constructor(
    /** The interpreter's Frame (typed loosely: objects must not depend on the interpreter). */
    readonly frame: { pc: number },
    public name: string,
    public qualname: string,
    cls = generatorType,
  ) {
    super(cls);
  }
}
