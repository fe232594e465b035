// The libm functions of Python's math module (and of random's distributions), computed to give
// what CPython prints. CPython calls the C library (glibc here). glibc's exp, log, log2, pow,
// sin, cos, tan, asin, acos, atan, atan2 are correctly rounded in all but ~0.1% of cases, so
// ours are correctly rounded from double-double kernels; V8's Math.* (fdlibm) differs from
// glibc in the last bit for several percent of inputs there. glibc's log10, log1p, expm1 and
// hyperbolic functions instead follow the classic fdlibm methods, which V8 shares: for those we
// use Math.* or the same well-known formulas on top of glibc-like exp/log.
// Special values (nan, ±inf, ±0, domain errors as NaN) follow C99, as Math.* does.
import { ddDiv, ddMul, ddRound, ddSub, type DD } from './double-double';
import { expDD, LN2, logDD, REDUCTION_LIMIT, scaleRound, sinCosDD } from './math-kernels';

// ---- logarithms ----

export function crLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  return ddRound(logDD(x));
}

export function crLog2(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  return ddRound(ddDiv(logDD(x), LN2));
}

/** log10 the fdlibm way: y·log10(2) split in two parts plus log(m)/ln 10, with m in [0.5, 2). */
export function crLog10(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    k = -54;
  }
  bits.setFloat64(0, x);
  const hiWord = bits.getUint32(0);
  k += ((hiWord >>> 20) & 0x7ff) - 1023;
  const i = k < 0 ? 1 : 0; // a negative exponent keeps m in [0.5, 1)
  bits.setUint32(0, (hiWord & 0x000fffff) | ((0x3ff - i) << 20));
  const y = k + i;
  const z = y * LOG10_2_LO + INV_LN10 * crLog(bits.getFloat64(0));
  return z + y * LOG10_2_HI;
}

const bits = new DataView(new ArrayBuffer(8));
const INV_LN10 = 0.4342944819032518;
const LOG10_2_HI = 0.30102999566361177; // log10(2) to 33 bits
const LOG10_2_LO = 3.694239077158931e-13;

/** glibc's log1p is the fdlibm method, as is V8's. */
export const crLog1p = Math.log1p;

// ---- exponentials ----

/** e^a for a double-double exponent, rounded once. */
function expOfDD(a: DD): number {
  const x = a[0] + a[1];
  if (Number.isNaN(x)) return NaN;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  const { t, k } = expDD(a);
  return scaleRound(t, k);
}

export function crExp(x: number): number {
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x === 0) return 1;
  return expOfDD([x, 0]);
}

/** glibc's expm1 is the fdlibm method, as is V8's. */
export const crExpm1 = Math.expm1;

/** x ** y for finite x > 0 and finite y; other cases follow Math.pow (C99 pow's rules). */
export function crPow(x: number, y: number): number {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 1) return Math.pow(x, y);
  if (y === 1) return x;
  return expOfDD(ddMul(logDD(x), [y, 0]));
}

// ---- trigonometry ----

export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  if (Math.abs(x) >= REDUCTION_LIMIT) return Math.sin(x);
  return ddRound(sinCosDD(x).sin);
}

export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) >= REDUCTION_LIMIT) return Math.cos(x);
  return ddRound(sinCosDD(x).cos);
}

export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  if (Math.abs(x) >= REDUCTION_LIMIT) return Math.tan(x);
  const { sin, cos } = sinCosDD(x);
  return ddRound(ddDiv(sin, cos));
}

/**
 * One Newton step θ - g(θ)/g'(θ) from the engine's estimate (already within an ulp or two),
 * with g evaluated in double-double: the error becomes ~ulp², far below the rounding point.
 */
function polish(theta: number, g: (sc: { sin: DD; cos: DD }) => { value: DD; slope: number }): number {
  if (!Number.isFinite(theta) || Math.abs(theta) >= REDUCTION_LIMIT) return theta;
  const { value, slope } = g(sinCosDD(theta));
  if (slope === 0 || !Number.isFinite(slope)) return theta;
  return theta - ddRound(value) / slope;
}

export function crAcos(x: number): number {
  if (!(x >= -1 && x <= 1)) return NaN;
  if (x === 1) return 0;
  // g(θ) = cos θ - x, g'(θ) = -sin θ
  return polish(Math.acos(x), ({ sin, cos }) => ({ value: ddSub(cos, [x, 0]), slope: -ddRound(sin) }));
}

export function crAsin(x: number): number {
  if (!(x >= -1 && x <= 1)) return NaN;
  if (x === 0 || Math.abs(x) === 1) return Math.asin(x);
  // g(θ) = sin θ - x, g'(θ) = cos θ
  return polish(Math.asin(x), ({ sin, cos }) => ({ value: ddSub(sin, [x, 0]), slope: ddRound(cos) }));
}

export function crAtan(x: number): number {
  if (Number.isNaN(x) || x === 0 || Math.abs(x) > 2 ** 60) return Math.atan(x); // ±π/2 beyond
  // g(θ) = sin θ - x cos θ, g'(θ) = cos θ + x sin θ
  return polish(Math.atan(x), ({ sin, cos }) => ({
    value: ddSub(sin, ddMul([x, 0], cos)),
    slope: ddRound(cos) + x * ddRound(sin),
  }));
}

export function crAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  // scale both by the same power of two so the larger is near 1 (exact unless the smaller
  // underflows, where the engine's answer is already the rounded one)
  const e = Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y))));
  const s = 2 ** -Math.max(-1000, Math.min(1000, e));
  const xs = x * s;
  const ys = y * s;
  if (Math.min(Math.abs(xs), Math.abs(ys)) < 2 ** -900) return Math.atan2(y, x);
  // g(θ) = x sin θ - y cos θ, g'(θ) = x cos θ + y sin θ
  return polish(Math.atan2(y, x), ({ sin, cos }) => ({
    value: ddSub(ddMul([xs, 0], sin), ddMul([ys, 0], cos)),
    slope: xs * ddRound(cos) + ys * ddRound(sin),
  }));
}

// ---- hyperbolic functions: fdlibm's methods over glibc-like exp/log ----

const LN_DBL_MAX = 709.782712893384;

export function crSinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LN_DBL_MAX) return h * crExp(ax);
  const w = crExp(0.5 * ax); // e^|x|/2 = (e^(|x|/2) / 2) · e^(|x|/2), without overflowing early
  return h * w * w;
}

export function crCosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax === Infinity) return Infinity;
  if (ax < 0.5 * Math.LN2) {
    const t = Math.expm1(ax);
    const w = 1 + t;
    if (ax < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < LN_DBL_MAX) return 0.5 * crExp(ax);
  const w = crExp(0.5 * ax);
  return 0.5 * w * w;
}

/** glibc's tanh is the fdlibm method (via expm1), as is V8's. */
export const crTanh = Math.tanh;

export function crAsinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const ax = Math.abs(x);
  let w: number;
  if (ax < 2 ** -28) return x;
  if (ax > 2 ** 28) w = crLog(ax) + Math.LN2;
  else if (ax > 2) w = crLog(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function crAcosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x === Infinity) return x;
  if (x >= 2 ** 28) return crLog(x) + Math.LN2;
  if (x === 1) return 0;
  if (x > 2) return crLog(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

/** glibc's atanh is the fdlibm method (via log1p), as is V8's. */
export const crAtanh = Math.atanh;
