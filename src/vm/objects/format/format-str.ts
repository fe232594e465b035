// format(str, spec): CPython's format_string_internal.
import { FormatError } from './format-error';
import { padToWidth, parseFormatSpec, unknownFormatCode } from './format-spec';

/** format(s, spec) for a str. Widths and precisions count code points, as Python does. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  const parsed = parseFormatSpec(spec, typeName, '<', 's');
  if (parsed.type !== 's') throw unknownFormatCode(parsed.type, typeName);
  if (parsed.sign !== '') {
    throw new FormatError(
      'ValueError',
      parsed.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier',
    );
  }
  if (parsed.noNegZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (parsed.alternate) throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (parsed.align === '=') throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");

  let chars: string[] | null = null;
  let length = s.length;
  if (/[\uD800-\uDFFF]/.test(s)) {
    chars = Array.from(s);
    length = chars.length;
  }
  if (parsed.precision >= 0 && length > parsed.precision) {
    s = chars ? chars.slice(0, parsed.precision).join('') : s.slice(0, parsed.precision);
    length = parsed.precision;
  }
  return padToWidth(s, length, parsed);
}
