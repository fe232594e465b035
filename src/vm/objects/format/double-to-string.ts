// PyOS_double_to_string (Python/pystrtod.c): the one routine behind repr(float), str(float),
// format(float, spec) and '%f' % x. Digits come from decimal-digits.ts; this file lays them
// out (padding zeros, decimal point, exponent) exactly as CPython's format_float_short does.
import { fixedDigits, shortestDigits, signBit, significantDigits, type Digits } from './decimal-digits';

/** 'r' is repr's shortest round-trip form; upper-case codes print E / INF / NAN. */
export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: write '+' for non-negative values. */
  alwaysSign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integral values keep ".0" (repr, and format() without a type). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: the '#' flag — keep the decimal point and trailing zeros. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: the 'z' flag — a value that rounds to zero loses its minus sign. */
  noNegZero?: boolean;
}

export function doubleToString(
  x: number,
  code: DoubleFormatCode,
  precision: number,
  flags: DoubleToStringFlags = {},
): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lower = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  let negative = signBit(x);

  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) negative = false; // CPython ignores the sign of a nan
    const word = Number.isNaN(x) ? 'nan' : 'inf';
    return signPrefix(negative, flags) + (upper ? word.toUpperCase() : word);
  }

  let d: Digits;
  switch (lower) {
    case 'r':
      d = shortestDigits(x);
      break;
    case 'e':
      precision += 1; // 'e' asks for precision digits after the first one
      d = significantDigits(x, precision);
      break;
    case 'g':
      if (precision === 0) precision = 1;
      d = significantDigits(x, precision);
      break;
    case 'f':
      d = fixedDigits(x, precision);
      break;
  }
  if (negative && flags.noNegZero && /^0*$/.test(d.digits)) negative = false;
  return signPrefix(negative, flags) + layout(d, lower, precision, flags, upper);
}

function signPrefix(negative: boolean, flags: DoubleToStringFlags): string {
  if (negative) return '-';
  return flags.alwaysSign ? '+' : '';
}

/**
 * Output the slice [start, end) of the infinite string ...000DIGITS000... with a decimal point
 * after position decpt, then an exponent if one is used.
 */
function layout(
  { digits, decpt }: Digits,
  code: 'e' | 'f' | 'g' | 'r',
  precision: number,
  flags: DoubleToStringFlags,
  upper: boolean,
): string {
  const addDot0 = flags.addDot0 === true;
  const alt = flags.alt === true;
  let useExp = false;
  let end = digits.length;
  switch (code) {
    case 'e':
      useExp = true;
      end = precision;
      break;
    case 'f':
      end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) end = precision;
      break;
    case 'r':
      // repr switches to exponent form at 1e16 (and below 1e-4)
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const start = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) end = Math.max(end, decpt + 1);
  else end = Math.max(end, decpt);

  let out: string;
  if (decpt <= 0) {
    out = '0'.repeat(decpt - start) + '.' + '0'.repeat(-decpt) + digits;
  } else if (decpt <= digits.length) {
    out = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out = digits;
  }
  if (digits.length < decpt) {
    out += '0'.repeat(decpt - digits.length) + '.' + '0'.repeat(end - decpt);
  } else {
    out += '0'.repeat(Math.max(0, end - digits.length));
  }
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    const mag = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (mag < 10 ? '0' : '') + String(mag);
  }
  return out;
}
