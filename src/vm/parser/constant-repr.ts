// Python's repr() of the values a Constant node can hold, as ast.dump prints them.

import type { ConstantValue } from './ast';

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr(float) — shortest round-trip digits, exponent form outside 1e-4 ≤ |x| < 1e16. */
export function floatRepr(x: number, forceDecimal = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (forceDecimal ? '.0' : '');
  const [mant, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  let s: string;
  if (exp < 0) s = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length > exp + 1) s = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  else s = digits + '0'.repeat(exp + 1 - digits.length) + (forceDecimal ? '.0' : '');
  return sign + s;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      out += c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
    } else out += ch;
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += ch;
  }
  return out + quote;
}

export function constantRepr(v: ConstantValue): string {
  switch (v.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return String(v.value);
    case 'float': return floatRepr(v.value);
    case 'complex': return floatRepr(v.imag, false) + 'j';
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
  }
}
