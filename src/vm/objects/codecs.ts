// str.encode / bytes.decode for the codecs ordinary programs use (utf-8, ascii, latin-1),
// with CPython's error handlers and UnicodeEncodeError/UnicodeDecodeError arguments
// (encoding, object, start, end, reason) so str(e) reads exactly like CPython's.
import { type PyObject } from './base';
import { pyErr, LookupError, UnicodeDecodeError, UnicodeEncodeError, TypeError } from './exceptions';

type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** Normalise an encoding name the way the codecs registry does (case, '-' vs '_', aliases). */
export function codecName(enc: string): Codec {
  const e = enc.toLowerCase().replace(/[-_ ]/g, '');
  if (e === 'utf8' || e === 'u8' || e === 'utf') return 'utf-8';
  if (e === 'ascii' || e === 'usascii' || e === '646') return 'ascii';
  if (e === 'latin1' || e === 'latin' || e === 'l1' || e === 'iso88591' || e === '8859' || e === 'cp819') return 'latin-1';
  throw pyErr(LookupError, `unknown encoding: ${enc}`);
}

function checkErrors(errors: string): void {
  if (!['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape'].includes(errors)) {
    throw pyErr(LookupError, `unknown error handler name '${errors}'`);
  }
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Encode `s` (code points) to bytes. `makeStr` is unused; kept symmetric with decode. */
export function encodeText(s: string, encoding: string, errors = 'strict'): Uint8Array {
  const codec = codecName(encoding);
  checkErrors(errors);
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const out: number[] = [];
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const bad = codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit;
    if (!bad) {
      if (c < 0x80 || codec === 'latin-1') out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      continue;
    }
    // the failing run: consecutive unencodable characters
    let end = i + 1;
    while (end < cps.length && (codec === 'utf-8' ? cps[end] >= 0xd800 && cps[end] <= 0xdfff : cps[end] >= limit)) end++;
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        for (let j = i; j < end; j++) out.push(63);
        break;
      case 'backslashreplace':
        for (let j = i; j < end; j++) {
          const t = cps[j] <= 0xff ? '\\x' + hex(cps[j], 2) : cps[j] <= 0xffff ? '\\u' + hex(cps[j], 4) : '\\U' + hex(cps[j], 8);
          for (const ch of t) out.push(ch.charCodeAt(0));
        }
        break;
      case 'xmlcharrefreplace':
        for (let j = i; j < end; j++) for (const ch of `&#${cps[j]};`) out.push(ch.charCodeAt(0));
        break;
      default: {
        const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
        const e = pyErr(UnicodeEncodeError, codec, s, i, end, reason);
        throw e;
      }
    }
    i = end - 1;
  }
  return Uint8Array.from(out);
}

/** One malformed UTF-8 sequence starting at i: [end of the bad run, reason], or null if valid. */
function utf8Step(d: Uint8Array, i: number): { cp: number; next: number } | { bad: number; reason: string } {
  const b = d[i];
  if (b < 0x80) return { cp: b, next: i + 1 };
  let need: number, code: number;
  if (b >= 0xc2 && b <= 0xdf) [need, code] = [1, b & 0x1f];
  else if (b >= 0xe0 && b <= 0xef) [need, code] = [2, b & 0x0f];
  else if (b >= 0xf0 && b <= 0xf4) [need, code] = [3, b & 0x07];
  else return { bad: i + 1, reason: 'invalid start byte' };
  for (let j = 1; j <= need; j++) {
    if (i + j >= d.length) return { bad: d.length, reason: 'unexpected end of data' };
    const cont = d[i + j];
    // the second byte's range excludes overlongs, surrogates and code points > U+10FFFF
    let lo = 0x80, hi = 0xbf;
    if (j === 1) {
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
      else if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    if (cont < lo || cont > hi) return { bad: i + j, reason: 'invalid continuation byte' };
    code = (code << 6) | (cont & 0x3f);
  }
  return { cp: code, next: i + need + 1 };
}

/** Decode bytes to a str; `obj` is the bytes object named in a UnicodeDecodeError. */
export function decodeBytes(d: Uint8Array, encoding: string, errors: string, obj: PyObject): string {
  const codec = codecName(encoding);
  checkErrors(errors);
  let out = '';
  let i = 0;
  while (i < d.length) {
    let bad: number, reason: string;
    if (codec === 'latin-1') {
      out += String.fromCharCode(d[i++]);
      continue;
    }
    if (codec === 'ascii') {
      if (d[i] < 0x80) {
        out += String.fromCharCode(d[i++]);
        continue;
      }
      bad = i + 1;
      reason = 'ordinal not in range(128)';
    } else {
      const r = utf8Step(d, i);
      if ('cp' in r) {
        out += String.fromCodePoint(r.cp);
        i = r.next;
        continue;
      }
      bad = r.bad;
      reason = r.reason;
    }
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        out += '\ufffd';
        break;
      case 'backslashreplace':
        for (let j = i; j < bad; j++) out += '\\x' + hex(d[j], 2);
        break;
      case 'surrogateescape':
        for (let j = i; j < bad; j++) out += String.fromCharCode(0xdc00 + d[j]);
        break;
      default:
        throw pyErr(UnicodeDecodeError, codec, obj, i, bad, reason);
    }
    i = bad;
  }
  return out;
}

/** The text of str(UnicodeEncodeError/UnicodeDecodeError) from its five arguments. */
export function unicodeErrorStr(kind: 'encode' | 'decode', args: readonly PyObject[], byteAt: (o: PyObject, i: number) => number): string | null {
  if (args.length !== 5) return null;
  const [enc, obj, start, end, reason] = args;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  if (kind === 'encode') {
    if (typeof obj !== 'string') return null;
    const cps = Array.from(obj);
    if (end - start === 1 && start < cps.length) {
      const c = cps[start].codePointAt(0)!;
      const esc = c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
      return `'${String(enc)}' codec can't encode character '${esc}' in position ${start}: ${String(reason)}`;
    }
    return `'${String(enc)}' codec can't encode characters in position ${start}-${end - 1}: ${String(reason)}`;
  }
  if (end - start === 1) {
    return `'${String(enc)}' codec can't decode byte 0x${hex(byteAt(obj, start), 2)} in position ${start}: ${String(reason)}`;
  }
  return `'${String(enc)}' codec can't decode bytes in position ${start}-${end - 1}: ${String(reason)}`;
}

export function requireStrArg(x: PyObject, fn: string, what: string): string {
  if (typeof x !== 'string') throw pyErr(TypeError, `${fn}() argument '${what}' must be str, not ${typeof x === 'object' ? x.cls.name : typeof x}`);
  return x;
}
