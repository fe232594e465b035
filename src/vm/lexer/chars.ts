// Character classes used by the tokenizer (Python identifiers follow Unicode XID rules).

const ID_START = /[\p{ID_Start}_\u2118\u212E\u309B\u309C]/u;
const ID_CONTINUE = /[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]/u;
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

export function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

export function isAsciiIdContinue(c: number): boolean {
  return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `ch` is one code point (possibly two UTF-16 units). */
export function isIdStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? isAsciiIdStart(c) : ID_START.test(ch);
}

export function isIdContinue(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? isAsciiIdContinue(c) : ID_CONTINUE.test(ch);
}

export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NON_PRINTABLE.test(ch);
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Number of UTF-8 bytes in `s`. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function codePointLabel(ch: string): string {
  return 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
