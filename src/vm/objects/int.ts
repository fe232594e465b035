// int arithmetic on number (safe integers) | bigint with Python semantics (floor division,
// sign of modulo, arbitrary precision). bool operands must be converted by the caller.
import { intType, normInt } from './base';
import { pyErr, ZeroDivisionError, ValueError, MemoryError } from './exceptions';

export { intType };
export type Int = number | bigint;

const big = (x: Int): bigint => (typeof x === 'bigint' ? x : BigInt(x));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : normInt(BigInt(a) + BigInt(b));
  }
  return normInt(big(a) + big(b));
}
export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    return Number.isSafeInteger(r) ? r : normInt(BigInt(a) - BigInt(b));
  }
  return normInt(big(a) - big(b));
}
export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
    return normInt(BigInt(a) * BigInt(b));
  }
  const ba = big(a), bb = big(b);
  guardSize(bitLen(ba) + bitLen(bb));
  return normInt(ba * bb);
}
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
    const r = Math.floor(a / b);
    if (Number.isSafeInteger(r) && Math.abs(a) < 2 ** 52) return r === 0 ? 0 : r;
  }
  const ba = big(a), bb = big(b);
  if (bb === 0n) throw pyErr(ZeroDivisionError, 'integer division or modulo by zero');
  let q = ba / bb;
  if ((ba % bb !== 0n) && ((ba < 0n) !== (bb < 0n))) q -= 1n;
  return normInt(q);
}
export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw pyErr(ZeroDivisionError, 'integer modulo by zero');
    const r = a % b;
    const m = r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
    return m === 0 ? 0 : m;
  }
  const ba = big(a), bb = big(b);
  if (bb === 0n) throw pyErr(ZeroDivisionError, 'integer modulo by zero');
  const r = ba % bb;
  return normInt(r !== 0n && (r < 0n) !== (bb < 0n) ? r + bb : r);
}
export function intPow(a: Int, b: Int): Int {
  // b >= 0 (negative exponents give floats; handled by the caller)
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  const ba = big(a), bb = big(b);
  if (ba === 0n || ba === 1n) return normInt(ba);
  if (ba === -1n) return bb % 2n === 0n ? 1 : -1;
  guardSize(bitLen(ba) * Number(bb));
  return normInt(ba ** bb);
}
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let base = big(a), e = big(b);
  const mod = big(m);
  if (mod === 0n) throw pyErr(ValueError, 'pow() 3rd argument cannot be 0');
  if (e < 0n) throw pyErr(ValueError, 'base is not invertible for the given modulus');
  let r = 1n;
  base = ((base % mod) + mod) % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (r !== 0n && (r < 0n) !== (mod < 0n)) r += mod;
  return normInt(mod < 0n && r > 0n ? r + mod : r);
}
export function intLshift(a: Int, b: Int): Int {
  if (big(b) < 0n) throw pyErr(ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number' && b < 31 && Math.abs(a) < 2 ** 21) return a * 2 ** b;
  guardSize(bitLen(big(a)) + Number(b));
  return normInt(big(a) << big(b));
}
export function intRshift(a: Int, b: Int): Int {
  if (big(b) < 0n) throw pyErr(ValueError, 'negative shift count');
  if (typeof a === 'number' && typeof b === 'number') return b > 60 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** b);
  return normInt(big(a) >> big(b));
}
export function intAnd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return normInt(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return normInt(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normInt(big(a) ^ big(b));
}
export function intNeg(a: Int): Int {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : normInt(-a);
}
export function intInvert(a: Int): Int {
  return typeof a === 'number' ? -a - 1 : normInt(-a - 1n);
}
export function intCmp(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
export function intToFloat(a: Int): number {
  return typeof a === 'number' ? a : Number(a);
}
export function bitLen(b: bigint): number {
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}
/** Refuse to build ints of absurd size (runaway allocation → MemoryError, like CPython's limit). */
function guardSize(bits: number): void {
  if (bits > 64_000_000) throw pyErr(MemoryError);
}
export function intToString(a: Int, base = 10): string {
  return a.toString(base);
}
