// CPython's hash() values for the types whose hash is deterministic (int, bool, float,
// tuple, None): set iteration order depends on them, and programs print them.
// Python/pyhash.c, Objects/longobject.c (long_hash), Objects/tupleobject.c (tuplehash).
import { type PyObject } from './base';

const P = (1n << 61n) - 1n;
const M64 = (1n << 64n) - 1n;

export function intHash(x: number | bigint): number | bigint {
  if (typeof x === 'number' && Number.isSafeInteger(x)) {
    return x === -1 ? -2 : x;
  }
  const b = BigInt(x);
  let h = (b < 0n ? -b : b) % P;
  if (b < 0n) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) && BigInt(Number(h)) === h ? Number(h) : h;
}

const f64 = new DataView(new ArrayBuffer(8));
export function floatHash(v: number): number | bigint {
  if (!Number.isFinite(v)) return v !== v ? 0 : v > 0 ? 314159 : -314159;
  if (Number.isInteger(v)) return intHash(Number.isSafeInteger(v) ? v : BigInt(v));
  f64.setFloat64(0, v);
  const hi = f64.getUint32(0), lo = f64.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = biased - 1075;
  }
  // v = ±mant * 2^e; 2^61 ≡ 1 (mod P)
  let ex = e % 61;
  if (ex < 0) ex += 61;
  let h = (mant * (1n << BigInt(ex))) % P;
  if (v < 0) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) && BigInt(Number(h)) === h ? Number(h) : h;
}

const X1 = 11400714785074694791n, X2 = 14029467366897019727n, X5 = 2870177450012600261n;
export function tupleHash(lanes: (number | bigint)[]): number | bigint {
  let acc = X5;
  for (const l of lanes) {
    const lane = BigInt.asUintN(64, BigInt(l));
    acc = (acc + lane * X2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * X1) & M64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (X5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  const s = BigInt.asIntN(64, acc);
  return Number.isSafeInteger(Number(s)) && BigInt(Number(s)) === s ? Number(s) : s;
}

export function isIntLike(x: PyObject): boolean {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean';
}
