// random.Random's integer and sequence methods (randrange, randint, choice, shuffle, sample,
// choices, randbytes), drawing numbers in exactly the order CPython 3.12's Lib/random.py does.
// They work on indices (or shuffle a JS array in place); the VM maps them onto its objects.
import { FormatError } from '../../objects/format/format-error';
import type { PyIntValue } from '../../objects/format/number-parse';
import { crLog } from './correctly-rounded-math';
import type { MersenneTwister } from './mersenne-twister';

const MAX_SAFE = 9007199254740991;
const isSafe = (...xs: PyIntValue[]): boolean =>
  xs.every((x) => typeof x === 'number' && x <= MAX_SAFE && x >= -MAX_SAFE);
const norm = (v: bigint): PyIntValue => (v <= BigInt(MAX_SAFE) && v >= -BigInt(MAX_SAFE) ? Number(v) : v);

/** randrange(start[, stop[, step]]); `step` undefined means it was not given. */
export function randrange(
  rng: MersenneTwister,
  start: PyIntValue,
  stop: PyIntValue | null = null,
  step?: PyIntValue,
): PyIntValue {
  if (stop === null) {
    if (step !== undefined) throw new FormatError('TypeError', 'Missing a non-None stop argument');
    if (start > 0) return rng.randbelow(start);
    throw new FormatError('ValueError', 'empty range for randrange()');
  }
  if ((step === undefined || step === 1) && isSafe(start, stop)) {
    const width = (stop as number) - (start as number);
    if (width > 0) return (start as number) + (rng.randbelow(width) as number);
    throw new FormatError('ValueError', `empty range in randrange(${start}, ${stop})`);
  }
  const istart = BigInt(start);
  const width = BigInt(stop) - istart;
  const istep = BigInt(step ?? 1);
  if (istep === 1n) {
    if (width > 0n) return norm(istart + BigInt(rng.randbelow(norm(width))));
    throw new FormatError('ValueError', `empty range in randrange(${start}, ${stop})`);
  }
  let n: bigint;
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else throw new FormatError('ValueError', 'zero step for randrange()');
  if (n <= 0n) throw new FormatError('ValueError', `empty range in randrange(${start}, ${stop}, ${step ?? 1})`);
  return norm(istart + istep * BigInt(rng.randbelow(norm(n))));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** randbytes(n): getrandbits(n * 8) as n little-endian bytes. */
export function randbytes(rng: MersenneTwister, n: number): Uint8Array {
  if (n < 0) throw new FormatError('ValueError', 'number of bits must be non-negative');
  const out = new Uint8Array(n);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const w = rng.genrandUint32();
    out[i] = w & 0xff;
    out[i + 1] = (w >>> 8) & 0xff;
    out[i + 2] = (w >>> 16) & 0xff;
    out[i + 3] = w >>> 24;
  }
  if (i < n) {
    // the last, partial word keeps its most significant bits, as getrandbits does
    let w = rng.genrandUint32() >>> (32 - 8 * (n - i));
    for (; i < n; i++, w >>>= 8) out[i] = w & 0xff;
  }
  return out;
}

/** randint(a, b): randrange(a, b + 1). */
export function randint(rng: MersenneTwister, a: PyIntValue, b: PyIntValue): PyIntValue {
  const stop = typeof b === 'number' && b < MAX_SAFE ? b + 1 : norm(BigInt(b) + 1n);
  return randrange(rng, a, stop);
}

/** choice(seq): the index to pick from a sequence of this length. */
export function choiceIndex(rng: MersenneTwister, length: number): number {
  if (length === 0) throw new FormatError('IndexError', 'Cannot choose from an empty sequence');
  return rng.randbelow(length) as number;
}

/** shuffle(x): Fisher–Yates from the end, in place. */
export function shuffle<T>(rng: MersenneTwister, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.randbelow(i + 1) as number;
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}

/**
 * sample(population, k): indices into a population of size n, in selection order. CPython
 * picks from a shrinking pool for small populations and retries into a set for large ones.
 */
export function sampleIndices(rng: MersenneTwister, n: number, k: number): number[] {
  if (!(k >= 0 && k <= n)) throw new FormatError('ValueError', 'Sample larger than population or is negative');
  const result: number[] = new Array(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(crLog(k * 3) / crLog(4));
  if (n <= setsize) {
    const pool = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = rng.randbelow(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = rng.randbelow(n) as number;
      while (selected.has(j)) j = rng.randbelow(n) as number;
      selected.add(j);
      result[i] = j;
    }
  }
  return result;
}

/** sample(population, k, counts=counts): population indices (counts must be ints). */
export function sampleIndicesWithCounts(rng: MersenneTwister, n: number, counts: number[], k: number): number[] {
  const cum: number[] = [];
  let total = 0;
  for (const c of counts) cum.push((total += c));
  if (cum.length !== n) throw new FormatError('ValueError', 'The number of counts does not match the population');
  cum.pop();
  if (total <= 0) throw new FormatError('ValueError', 'Total of counts must be greater than zero');
  return sampleIndices(rng, total, k).map((s) => bisectRight(cum, s, 0, cum.length));
}

function bisectRight(a: number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * choices(population, weights, cum_weights=, k=): k indices into a population of size n.
 * Weights are the Python numbers as doubles; give at most one of weights / cumWeights.
 */
export function choicesIndices(
  rng: MersenneTwister,
  n: number,
  k: number,
  weights: number[] | null = null,
  cumWeights: number[] | null = null,
): number[] {
  const out: number[] = [];
  if (cumWeights === null) {
    if (weights === null) {
      for (let i = 0; i < k; i++) out.push(Math.floor(rng.random() * n));
      return out;
    }
    cumWeights = [];
    let sum = 0;
    for (const w of weights) cumWeights.push((sum += w));
  } else if (weights !== null) {
    throw new FormatError('TypeError', 'Cannot specify both weights and cumulative weights');
  }
  if (cumWeights.length !== n) throw new FormatError('ValueError', 'The number of weights does not match the population');
  const total = cumWeights[n - 1] + 0.0;
  if (!(total > 0.0)) {
    if (Number.isNaN(total)) throw new FormatError('ValueError', 'Total of weights must be finite');
    throw new FormatError('ValueError', 'Total of weights must be greater than zero');
  }
  if (!Number.isFinite(total)) throw new FormatError('ValueError', 'Total of weights must be finite');
  for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, rng.random() * total, 0, n - 1));
  return out;
}
