import { describe, expect, it } from 'vitest';
import { formatFloat } from './format-float';
import { formatInt } from './format-int';
import { formatStr } from './format-str';
import { FormatError } from './format-error';
import { floatFromHex, loadFixture } from './test-support';

type Case = [string, string, string | null, string | null, string | null];
const fixture = loadFixture<{ int: Case[]; float: Case[]; str: Case[] }>(__dirname, 'format-spec.fixtures.json');

/** Run one case; the result is comparable with the fixture's [result, errorType, message]. */
function outcome(run: () => string): [string | null, string | null, string | null] {
  try {
    return [run(), null, null];
  } catch (e) {
    if (e instanceof FormatError) return [null, e.pyType, e.message];
    throw e;
  }
}

function mismatches(cases: Case[], run: (value: string, spec: string) => string) {
  return cases
    .map(([value, spec, ...expected]) => ({ value, spec, expected, got: outcome(() => run(value, spec)) }))
    .filter((c) => JSON.stringify(c.got) !== JSON.stringify(c.expected));
}

const toInt = (text: string): number | bigint => {
  const big = BigInt(text);
  return Number.isSafeInteger(Number(big)) ? Number(big) : big;
};

describe('format(int, spec)', () => {
  it(`matches CPython on ${fixture.int.length} specs`, () => {
    expect(mismatches(fixture.int, (v, spec) => formatInt(toInt(v), spec)).slice(0, 10)).toEqual([]);
  });
  it('takes bigints and numbers alike', () => {
    expect(formatInt(1234567n, ',')).toBe(formatInt(1234567, ','));
  });
});

describe('format(float, spec)', () => {
  it(`matches CPython on ${fixture.float.length} specs`, () => {
    expect(mismatches(fixture.float, (v, spec) => formatFloat(floatFromHex(v), spec)).slice(0, 10)).toEqual([]);
  });
  it('rounds the exact binary value half-even', () => {
    expect([formatFloat(0.125, '.2f'), formatFloat(2.675, '.2f'), formatFloat(0.5, '.0f')]).toEqual(['0.12', '2.67', '0']);
  });
});

describe('format(str, spec)', () => {
  it(`matches CPython on ${fixture.str.length} specs`, () => {
    expect(mismatches(fixture.str, (v, spec) => formatStr(v, spec)).slice(0, 10)).toEqual([]);
  });
});
