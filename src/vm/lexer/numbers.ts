// Numeric literals: where one ends, what is wrong with a malformed one, and its value.
// https://docs.python.org/3/reference/lexical_analysis.html#numeric-literals

import type { ConstantValue } from '../parser/ast';
import { isDigit, isIdContinue } from './chars';

/** `at`/`endAt`: 0-based source offsets of the error range (endAt defaults to at). */
export type NumberScan = { end: number } | { error: string; at: number; endAt?: number };

// Keywords CPython lets follow a number directly (`1if x else y`), with only a warning.
const KEYWORDS_AFTER_NUMBER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

function isDigitOf(c: number, base: number): boolean {
  if (base === 16) return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  if (base === 8) return c >= 48 && c <= 55;
  if (base === 2) return c === 48 || c === 49;
  return isDigit(c);
}

/** Reads digits of `base` with single underscores between them, starting at `pos`. */
function digitTail(src: string, pos: number, base: number): number | { error: string; at: number } {
  for (;;) {
    while (pos < src.length && isDigitOf(src.charCodeAt(pos), base)) pos++;
    if (src.charCodeAt(pos) !== 95 /* _ */) return pos;
    if (!isDigitOf(src.charCodeAt(pos + 1), base)) return { error: '', at: pos };
    pos++;
  }
}

function endOfNumber(src: string, start: number, pos: number, kind: string): NumberScan {
  if (pos >= src.length) return { end: pos };
  const ch = String.fromCodePoint(src.codePointAt(pos) ?? 0);
  if (!isIdContinue(ch)) return { end: pos };
  for (const kw of KEYWORDS_AFTER_NUMBER) {
    if (src.startsWith(kw, pos)) return { end: pos };
  }
  return { error: `invalid ${kind} literal`, at: start };
}

export function scanNumber(src: string, start: number): NumberScan {
  let pos = start;
  const c0 = src.charCodeAt(pos);
  if (c0 === 48 /* 0 */) {
    const c1 = src.charCodeAt(pos + 1) | 0x20;
    const bases: Record<number, [number, string]> = {
      120: [16, 'hexadecimal'], 111: [8, 'octal'], 98: [2, 'binary'],
    };
    const based = bases[c1];
    if (based) {
      const [base, kind] = based;
      pos += 2;
      if (src.charCodeAt(pos) === 95) pos++;
      if (!isDigitOf(src.charCodeAt(pos), base)) {
        if (base !== 16 && isDigit(src.charCodeAt(pos))) {
          return { error: `invalid digit '${src[pos]}' in ${kind} literal`, at: pos };
        }
        return { error: `invalid ${kind} literal`, at: pos - 1 };
      }
      const tail = digitTail(src, pos, base);
      if (typeof tail !== 'number') return { error: `invalid ${kind} literal`, at: tail.at };
      if (base !== 16 && isDigit(src.charCodeAt(tail))) {
        return { error: `invalid digit '${src[tail]}' in ${kind} literal`, at: tail };
      }
      return endOfNumber(src, start, tail, kind);
    }
  }
  if (c0 !== 46 /* . */) {
    const tail = digitTail(src, pos, 10);
    if (typeof tail !== 'number') return { error: 'invalid decimal literal', at: tail.at };
    pos = tail;
  }
  let isInt = true;
  if (src.charCodeAt(pos) === 46) {
    isInt = false;
    pos++;
    if (isDigit(src.charCodeAt(pos))) {
      const tail = digitTail(src, pos, 10);
      if (typeof tail !== 'number') return { error: 'invalid decimal literal', at: tail.at };
      pos = tail;
    }
  }
  const e = src.charCodeAt(pos) | 0x20;
  if (e === 101 /* e */) {
    let p = pos + 1;
    const sign = src.charCodeAt(p);
    if (sign === 43 || sign === 45) p++;
    if (isDigit(src.charCodeAt(p))) {
      const tail = digitTail(src, p, 10);
      if (typeof tail !== 'number') return { error: 'invalid decimal literal', at: tail.at };
      pos = tail;
      isInt = false;
    } else {
      // `1else`: the number ends before a keyword.
      const kw = endOfNumber(src, start, pos, 'decimal');
      if ('end' in kw && p === pos + 1) return kw;
      // CPython points just before the 'e' (or at the sign).
      const at = p > pos + 1 ? pos + 1 : pos - 1;
      return { error: 'invalid decimal literal', at };
    }
  }
  if ((src.charCodeAt(pos) | 0x20) === 106 /* j */) {
    pos++;
    isInt = false;
  }
  if (isInt && c0 === 48 && /[1-9]/.test(src.slice(start, pos))) {
    return {
      error: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      at: start,
      endAt: start + 1,
    };
  }
  return endOfNumber(src, start, pos, 'decimal');
}

/** The value of a well-formed NUMBER token. */
export function numberValue(text: string): ConstantValue {
  const t = text.replace(/_/g, '');
  const last = t.charCodeAt(t.length - 1) | 0x20;
  if (last === 106) return { kind: 'complex', imag: Number(t.slice(0, -1)) };
  const p = t.charCodeAt(1) | 0x20;
  if (t.length > 1 && t[0] === '0' && (p === 120 || p === 111 || p === 98)) {
    return intValue(BigInt(t[0] + t[1].toLowerCase() + t.slice(2)));
  }
  if (/[.eE]/.test(t)) return { kind: 'float', value: Number(t) };
  return t.length < 16 ? { kind: 'int', value: Number(t) } : intValue(BigInt(t));
}

function intValue(n: bigint): ConstantValue {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? { kind: 'int', value: Number(n) } : { kind: 'int', value: n };
}
