// range and slice objects.
import { PyObj, makeType, None, type PyObject } from './base';
import { pyErr, TypeError, ValueError } from './exceptions';
import { typeOf } from './base';

export const rangeType = makeType('range');
export const sliceType = makeType('slice');
sliceType.unhashable = true;

export class PyRange extends PyObj {
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(rangeType);
    if (step === 0) throw pyErr(ValueError, 'range() arg 3 must not be zero');
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.length = n > 0 ? n : 0;
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
}

export class PySlice extends PyObj {
  constructor(
    readonly start: PyObject,
    readonly stop: PyObject,
    readonly step: PyObject,
  ) {
    super(sliceType);
  }
}

function sliceInt(x: PyObject, what: string): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  void what;
  throw pyErr(TypeError, 'slice indices must be integers or None or have an __index__ method');
}

/** slice.indices(len): normalised [start, stop, step, count]. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const step = s.step === None ? 1 : sliceInt(s.step, 'step');
  if (step === 0) throw pyErr(ValueError, 'slice step cannot be zero');
  let start: number, stop: number;
  if (step > 0) {
    start = s.start === None ? 0 : sliceInt(s.start, 'start');
    stop = s.stop === None ? len : sliceInt(s.stop, 'stop');
    if (start < 0) start = Math.max(0, start + len);
    else start = Math.min(start, len);
    if (stop < 0) stop = Math.max(0, stop + len);
    else stop = Math.min(stop, len);
    const count = stop > start ? Math.ceil((stop - start) / step) : 0;
    return [start, stop, step, count];
  }
  start = s.start === None ? len - 1 : sliceInt(s.start, 'start');
  stop = s.stop === None ? -1 : sliceInt(s.stop, 'stop');
  if (start < 0) start = Math.max(-1, start + len);
  else start = Math.min(start, len - 1);
  if (s.stop !== None) {
    if (stop < 0) stop = Math.max(-1, stop + len);
    else stop = Math.min(stop, len - 1);
  }
  const count = start > stop ? Math.ceil((start - stop) / -step) : 0;
  return [start, stop, step, count];
}

export function isIndexable(x: PyObject): boolean {
  const t = typeof x;
  return t === 'number' || t === 'boolean' || t === 'bigint' || (t === 'object' && typeOf(x).lookup('__index__') !== undefined);
}

/** A range whose bounds leave the safe-integer range (CPython's ranges are arbitrary ints). */
export class PyBigRange extends PyObj {
  readonly length: bigint;
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super(rangeType);
    if (step === 0n) throw pyErr(ValueError, 'range() arg 3 must not be zero');
    const span = step > 0n ? stop - start : start - stop;
    const st = step > 0n ? step : -step;
    this.length = span > 0n ? (span + st - 1n) / st : 0n;
  }
  at(i: bigint): bigint {
    return this.start + i * this.step;
  }
  contains(v: bigint): boolean {
    if (this.step > 0n ? v < this.start || v >= this.stop : v > this.start || v <= this.stop) return false;
    return (v - this.start) % this.step === 0n;
  }
}

/** range(...) from int arguments: the fast number form when everything fits. */
export function makeRange(args: (number | bigint)[]): PyObj {
  const [start, stop, step] = args.length === 1 ? [0, args[0], 1] : [args[0], args[1], args[2] ?? 1];
  const safe = (x: number | bigint) => typeof x === 'number';
  if (safe(start) && safe(stop) && safe(step)) {
    const span = Math.abs((stop as number) - (start as number));
    if (span <= Number.MAX_SAFE_INTEGER) return new PyRange(start as number, stop as number, step as number);
  }
  return new PyBigRange(BigInt(start), BigInt(stop), BigInt(step));
}
