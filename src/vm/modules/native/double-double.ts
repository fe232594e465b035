// Double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi) / 2, ~106 bits of precision
// (Dekker 1971; Knuth's TwoSum). The kernels of correctly-rounded-math.ts are written with it.
// The scalar "…To" forms leave their result in (H, L) instead of allocating: hot loops use them.

export type DD = [number, number];

let H = 0;
let L = 0;

const SPLITTER = 134217729; // 2^27 + 1

/** (H, L) = a + b exactly. */
function twoSumTo(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  H = s;
  L = a - (s - bb) + (b - bb);
}

/** (H, L) = a × b exactly (Dekker's product; |a|, |b| < 2^996). */
function twoProdTo(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  H = p;
  L = ah * bh - p + ah * bl + al * bh + al * bl;
}

function ddAddTo(ah: number, al: number, bh: number, bl: number): void {
  twoSumTo(ah, bh);
  const s = H;
  const e = L;
  twoSumTo(al, bl);
  const t = H;
  const f = L;
  twoSumTo(s, e + t);
  twoSumTo(H, L + f);
}

function ddMulTo(ah: number, al: number, bh: number, bl: number): void {
  twoProdTo(ah, bh);
  twoSumTo(H, L + (ah * bl + al * bh));
}

export function twoSum(a: number, b: number): DD {
  twoSumTo(a, b);
  return [H, L];
}

export function twoProd(a: number, b: number): DD {
  twoProdTo(a, b);
  return [H, L];
}

export function ddAdd(a: DD, b: DD): DD {
  ddAddTo(a[0], a[1], b[0], b[1]);
  return [H, L];
}

export function ddSub(a: DD, b: DD): DD {
  ddAddTo(a[0], a[1], -b[0], -b[1]);
  return [H, L];
}

export function ddMul(a: DD, b: DD): DD {
  ddMulTo(a[0], a[1], b[0], b[1]);
  return [H, L];
}

export function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = ddSub(a, ddMul(b, [q1, 0]));
  const q2 = r[0] / b[0];
  const r2 = ddSub(r, ddMul(b, [q2, 0]));
  const q3 = r2[0] / b[0];
  return ddAdd(twoSum(q1, q2), [q3, 0]);
}

/** Multiply by a power of two (exact). */
export const ddScale = ([h, l]: DD, s: number): DD => [h * s, l * s];
export const ddNeg = ([h, l]: DD): DD => [-h, -l];
/** The double nearest to the double-double. */
export const ddRound = ([h, l]: DD): number => h + l;

/** Σ coeffs[i] × x^i by Horner's rule; coefficients flattened as hi, lo pairs. */
export function horner(coeffs: Float64Array, [xh, xl]: DD): DD {
  let n = coeffs.length - 2;
  let th = coeffs[n];
  let tl = coeffs[n + 1];
  for (n -= 2; n >= 0; n -= 2) {
    ddMulTo(th, tl, xh, xl);
    ddAddTo(H, L, coeffs[n], coeffs[n + 1]);
    th = H;
    tl = L;
  }
  return [th, tl];
}

export const flatten = (dds: DD[]): Float64Array => Float64Array.from(dds.flat());
