// repr(str) and ascii(str) as CPython writes them (Objects/unicodeobject.c unicode_repr):
// quotes chosen to avoid escaping, \t \n \r \\ escapes, and \x / \u / \U for characters that
// are not printable (Unicode categories C* and Z* other than the plain space).

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hexEscape(code: number): string {
  if (code <= 0xff) return '\\x' + code.toString(16).padStart(2, '0');
  if (code <= 0xffff) return '\\u' + code.toString(16).padStart(4, '0');
  return '\\U' + code.toString(16).padStart(8, '0');
}

function quoteWith(s: string, asciiOnly: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += hexEscape(code);
    else if (code < 0x7f) out += ch;
    else if (asciiOnly || NOT_PRINTABLE.test(ch)) out += hexEscape(code);
    else out += ch;
  }
  return out + quote;
}

/** repr(s) for a Python str. */
export function strRepr(s: string): string {
  return quoteWith(s, false);
}

/** ascii(s) for a Python str: repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  return quoteWith(s, true);
}

/**
 * ascii(obj) from repr(obj): CPython escapes every non-ASCII character of the repr with
 * \x, \u or \U (backslashreplace), without quoting it again.
 */
export function asciiOfRepr(repr: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(repr)) return repr;
  let out = '';
  for (const ch of repr) {
    const code = ch.codePointAt(0) ?? 0;
    out += code < 0x80 ? ch : hexEscape(code);
  }
  return out;
}

/** Python's str.isspace() for one character (Py_UNICODE_ISSPACE). */
export function isPySpace(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  // JS \s lacks the information separators U+001C..U+001F and NEL, and adds the BOM
  if ((code >= 0x1c && code <= 0x1f) || code === 0x85) return true;
  return /^\s$/u.test(ch) && code !== 0xfeff;
}

const DECIMAL = /^\p{Nd}$/u;

/**
 * The decimal digit value of a character, -1 if it is not a decimal digit (Python's
 * unicodedata.decimal). Unicode encodes every decimal digit set as a contiguous run 0..9,
 * so the value is the distance from the start of its run, modulo 10.
 */
export function decimalValue(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 48 && code <= 57) return code - 48;
  if (code < 128 || !DECIMAL.test(ch)) return -1;
  let start = code;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}
