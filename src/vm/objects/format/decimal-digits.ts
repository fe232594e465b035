// Exact decimal digits of a finite double, correctly rounded half-even on its exact binary
// value — what CPython's dtoa (Python/dtoa.c) returns in modes 0, 2 and 3. JS toFixed /
// toPrecision round ties away from zero and stop at 100 digits, so we do it with bigints.

/** A digit string without leading zeros and a decimal point position: value = 0.DIGITS × 10^decpt. */
export interface Digits {
  digits: string;
  decpt: number;
}

const bits = new DataView(new ArrayBuffer(8));

/** |x| as mantissa × 2^exponent, both exact (x finite). */
export function decompose(x: number): { mantissa: bigint; exponent: number } {
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa, exponent: -1074 };
  mantissa |= 1n << 52n;
  return { mantissa, exponent: biased - 1075 };
}

/** The sign bit (true for -0.0 as well). */
export function signBit(x: number): boolean {
  bits.setFloat64(0, x);
  return (bits.getUint32(0) & 0x80000000) !== 0;
}

const pow10Cache: bigint[] = [];
export function pow10(n: number): bigint {
  if (n < 64) {
    let cached = pow10Cache[n];
    if (cached === undefined) {
      cached = 10n ** BigInt(n);
      pow10Cache[n] = cached;
    }
    return cached;
  }
  return 10n ** BigInt(n);
}

/** round(num / den) with ties to even; num >= 0, den > 0. */
export function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twiceRem = (num - q * den) * 2n;
  if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |x| × 10^scale as an exact fraction num/den. */
function scaled(x: number, scale: number): { num: bigint; den: bigint } {
  const { mantissa, exponent } = decompose(x);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return { num, den };
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}

/** floor(log10(|x|)) exactly, for finite non-zero x. */
function decimalExponent(x: number): number {
  let e = Math.floor(Math.log10(Math.abs(x)));
  // log10 may be off by one near powers of ten; settle it with exact comparisons.
  for (;;) {
    const { num, den } = scaled(x, -e); // |x| / 10^e
    if (num < den) e--;
    else if (num >= den * 10n) e++;
    else return e;
  }
}

/** The exponent of the lowest set bit of finite non-zero x: x is an odd multiple of 2^result. */
function lowestBitExponent(x: number): number {
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const exponent = biased === 0 ? -1074 : biased - 1075;
  const ctz = (w: number): number => 31 - Math.clz32(w & -w);
  if (lo !== 0) return exponent + ctz(lo);
  return exponent + 32 + ctz((hi & 0xfffff) | (biased === 0 ? 0 : 0x100000));
}

/**
 * JS's toExponential/toFixed round the exact binary value correctly but break ties upwards;
 * CPython breaks them to even. An exact tie at 10^-scale needs x × 2 × 10^scale to be an
 * integer, i.e. no set bit below 2^-(scale + 1): only then is the slow bigint path needed.
 */
function tieImpossible(x: number, scale: number): boolean {
  return lowestBitExponent(x) < -(scale + 1);
}

/** "d.ddde±N" or "ddd.ddd" from JS, as digits + decimal point position. */
function digitsOfJs(text: string): Digits {
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exp = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let decpt = (dot < 0 ? mantissa.length : dot) + exp;
  let lead = 0;
  while (lead < digits.length - 1 && digits.charCodeAt(lead) === 48) lead++;
  digits = digits.slice(lead);
  decpt -= lead;
  return { digits: stripTrailingZeros(digits), decpt };
}

/**
 * dtoa mode 2: |x| rounded to `ndigits` (>= 1) significant digits, trailing zeros removed.
 * Zero gives digits "0", decpt 1.
 */
export function significantDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  // a double's exact decimal expansion has at most 767 significant digits: beyond, no rounding
  ndigits = Math.min(ndigits, 800);
  const ax = Math.abs(x);
  if (ndigits <= 100) {
    const fast = ax.toExponential(ndigits - 1);
    const exp = Number(fast.slice(fast.indexOf('e') + 1));
    // the exponent may be one too high after rounding up, so allow for both scales
    if (tieImpossible(ax, ndigits - exp)) return digitsOfJs(fast);
  }
  let e = decimalExponent(x);
  const { num, den } = scaled(x, ndigits - 1 - e);
  let n = divRoundHalfEven(num, den);
  if (n === pow10(ndigits)) {
    n = pow10(ndigits - 1);
    e++;
  }
  return { digits: stripTrailingZeros(n.toString()), decpt: e + 1 };
}

/**
 * dtoa mode 3: |x| rounded to `ndigits` places after the decimal point (may be negative),
 * trailing zeros removed. A value that rounds to zero gives digits "" and decpt -ndigits;
 * zero itself gives "0", decpt 1.
 */
export function fixedDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  // the exact value has at most 1074 digits after the point: beyond, no rounding
  ndigits = Math.min(ndigits, 1100);
  const ax = Math.abs(x);
  if (ndigits >= 0 && ndigits <= 100 && ax < 1e21 && tieImpossible(ax, ndigits)) {
    const d = digitsOfJs(ax.toFixed(ndigits));
    return d.digits === '' ? { digits: '', decpt: -ndigits } : d;
  }
  const { num, den } = scaled(x, ndigits);
  const n = divRoundHalfEven(num, den);
  if (n === 0n) return { digits: '', decpt: -ndigits };
  const s = n.toString();
  return { digits: stripTrailingZeros(s), decpt: s.length - ndigits };
}

/**
 * dtoa mode 0: the shortest digit string that reads back as x (closest to x when several
 * are shortest). ECMAScript's Number-to-string algorithm has the same definition.
 */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const s = Math.abs(x).toExponential(); // "d.ddde+N", shortest round-trip digits
  const ePos = s.indexOf('e');
  const mantissa = s.slice(0, ePos).replace('.', '');
  const exp = Number(s.slice(ePos + 1));
  return { digits: stripTrailingZeros(mantissa), decpt: exp + 1 };
}
