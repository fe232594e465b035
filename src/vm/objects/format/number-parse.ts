// int(str, base), float(str) and the hex()/oct()/bin() spellings, with CPython's rules
// (Objects/longobject.c PyLong_FromString, Objects/floatobject.c float_from_string_inner)
// and its error messages.
import { FormatError } from './format-error';
import { decimalValue, isPySpace, strRepr } from './string-repr';

/** CPython's default sys.get_int_max_str_digits(); 0 disables the check. */
export const DEFAULT_MAX_STR_DIGITS = 4300;

/** Python int as the VM holds it: a JS number when it is a safe integer, else a bigint. */
export type PyIntValue = number | bigint;

export function normalizeInt(v: bigint): PyIntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/**
 * Python's own view of the text: other whitespace becomes ' ', Unicode decimal digits become
 * ASCII digits, and anything else non-ASCII stops the text with '?' (which no parser accepts).
 */
function toAsciiDigitsAndSpaces(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) out += ch;
    else if (isPySpace(ch)) out += ' ';
    else {
      const d = decimalValue(ch);
      if (d < 0) return out + '?';
      out += String(d);
    }
  }
  return out;
}

const ASCII_SPACE = /^[ \t\n\v\f\r]$/;

/** The value of an ASCII digit or letter in bases up to 36; 99 for anything else. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}

/** int(text, base): base 0 or 2..36. */
export function parseIntLiteral(text: string, base = 10, maxStrDigits = DEFAULT_MAX_STR_DIGITS): PyIntValue {
  if ((base !== 0 && base < 2) || base > 36) {
    throw new FormatError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const invalid = (): FormatError => {
    const repr = Array.from(strRepr(text)).slice(0, 200).join('');
    return new FormatError('ValueError', `invalid literal for int() with base ${base}: ${repr}`);
  };
  const s = toAsciiDigitsAndSpaces(text);
  let pos = 0;
  while (pos < s.length && ASCII_SPACE.test(s[pos])) pos++;
  let negative = false;
  if (s[pos] === '+') pos++;
  else if (s[pos] === '-') {
    negative = true;
    pos++;
  }
  let radix = base;
  let mustBeZero = false; // base 0 forbids C-style octal like "010"
  if (radix === 0) {
    const next = s[pos + 1]?.toLowerCase();
    if (s[pos] !== '0') radix = 10;
    else if (next === 'x') radix = 16;
    else if (next === 'o') radix = 8;
    else if (next === 'b') radix = 2;
    else {
      mustBeZero = true;
      radix = 10;
    }
  }
  if (s[pos] === '0') {
    const next = s[pos + 1]?.toLowerCase();
    if ((radix === 16 && next === 'x') || (radix === 8 && next === 'o') || (radix === 2 && next === 'b')) {
      pos += 2;
      if (s[pos] === '_') pos++; // one underscore may follow the prefix
    }
  }
  // digits, single underscores only between digits
  const start = pos;
  let digits = '';
  while (pos < s.length) {
    const ch = s[pos];
    if (ch === '_') {
      if (pos === start || s[pos - 1] === '_') throw invalid();
      pos++;
      continue;
    }
    if (digitValue(s.charCodeAt(pos)) >= radix) break;
    digits += ch;
    pos++;
  }
  if (digits === '' || s[pos - 1] === '_') throw invalid();
  const isPowerOfTwo = (radix & (radix - 1)) === 0;
  if (!isPowerOfTwo && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let value = parseDigits(digits, radix);
  if (mustBeZero && value !== 0n) {
    base = 0;
    throw invalid();
  }
  while (pos < s.length && ASCII_SPACE.test(s[pos])) pos++;
  if (pos !== s.length) throw invalid();
  if (negative) value = -value;
  return normalizeInt(value);
}

function parseDigits(digits: string, radix: number): bigint {
  if (radix === 10) return BigInt(digits);
  if (radix === 16) return BigInt('0x' + digits);
  if (radix === 8) return BigInt('0o' + digits);
  if (radix === 2) return BigInt('0b' + digits);
  const r = BigInt(radix);
  let value = 0n;
  // fold in chunks that stay exact as JS numbers, to keep the bigint work small
  const chunk = Math.floor(Math.log(2 ** 50) / Math.log(radix));
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    value = value * r ** BigInt(part.length) + BigInt(parseInt(part, radix));
  }
  return value;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/** float(text) for a str argument. */
export function parseFloatText(text: string): number {
  const invalid = (): FormatError =>
    new FormatError('ValueError', `could not convert string to float: ${strRepr(text)}`);
  let s = toAsciiDigitsAndSpaces(text).replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  if (s.includes('_')) {
    // PEP 515: an underscore must sit between two digits
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '_' && !(/\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? ''))) throw invalid();
    }
    s = s.replaceAll('_', '');
  }
  if (!FLOAT_SYNTAX.test(s)) throw invalid();
  const lower = s.toLowerCase();
  const negative = lower.startsWith('-');
  const body = lower.replace(/^[+-]/, '');
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return negative ? -Infinity : Infinity;
  return Number(s); // ECMAScript's StringToNumber is correctly rounded, like dtoa's strtod
}

/** bin()/oct()/hex() and str() of an int: '-0x1f', '0b101', '0o17', '-42'. */
export function intToString(v: PyIntValue, base: 2 | 8 | 10 | 16, maxStrDigits = DEFAULT_MAX_STR_DIGITS): string {
  const big = BigInt(v);
  const negative = big < 0n;
  const magnitude = (negative ? -big : big).toString(base);
  if (base === 10) {
    if (maxStrDigits > 0 && magnitude.length > maxStrDigits) {
      throw new FormatError(
        'ValueError',
        `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
    return (negative ? '-' : '') + magnitude;
  }
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return (negative ? '-' : '') + prefix + magnitude;
}
