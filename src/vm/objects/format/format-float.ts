// format(float, spec): CPython's format_float_internal.
import { doubleToString, type DoubleFormatCode } from './double-to-string';
import { FormatError } from './format-error';
import { layoutNumber, parseFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec';

const INT_MAX = 2 ** 31 - 1;

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  const parsed = parseFormatSpec(spec, typeName, '>', '');
  switch (parsed.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatWithSpec(x, parsed);
    default:
      throw unknownFormatCode(parsed.type, typeName);
  }
}

/** The float presentation types, for floats and for ints formatted as floats. */
export function formatFloatWithSpec(x: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big');
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    // No type: repr() without a precision, else like 'g' keeping at least one decimal digit.
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let addPercent = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    addPercent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  let text = doubleToString(x, type as DoubleFormatCode, precision, {
    addDot0,
    alt: spec.alternate,
    noNegZero: spec.noNegZero,
  });
  if (addPercent) text += '%';

  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  }
  let nDigits = 0;
  while (nDigits < text.length && text.charCodeAt(nDigits) >= 48 && text.charCodeAt(nDigits) <= 57) nDigits++;
  const hasDecimal = text[nDigits] === '.';
  const remainder = text.slice(nDigits + (hasDecimal ? 1 : 0));
  const useGrouping = spec.grouping !== '' && spec.type !== 'n';
  return layoutNumber(spec, negative, '', text.slice(0, nDigits), hasDecimal, remainder, useGrouping);
}
