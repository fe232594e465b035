/**
 * Seeded PRNG for schedule choices (which waiter wins the GIL, cost jitter, PCT change points).
 * Deliberately not Python's `random` (that is the VM's Mersenne Twister): the scheduler's
 * choices must not disturb the program's own random stream.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter) seeded through splitmix32: tiny state,
 * good statistical quality, and pure 32-bit integer arithmetic, so it is identical on every JS engine.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      // splitmix32 step
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform float in [0, 1). */
  nextFloat(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  intBetween(lo: number, hi: number): number {
    if (hi <= lo) return lo;
    return lo + Math.floor(this.nextFloat() * (hi - lo + 1));
  }

  /** Uniformly chosen element; the array must not be empty. */
  pick<T>(items: readonly T[]): T {
    return items[this.intBetween(0, items.length - 1)];
  }
}
