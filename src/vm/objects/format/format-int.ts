// format(int, spec): CPython's format_long_internal, plus the float presentation types that
// convert the int to a float first.
import { FormatError } from './format-error';
import { formatFloatWithSpec } from './format-float';
import { layoutNumber, parseFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec';
import { intToFloat } from './int-convert';
import { DEFAULT_MAX_STR_DIGITS, intToString } from './number-parse';

const BASES: Record<string, number> = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 };

/**
 * format(v, spec) for an int (or bool: pass typeName 'bool'); v must be integral. Decimal output
 * obeys sys.get_int_max_str_digits() (`maxStrDigits`, 0 for no limit) as in CPython 3.11+.
 */
export function formatInt(v: number | bigint, spec: string, typeName = 'int', maxStrDigits = DEFAULT_MAX_STR_DIGITS): string {
  const parsed = parseFormatSpec(spec, typeName, '>', 'd');
  const type = parsed.type;
  switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntWithSpec(v, parsed, maxStrDigits);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatWithSpec(intToFloat(v), parsed);
    default:
      throw unknownFormatCode(type, typeName);
  }
}

function formatIntWithSpec(v: number | bigint, spec: FormatSpec, maxStrDigits: number): string {
  if (spec.precision !== -1) throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.noNegZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (spec.type === 'c') {
    if (spec.sign !== '') throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (v < -(2 ** 63) || v >= 2 ** 63) throw new FormatError('OverflowError', 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber(spec, false, '', '', false, ch, false);
  }
  const negative = v < 0;
  const base = BASES[spec.type];
  // base 10 goes through int → str, which enforces the digit limit
  let digits = base === 10 ? intToString(negative ? -v : v, 10, maxStrDigits) : (negative ? -v : v).toString(base);
  let prefix = '';
  if (spec.alternate && spec.type !== 'd' && spec.type !== 'n') prefix = '0' + spec.type;
  if (spec.type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const useGrouping = spec.grouping !== '' && spec.type !== 'n';
  return layoutNumber(spec, negative, prefix, digits, false, '', useGrouping);
}
