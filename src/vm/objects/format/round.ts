// round() for floats and ints (Objects/floatobject.c float___round___impl, double_round;
// Objects/longobject.c int___round___impl): correctly rounded, ties to even on the exact value.
import { fixedDigits, pow10 } from './decimal-digits';
import { FormatError } from './format-error';
import { normalizeInt, type PyIntValue } from './number-parse';

// Beyond these, a double always rounds to itself / to a signed zero.
const NDIGITS_MAX = Math.trunc((53 + 1021) * 0.30103);
const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103);

/** round(x, ndigits) for a float x; ndigits may be any int (clamped as CPython's Py_ssize_t). */
export function roundFloat(x: number, ndigits: PyIntValue): number {
  if (!Number.isFinite(x)) return x;
  const n = Number(ndigits);
  if (n > NDIGITS_MAX) return x;
  if (n < NDIGITS_MIN) return 0 * x;
  const { digits, decpt } = fixedDigits(x, n);
  const negative = x < 0 || Object.is(x, -0);
  // "<sign>0<digits>e<exp>" read back correctly rounded, as CPython does with strtod
  const rounded = Number(`${negative ? '-' : ''}0${digits}e${decpt - digits.length}`);
  if (!Number.isFinite(rounded)) throw new FormatError('OverflowError', 'rounded value too large to represent');
  return rounded;
}

/** round(x) for a float x: the nearest int, ties to even. */
export function roundFloatToInt(x: number): PyIntValue {
  if (Number.isNaN(x)) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
  let rounded = Math.round(x); // ties toward +inf: fix the halfway cases to even
  if (Math.abs(x - Math.trunc(x)) === 0.5) rounded = 2 * Math.round(x / 2);
  if (Number.isSafeInteger(rounded)) return rounded === 0 ? 0 : rounded;
  return normalizeInt(BigInt(rounded));
}

/** round(v, ndigits) for an int v: unchanged for ndigits >= 0, else to a multiple of 10^-ndigits. */
export function roundInt(v: PyIntValue, ndigits: PyIntValue): PyIntValue {
  if (ndigits >= 0) return v;
  const big = BigInt(v);
  const magnitude = big < 0n ? -big : big;
  const places = -BigInt(ndigits);
  // 10^places > 2|v| (ties included: 0 is even) rounds to zero; skip the huge power.
  if (places > BigInt(magnitude.toString().length + 1)) return 0;
  const unit = pow10(Number(places));
  let q = magnitude / unit;
  const twiceRem = (magnitude - q * unit) * 2n;
  if (twiceRem > unit || (twiceRem === unit && (q & 1n) === 1n)) q += 1n;
  const result = q * unit;
  return normalizeInt(big < 0n ? -result : result);
}
