import { describe, expect, it } from 'vitest';
import { hashFloat, hashInt } from './numeric-hash';
import { floatFromHex, loadFixture } from './test-support';

const fixture = loadFixture<{ float: [string, string][]; int: [string, string][] }>(__dirname, 'numeric-hash.fixtures.json');
const int = (s: string): number | bigint => {
  const b = BigInt(s);
  return b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b;
};

describe('numeric hash', () => {
  it(`hashFloat matches hash(float) on ${fixture.float.length} values`, () => {
    const wrong = fixture.float.filter(([hex, h]) => String(hashFloat(floatFromHex(hex))) !== h);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
  it(`hashInt matches hash(int) on ${fixture.int.length} values`, () => {
    const wrong = fixture.int.filter(([v, h]) => String(hashInt(int(v))) !== h);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
  it('hashes equal numbers equally and leaves NaN to identity', () => {
    expect(hashFloat(2 ** 70)).toEqual(hashInt(2n ** 70n));
    expect(hashFloat(NaN)).toBeNull();
  });
});
