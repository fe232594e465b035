// random.Random's real-valued distributions (uniform … binomialvariate), drawing numbers in
// exactly the order CPython 3.12's Lib/random.py does. Transcendental functions come from
// correctly-rounded-math.ts, so results match CPython's glibc in all but rare last-bit cases.
import { floatMod } from '../../objects/format/float-arith';
import { FormatError } from '../../objects/format/format-error';
import { crAcos, crCos, crExp, crLog, crLog2, crPow, crSin } from './correctly-rounded-math';
import type { MersenneTwister } from './mersenne-twister';

const TWOPI = 2 * Math.PI;
// The module constants as CPython computes them (4 * exp(-0.5) / sqrt(2.0), log(4.0), 1 + log(4.5)).
const NV_MAGICCONST = 1.7155277699214135;
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274;

function floatDivide(a: number, b: number): number {
  if (b === 0) throw new FormatError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

export function uniform(rng: MersenneTwister, a: number, b: number): number {
  return a + (b - a) * rng.random();
}

export function triangular(rng: MersenneTwister, low = 0.0, high = 1.0, mode: number | null = null): number {
  let u = rng.random();
  let c = 0.5;
  if (mode !== null) {
    if (high - low === 0) return low; // CPython catches the ZeroDivisionError
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [low, high] = [high, low];
  }
  return low + (high - low) * Math.sqrt(u * c);
}

/** normalvariate: Kinderman and Monahan's ratio method. */
export function normalvariate(rng: MersenneTwister, mu = 0.0, sigma = 1.0): number {
  let z: number;
  for (;;) {
    const u1 = rng.random();
    const u2 = 1.0 - rng.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -crLog(u2)) break;
  }
  return mu + z * sigma;
}

/** gauss: Box–Muller, caching the second value of each pair on the generator. */
export function gauss(rng: MersenneTwister, mu = 0.0, sigma = 1.0): number {
  let z = rng.gaussNext;
  rng.gaussNext = null;
  if (z === null) {
    const x2pi = rng.random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * crLog(1.0 - rng.random()));
    z = crCos(x2pi) * g2rad;
    rng.gaussNext = crSin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

export function lognormvariate(rng: MersenneTwister, mu: number, sigma: number): number {
  return crExp(normalvariate(rng, mu, sigma));
}

export function expovariate(rng: MersenneTwister, lambd = 1.0): number {
  return floatDivide(-crLog(1.0 - rng.random()), lambd);
}

export function vonmisesvariate(rng: MersenneTwister, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * rng.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = rng.random();
    z = crCos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = rng.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * crExp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = rng.random();
  return floatMod(u3 > 0.5 ? mu + crAcos(f) : mu - crAcos(f), TWOPI);
}
export function gammavariate(rng: MersenneTwister, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw new FormatError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters" (1977)
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rng.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rng.random();
      const v = crLog(u1 / (1.0 - u1)) / ainv;
      const x = alpha * crExp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -crLog(1.0 - rng.random()) * beta;
  // 0 < alpha < 1: algorithm GS of Kennedy & Gentle, Statistical Computing
  let x: number;
  for (;;) {
    const u = rng.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? crPow(p, 1.0 / alpha) : -crLog((b - p) / alpha);
    const u1 = rng.random();
    if (p > 1.0) {
      if (u1 <= crPow(x, alpha - 1.0)) break;
    } else if (u1 <= crExp(-x)) break;
  }
  return x * beta;
}

export function betavariate(rng: MersenneTwister, alpha: number, beta: number): number {
  const y = gammavariate(rng, alpha, 1.0);
  if (y) return y / (y + gammavariate(rng, beta, 1.0));
  return 0.0;
}

export function paretovariate(rng: MersenneTwister, alpha: number): number {
  const u = 1.0 - rng.random();
  return crPow(u, floatDivide(-1.0, alpha));
}

export function weibullvariate(rng: MersenneTwister, alpha: number, beta: number): number {
  const u = 1.0 - rng.random();
  return alpha * crPow(-crLog(u), floatDivide(1.0, beta));
}

/**
 * ln Γ(z) for z >= 1 (Lanczos, g = 7; ~1e-15 relative). binomialvariate only compares sums of
 * these against a random threshold, where a last-bit difference from C's lgamma does not matter.
 */
function lgamma(z: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  z -= 1;
  let x = c[0];
  for (let i = 1; i < 9; i++) x += c[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(x);
}

/** binomialvariate(n, p) (3.12): Devroye's geometric method for n·p < 10, else Hörmann's BTRS. */
export function binomialvariate(rng: MersenneTwister, n = 1, p = 0.5): number {
  if (n < 0) throw new FormatError('ValueError', 'n must be non-negative');
  if (p <= 0.0 || p >= 1.0) {
    if (p === 0.0) return 0;
    if (p === 1.0) return n;
    throw new FormatError('ValueError', 'p must be in the range 0.0 <= p <= 1.0');
  }
  if (n === 1) return rng.random() < p ? 1 : 0;
  if (p > 0.5) return n - binomialvariate(rng, n, 1.0 - p);
  if (n * p < 10.0) {
    let x = 0;
    let y = 0;
    const c = crLog2(1.0 - p);
    if (!c) return x;
    for (;;) {
      y += Math.floor(crLog2(rng.random()) / c) + 1;
      if (y > n) return x;
      x++;
    }
  }
  const spq = Math.sqrt(n * p * (1.0 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  let setup: { alpha: number; lpq: number; m: number; h: number } | null = null;
  for (;;) {
    let u = rng.random();
    u -= 0.5;
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2.0 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    let v = rng.random();
    if (us >= 0.07 && v <= vr) return k;
    if (setup === null) {
      const m = Math.floor((n + 1) * p);
      setup = {
        alpha: (2.83 + 5.1 / b) * spq,
        lpq: crLog(p / (1.0 - p)),
        m,
        h: lgamma(m + 1) + lgamma(n - m + 1),
      };
    }
    v *= setup.alpha / (a / (us * us) + b);
    if (crLog(v) <= setup.h - lgamma(k + 1) - lgamma(n - k + 1) + (k - setup.m) * setup.lpq) return k;
  }
}
