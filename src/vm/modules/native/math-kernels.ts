// The double-double kernels behind correctly-rounded-math.ts: ln, e^x, and sin/cos
// after reduction modulo π/2. Each returns ~106 bits, so rounding the result once gives the
// correctly rounded double except in astronomically rare cases.
import {
  ddAdd, ddDiv, ddMul, ddNeg, ddScale, ddSub, flatten, horner, twoProd, twoSum, type DD,
} from './double-double';

/** ln 2 to 106 bits. */
export const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

const ODD_RECIPROCALS = flatten(Array.from({ length: 24 }, (_, j) => ddDiv([1, 0], [2 * j + 1, 0])));
const FACTORIAL_RECIPROCALS: DD[] = [];
{
  let f: DD = [1, 0];
  for (let n = 0; n < 36; n++) {
    if (n > 0) f = ddDiv(f, [n, 0]);
    FACTORIAL_RECIPROCALS.push(f);
  }
}
const EXP_SERIES = flatten(FACTORIAL_RECIPROCALS.slice(0, 28));
const alternate = (dd: DD, n: number): DD => ddScale(dd, n % 2 ? -1 : 1);
// sin r / r = Σ (-1)^n r^2n / (2n+1)!,  cos r = Σ (-1)^n r^2n / (2n)!
const SIN_SERIES = flatten(Array.from({ length: 17 }, (_, n) => alternate(FACTORIAL_RECIPROCALS[2 * n + 1], n)));
const COS_SERIES = flatten(Array.from({ length: 17 }, (_, n) => alternate(FACTORIAL_RECIPROCALS[2 * n], n)));

const bits = new DataView(new ArrayBuffer(8));

/** ln(x) for finite x > 0. */
export function logDD(x: number): DD {
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54; // subnormal: make it normal first
    k = -54;
  }
  bits.setFloat64(0, x);
  const hiWord = bits.getUint32(0);
  k += ((hiWord >>> 20) & 0x7ff) - 1023;
  bits.setUint32(0, (hiWord & 0x800fffff) | (1023 << 20)); // mantissa m in [1, 2)
  let m = bits.getFloat64(0);
  if (m > Math.SQRT2) {
    m /= 2;
    k++;
  }
  const lnM = atanhSeries2(ddDiv([m - 1, 0], twoSum(m, 1))); // ln m = 2 atanh((m-1)/(m+1))
  if (k === 0) return lnM;
  return ddAdd(ddAdd(twoProd(k, LN2[0]), twoProd(k, LN2[1])), lnM);
}

/** 2 atanh(s) for |s| < ~0.18. */
function atanhSeries2(s: DD): DD {
  return ddScale(ddMul(s, horner(ODD_RECIPROCALS, ddMul(s, s))), 2);
}

/** e^a = t × 2^k with t a double-double near [0.7, 1.42]; undefined for |a| beyond ±746. */
export function expDD(a: DD): { t: DD; k: number } {
  const x = a[0] + a[1];
  const k = Math.round(x / LN2[0]);
  const r = ddSub(ddSub(a, twoProd(k, LN2[0])), twoProd(k, LN2[1])); // |r| <= ~0.35
  return { t: horner(EXP_SERIES, r), k };
}

/** t × 2^k rounded once to a double (t in ~[0.7, 1.42]), subnormal results included. */
export function scaleRound(t: DD, k: number): number {
  if (k >= -1020) {
    const k1 = Math.trunc(k / 2); // two steps, so neither factor overflows on its own
    return (t[0] + t[1]) * 2 ** k1 * 2 ** (k - k1);
  }
  // Below the normal range the quantum is 2^-1074: count in those units and round half-even
  // once (rounding to 53 bits first and then to fewer would round twice).
  if (k + 1074 < -2) return 0;
  const scale = 2 ** (k + 1074);
  const [a, b] = twoSum(t[0] * scale, t[1] * scale);
  const n = Math.floor(a);
  const frac = a - n + b; // in (-0.5, 1.5)
  let units = n;
  if (frac > 0.5 || (frac === 0.5 && n % 2 === 1)) units = n + 1;
  else if (frac < -0.5 || (frac === -0.5 && n % 2 === 1)) units = n - 1;
  return units * 2 ** -1074;
}

// π/2 in four parts; the first three hold 33 bits each so k × part is exact for |k| < 2^20.
const PIO2_1 = 1.5707963267341256;
const PIO2_2 = 6.077100506303966e-11;
const PIO2_3 = 2.0222662487111665e-21;
const PIO2_4 = 8.4784276603689e-32;
/** Arguments at least this large are left to the engine's sin/cos (reduction would be inexact). */
export const REDUCTION_LIMIT = 2 ** 19;

/** x = k π/2 + r, |r| <= ~π/4, for |x| < REDUCTION_LIMIT. */
export function reduce(x: number): { q: number; r: DD } {
  const k = Math.round(x * (2 / Math.PI));
  let r = twoSum(x, -k * PIO2_1);
  r = ddAdd(r, [-k * PIO2_2, 0]);
  r = ddAdd(r, [-k * PIO2_3, 0]);
  r = ddSub(r, twoProd(k, PIO2_4));
  return { q: ((k % 4) + 4) % 4, r };
}

/** sin x and cos x for |x| < REDUCTION_LIMIT. */
export function sinCosDD(x: number): { sin: DD; cos: DD } {
  const { q, r } = reduce(x);
  const r2 = ddMul(r, r);
  const c = horner(COS_SERIES, r2);
  const s = ddMul(horner(SIN_SERIES, r2), r);
  switch (q) {
    case 0:
      return { sin: s, cos: c };
    case 1:
      return { sin: c, cos: ddNeg(s) };
    case 2:
      return { sin: ddNeg(s), cos: ddNeg(c) };
    default:
      return { sin: ddNeg(c), cos: s };
  }
}
