// The format specification mini-language, as format(), str.format() and f-strings use it:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// https://docs.python.org/3/library/string.html#format-specification-mini-language
// Parsing and the checks follow CPython's Python/formatter_unicode.c, messages included.
import { checkFormatWidth, FormatError } from './format-error';

export type Align = '<' | '>' | '=' | '^';

export interface FormatSpec {
  fill: string; // one code point
  align: Align;
  /** Whether fill/align were written explicitly (the '0' flag only applies when they were not). */
  alignSpecified: boolean;
  sign: '' | '+' | '-' | ' ';
  noNegZero: boolean; // 'z'
  alternate: boolean; // '#'
  width: number; // -1 when absent
  /** ',' or '_' as written; '' for none. */
  grouping: '' | ',' | '_';
  /** Digits per group: 3, or 4 for '_' with b/o/x/X. */
  groupSize: number;
  precision: number; // -1 when absent
  type: string; // the caller's default when absent
}

const ALIGNS = new Set(['<', '>', '=', '^']);
const SSIZE_MAX = 2 ** 63 - 1;

function presentation(type: string): string {
  const code = type.codePointAt(0) ?? 0;
  return code > 32 && code < 128 ? type : `\\x${code.toString(16)}`;
}

export function unknownFormatCode(type: string, typeName: string): FormatError {
  return new FormatError('ValueError', `Unknown format code '${presentation(type)}' for object of type '${typeName}'`);
}

/**
 * Parse `spec` for an object of type `typeName` (used in messages). `defaultAlign` is '>' for
 * numbers and '<' for strings; `defaultType` stands in for an absent type ('d' for int, 's' for
 * str, '' for float).
 */
export function parseFormatSpec(
  spec: string,
  typeName: string,
  defaultAlign: '<' | '>',
  defaultType: string,
): FormatSpec {
  const cp = Array.from(spec);
  const end = cp.length;
  let pos = 0;
  const out: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    alignSpecified: false,
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: '',
    groupSize: 3,
    precision: -1,
    type: defaultType,
  };
  let fillSpecified = false;

  if (end - pos >= 2 && ALIGNS.has(cp[pos + 1])) {
    out.fill = cp[pos];
    out.align = cp[pos + 1] as Align;
    fillSpecified = true;
    out.alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && ALIGNS.has(cp[pos])) {
    out.align = cp[pos] as Align;
    out.alignSpecified = true;
    pos++;
  }
  if (pos < end && (cp[pos] === '+' || cp[pos] === '-' || cp[pos] === ' ')) {
    out.sign = cp[pos] as '+' | '-' | ' ';
    pos++;
  }
  if (pos < end && cp[pos] === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (pos < end && cp[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cp[pos] === '0') {
    out.fill = '0';
    if (!out.alignSpecified && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const readInteger = (): number => {
    const start = pos;
    let value = 0;
    while (pos < end && cp[pos] >= '0' && cp[pos] <= '9') {
      value = value * 10 + (cp[pos].charCodeAt(0) - 48);
      if (value > SSIZE_MAX) throw new FormatError('ValueError', 'Too many decimal digits in format string');
      pos++;
    }
    return pos === start ? -1 : value;
  };
  out.width = readInteger();
  if (pos < end && cp[pos] === ',') {
    out.grouping = ',';
    pos++;
  }
  if (pos < end && cp[pos] === '_') {
    if (out.grouping !== '') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    out.grouping = '_';
    pos++;
  }
  if (pos < end && cp[pos] === ',' && out.grouping === '_') {
    throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (pos < end && cp[pos] === '.') {
    pos++;
    out.precision = readInteger();
    if (out.precision < 0) throw new FormatError('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) out.type = cp[pos];
  checkFormatWidth(out.width);

  if (out.grouping !== '') {
    switch (out.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (out.grouping !== '_') throw badGrouping(out);
        out.groupSize = 4; // PEP 515: every four digits in bin/oct/hex
        break;
      default:
        throw badGrouping(out);
    }
  }
  return out;
}

function badGrouping(spec: FormatSpec): FormatError {
  return new FormatError('ValueError', `Cannot specify '${spec.grouping}' with '${presentation(spec.type)}'.`);
}

/**
 * Insert grouping separators into a run of digits, padding it with leading zeros up to
 * `minWidth` characters (zeros and separators alike, as '0'-fill with '=' does).
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let out = '';
  let remaining = digits.length;
  let pos = digits.length;
  let useSep = false;
  const take = (len: number): void => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    out = '0'.repeat(zeros) + digits.slice(pos - chars, pos) + (useSep ? sep : '') + out;
    useSep = true;
    remaining -= chars;
    pos -= chars;
  };
  if (size > 0 && sep !== '') {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, minWidth, 1));
      take(len);
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) return out;
      minWidth -= sep.length;
    }
  }
  take(Math.max(remaining, minWidth, 1));
  return out;
}

/**
 * Lay out a formatted number (CPython's calc_number_widths + fill_number):
 * <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
 */
export function layoutNumber(
  spec: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  useGrouping: boolean,
): string {
  let sign = '';
  if (spec.sign === '+') sign = negative ? '-' : '+';
  else if (spec.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigits = sign.length + prefix.length + (hasDecimal ? 1 : 0) + remainder.length;
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigits : 0;
  const sep = useGrouping ? (spec.grouping === '_' ? '_' : ',') : '';
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, sep, useGrouping ? spec.groupSize : 0);
  const padding = spec.width - (nonDigits + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    if (spec.align === '<') rpad = padding;
    else if (spec.align === '^') {
      lpad = Math.floor(padding / 2);
      rpad = padding - lpad;
    } else if (spec.align === '=') spad = padding;
    else lpad = padding;
  }
  return (
    spec.fill.repeat(lpad) +
    sign +
    prefix +
    spec.fill.repeat(spad) +
    grouped +
    (hasDecimal ? '.' : '') +
    remainder +
    spec.fill.repeat(rpad)
  );
}

/** Pad a string of `length` code points to the spec's width (CPython's calc_padding). */
export function padToWidth(s: string, length: number, spec: FormatSpec): string {
  if (spec.width <= length) return s;
  const total = spec.width - length;
  let left = 0;
  if (spec.align === '>') left = total;
  else if (spec.align === '^') left = Math.floor(total / 2);
  return spec.fill.repeat(left) + s + spec.fill.repeat(total - left);
}
