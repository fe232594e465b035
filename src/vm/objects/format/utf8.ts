// str.encode('utf-8') and bytes.decode('utf-8') with Python's strictness: lone surrogates
// cannot be encoded, malformed bytes cannot be decoded (TextEncoder/TextDecoder would silently
// substitute U+FFFD instead).
import { FormatError } from './format-error';

/** UnicodeEncodeError / UnicodeDecodeError, raised by the VM as the Python exception. */
export class UnicodeCodecError extends FormatError {
  constructor(
    readonly kind: 'UnicodeEncodeError' | 'UnicodeDecodeError',
    readonly start: number,
    readonly end: number,
    readonly reason: string,
    message: string,
  ) {
    super('ValueError', message);
    this.name = kind;
  }
}

export function encodeUtf8(s: string): Uint8Array {
  const out: number[] = [];
  let index = 0; // code point index, for the error message
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c >= 0xd800 && c <= 0xdfff) {
      throw new UnicodeCodecError(
        'UnicodeEncodeError',
        index,
        index + 1,
        'surrogates not allowed',
        `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${index}: surrogates not allowed`,
      );
    } else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    index++;
  }
  return Uint8Array.from(out);
}

/** Strict UTF-8 decoding; the error names the first bad byte(s) as CPython does. */
export function decodeUtf8(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const fail = (start: number, end: number, reason: string): never => {
    const what =
      end - start === 1
        ? `byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}`
        : `bytes in position ${start}-${end - 1}`;
    throw new UnicodeCodecError('UnicodeDecodeError', start, end, reason, `'utf-8' codec can't decode ${what}: ${reason}`);
  };
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need: number;
    let code: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, code, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, code, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, code, min] = [3, b & 0x07, 0x10000];
    else return fail(i, i + 1, 'invalid start byte');
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= bytes.length) return fail(i, bytes.length, 'unexpected end of data');
      const cont = bytes[i + j];
      // the second byte's range is narrowed to exclude overlongs, surrogates and > U+10FFFF
      let lo = 0x80;
      let hi = 0xbf;
      if (j === 1) {
        if (b === 0xe0) lo = 0xa0;
        else if (b === 0xed) hi = 0x9f;
        else if (b === 0xf0) lo = 0x90;
        else if (b === 0xf4) hi = 0x8f;
      }
      if (cont < lo || cont > hi) return fail(i, i + j, 'invalid continuation byte');
      code = (code << 6) | (cont & 0x3f);
    }
    if (code < min) return fail(i, i + 1, 'invalid start byte');
    out += String.fromCodePoint(code);
    i += need + 1;
  }
  return out;
}
