// float //, %, divmod() and ** with CPython's exact algorithms (Objects/floatobject.c
// float_divmod, float_rem, float_pow). `1 // 0.1` is 9.0, not 10.0: the quotient comes from
// fmod, which is exact, rather than from rounding a / b.
import { crPow } from '../../modules/native/correctly-rounded-math';
import { FormatError } from './format-error';

/** (x // y, x % y) — the shared core of all three operators; y must be non-zero. */
function divmodCore(x: number, y: number): [number, number] {
  let mod = x % y; // C fmod: exact
  let div = (x - mod) / y;
  if (mod !== 0) { // C truth: NaN counts as non-zero
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = y < 0 ? -0 : 0; // a zero remainder takes the divisor's sign
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0; // snap to the nearest integral value
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0; // zero with the true quotient's sign
  }
  return [floordiv, mod];
}

export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw new FormatError('ZeroDivisionError', 'float divmod()');
  return divmodCore(x, y);
}

export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw new FormatError('ZeroDivisionError', 'float floor division by zero');
  return divmodCore(x, y)[0];
}

export function floatMod(x: number, y: number): number {
  if (y === 0) throw new FormatError('ZeroDivisionError', 'float modulo');
  let mod = x % y;
  if (mod !== 0) { // C truth: NaN counts as non-zero
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

const isOddInteger = (v: number): boolean => Math.abs(v) % 2 === 1;

/**
 * x ** y for floats. Returns null where CPython's answer is a complex number (a negative base
 * with a non-integral exponent); the VM decides what to do with that.
 */
export function floatPow(x: number, y: number): number | null {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return 1.0 === x ? 1.0 : x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return y > 0 === ax > 1.0 ? Infinity : 0.0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw new FormatError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0.0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return null;
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1.0) return negate ? -1.0 : 1.0;
  let result = crPow(x, y);
  if (!Number.isFinite(result)) throw new FormatError('OverflowError', "(34, 'Numerical result out of range')");
  if (negate) result = -result;
  return result;
}
