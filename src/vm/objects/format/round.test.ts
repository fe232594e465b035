import { describe, expect, it } from 'vitest';
import { FormatError } from './format-error';
import { roundFloat, roundFloatToInt, roundInt } from './round';
import { floatFromHex, loadFixture } from './test-support';

type Case = [string, string | null, string | null, string | null, string | null];
const fixture = loadFixture<{ float: Case[]; int: Case[] }>(__dirname, 'round.fixtures.json');

function outcome(run: () => string): [string | null, string | null, string | null] {
  try {
    return [run(), null, null];
  } catch (e) {
    if (e instanceof FormatError) return [null, e.pyType, e.message];
    throw e;
  }
}

const hexOf = (x: number): string => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};
const int = (text: string): number | bigint => {
  const big = BigInt(text);
  return Number.isSafeInteger(Number(big)) ? Number(big) : big;
};

describe('round', () => {
  it(`round(float, n) and round(float) match CPython on ${fixture.float.length} cases`, () => {
    const wrong = fixture.float
      .map(([x, n, ...expected]) => {
        const value = floatFromHex(x);
        const got = outcome(() => (n === null ? String(roundFloatToInt(value)) : hexOf(roundFloat(value, int(n)))));
        return { x: value, n, expected, got };
      })
      .filter((c) => JSON.stringify(c.got) !== JSON.stringify(c.expected));
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it(`round(int, n) matches CPython on ${fixture.int.length} cases`, () => {
    const wrong = fixture.int
      .map(([v, n, ...expected]) => ({ v, n, expected, got: outcome(() => String(roundInt(int(v), int(n ?? '0')))) }))
      .filter((c) => JSON.stringify(c.got) !== JSON.stringify(c.expected));
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('rounds ties to even on the exact binary value', () => {
    expect([roundFloat(2.675, 2), roundFloat(0.125, 2), roundFloat(2.5, 0)]).toEqual([2.67, 0.12, 2]);
    expect([roundFloatToInt(0.5), roundFloatToInt(1.5), roundFloatToInt(-2.5)]).toEqual([0, 2, -2]);
    expect(roundInt(10n ** 30n + 5n * 10n ** 9n, -10)).toBe(10n ** 30n);
  });
});
