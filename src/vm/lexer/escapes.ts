// Decoding the body of a string or bytes literal (backslash escapes).
// https://docs.python.org/3/reference/lexical_analysis.html#escape-sequences

import { lookupUnicodeName } from './unicode-names';
import { utf8Length } from './chars';

/** A malformed escape; the message is CPython's `(unicode error) ...` text. */
export class EscapeError extends Error {}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function isHex(s: string): boolean {
  return /^[0-9a-fA-F]+$/.test(s);
}

function unicodeError(body: string, from: number, to: number, reason: string, codec: string): EscapeError {
  // CPython reports byte positions inside the literal's body.
  const a = utf8Length(body.slice(0, from));
  const b = utf8Length(body.slice(0, to)) - 1;
  const where = a === b ? `position ${a}` : `position ${a}-${b}`;
  return new EscapeError(`(unicode error) '${codec}' codec can't decode bytes in ${where}: ${reason}`);
}

/** Decodes a str literal body. Unknown escapes are kept verbatim, as CPython does. */
export function decodeStr(body: string, raw: boolean): string {
  if (raw || body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const bs = body.indexOf('\\', i);
    if (bs < 0 || bs === body.length - 1) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, bs);
    const c = body[bs + 1];
    i = bs + 2;
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      out += simple;
    } else if (c >= '0' && c <= '7') {
      let j = bs + 1;
      while (j < bs + 4 && j < body.length && body[j] >= '0' && body[j] <= '7') j++;
      out += String.fromCodePoint(parseInt(body.slice(bs + 1, j), 8));
      i = j;
    } else if (c === 'x' || c === 'u' || c === 'U') {
      const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = body.slice(i, i + n);
      if (hex.length < n || !isHex(hex)) {
        let end = i;
        while (end < i + n && end < body.length && isHex(body[end])) end++;
        throw unicodeError(body, bs, end, `truncated \\${c}${'X'.repeat(n)} escape`, 'unicodeescape');
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw unicodeError(body, bs, i + n, 'illegal Unicode character', 'unicodeescape');
      out += String.fromCodePoint(cp);
      i += n;
    } else if (c === 'N') {
      const close = body[i] === '{' ? body.indexOf('}', i) : -1;
      if (close < 0) throw unicodeError(body, bs, Math.min(body.length, i + 1), 'malformed \\N character escape', 'unicodeescape');
      const cp = lookupUnicodeName(body.slice(i + 1, close));
      if (cp === undefined) throw unicodeError(body, bs, close + 1, 'unknown Unicode character name', 'unicodeescape');
      out += String.fromCodePoint(cp);
      i = close + 1;
    } else {
      out += '\\' + c;
    }
  }
  return out;
}

/** Decodes a bytes literal body (ASCII only, checked by the caller). */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (raw || ch !== '\\' || i === body.length - 1) {
      out.push(body.charCodeAt(i));
      i++;
      continue;
    }
    const c = body[i + 1];
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i += 2;
    } else if (c >= '0' && c <= '7') {
      let j = i + 1;
      while (j < i + 4 && j < body.length && body[j] >= '0' && body[j] <= '7') j++;
      out.push(parseInt(body.slice(i + 1, j), 8) & 0xff);
      i = j;
    } else if (c === 'x') {
      const hex = body.slice(i + 2, i + 4);
      if (hex.length < 2 || !isHex(hex)) {
        throw new EscapeError(`(value error) invalid \\x escape at position ${i}`);
      }
      out.push(parseInt(hex, 16));
      i += 4;
    } else {
      out.push(92, c.charCodeAt(0));
      i += 2;
    }
  }
  return Uint8Array.from(out);
}
