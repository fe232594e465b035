// hash() of ints and floats as CPython defines it (Python/pyhash.c, "Hashing of numeric
// types" in the stdtypes docs): reduction modulo the Mersenne prime 2^61 - 1, so that equal
// numbers hash equally across int, float and bool. random.seed(float) seeds from this too.
import { decompose } from './decimal-digits';
import { normalizeInt, type PyIntValue } from './number-parse';

const MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159;

function finish(negative: boolean, h: bigint): PyIntValue {
  let signed = negative ? -h : h;
  if (signed === -1n) signed = -2n; // -1 is the C-level error marker
  return normalizeInt(signed);
}

export function hashInt(v: PyIntValue): PyIntValue {
  if (typeof v === 'number' && v >= 0 && v < 2 ** 53) return v; // below the modulus: itself
  const big = BigInt(v);
  const negative = big < 0n;
  return finish(negative, (negative ? -big : big) % MODULUS);
}

/** hash(x) for a float; null for a NaN, which CPython 3.10+ hashes by object identity. */
export function hashFloat(x: number): PyIntValue | null {
  if (Number.isNaN(x)) return null;
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
  if (x === 0) return 0;
  const { mantissa, exponent } = decompose(x);
  // 2^61 ≡ 1 (mod 2^61 - 1), so 2^e ≡ 2^(e mod 61) for negative e as well
  const shift = BigInt(((exponent % 61) + 61) % 61);
  const h = ((mantissa % MODULUS) << shift) % MODULUS;
  return finish(x < 0, h);
}
