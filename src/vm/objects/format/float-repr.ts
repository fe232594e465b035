// repr(float) and str(float) — identical since Python 3.1: the shortest string that reads back
// as the same double, in exponent form below 1e-4 and from 1e16 up.
import { doubleToString } from './double-to-string';

export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}
