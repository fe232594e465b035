// MT19937 seeded exactly as CPython's _random module (Modules/_randommodule.c) and
// random.Random.seed (Lib/random.py, version 2), so that `random.seed(42); random.random()`
// prints what CPython prints. Generator: Matsumoto & Nishimura (1998).
import { FormatError } from '../../objects/format/format-error';
import type { PyIntValue } from '../../objects/format/number-parse';
import { encodeUtf8 } from '../../objects/format/utf8';
import { hashDigest } from './hashes';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** random.getstate() as plain data: (3, (624 words + index), gauss_next). */
export interface RandomState {
  version: number;
  internal: number[];
  gaussNext: number | null;
}

export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private index = N + 1;
  /** The second value of gauss()'s pair, kept for the next call (Random.gauss_next). */
  gaussNext: number | null = null;

  constructor(seed: PyIntValue = 0) {
    this.seedInt(seed);
  }

  // ---- seeding ----

  /** seed(n) for an int: all bits of abs(n), as little-endian 32-bit words. */
  seedInt(n: PyIntValue): void {
    let v = BigInt(n);
    if (v < 0n) v = -v;
    const key: number[] = [];
    do {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    } while (v > 0n);
    this.initByArray(key);
    this.gaussNext = null;
  }

  /** seed(b) for bytes/bytearray, version 2: the int of b + sha512(b), big-endian. */
  seedBytes(bytes: Uint8Array): void {
    const all = new Uint8Array(bytes.length + 64);
    all.set(bytes);
    all.set(hashDigest('sha512', bytes), bytes.length);
    let hex = '';
    for (const b of all) hex += b.toString(16).padStart(2, '0');
    this.seedInt(BigInt('0x' + hex));
  }

  /** seed(s) for a str, version 2: its UTF-8 bytes. */
  seedStr(s: string): void {
    this.seedBytes(encodeUtf8(s));
  }

  /** seed(x) for other hashable objects (floats): hash(x) cast to an unsigned 64-bit size_t. */
  seedHash(hash: PyIntValue): void {
    this.seedInt(BigInt.asUintN(64, BigInt(hash)));
  }

  /**
   * seed(None): CPython fills a 624-word key from os.urandom; the VM passes words from its own
   * seeded generator instead, so runs stay reproducible.
   */
  seedWords(key: readonly number[]): void {
    if (key.length === 0) throw new FormatError('ValueError', 'seed key must not be empty');
    this.initByArray(key.map((w) => w >>> 0));
    this.gaussNext = null;
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) >>> 0) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
  }

  // ---- generation ----

  /** The next 32-bit output (genrand_uint32). */
  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): a float in [0, 1) with 53 random bits, from two outputs. */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** getrandbits(k): k random bits, least significant 32-bit word drawn first. */
  getrandbits(k: number): PyIntValue {
    if (k < 0) throw new FormatError('ValueError', 'number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    let result = 0n;
    for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
      let r = this.genrandUint32();
      if (k < 32) r >>>= 32 - k;
      result |= BigInt(r) << shift;
    }
    return result <= 9007199254740991n ? Number(result) : result;
  }

  /** _randbelow(n) for n > 0: getrandbits(n.bit_length()) until below n. */
  randbelow(n: PyIntValue): PyIntValue {
    if (typeof n === 'number' && n <= 0xffffffff) {
      const k = 32 - Math.clz32(n);
      let r = this.genrandUint32() >>> (32 - k);
      while (r >= n) r = this.genrandUint32() >>> (32 - k);
      return r;
    }
    const big = BigInt(n);
    const k = big.toString(2).length;
    let r = BigInt(this.getrandbits(k));
    while (r >= big) r = BigInt(this.getrandbits(k));
    return typeof n === 'number' ? Number(r) : r <= 9007199254740991n ? Number(r) : r;
  }

  // ---- state ----

  getstate(): RandomState {
    return { version: 3, internal: [...this.mt, this.index], gaussNext: this.gaussNext };
  }

  setstate(state: RandomState): void {
    if (state.version !== 3 && state.version !== 2) {
      throw new FormatError('ValueError', `state with version ${state.version} passed to Random.setstate() of version 3`);
    }
    if (state.internal.length !== N + 1) throw new FormatError('ValueError', 'state vector is the wrong size');
    const index = state.internal[N];
    if (!(index >= 0 && index <= N)) throw new FormatError('ValueError', 'invalid state');
    for (let i = 0; i < N; i++) this.mt[i] = state.internal[i];
    this.index = index;
    this.gaussNext = state.gaussNext;
  }
}
