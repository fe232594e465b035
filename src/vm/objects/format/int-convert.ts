// int → float conversion as float(int) does it: round half-even to the nearest double,
// OverflowError past the largest double.
import { FormatError } from './format-error';

export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  // Number(bigint) rounds to nearest, ties to even — the same as CPython's PyLong_AsDouble.
  const x = Number(v);
  if (!Number.isFinite(x)) throw new FormatError('OverflowError', 'int too large to convert to float');
  return x;
}
