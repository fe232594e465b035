import { describe, expect, it } from 'vitest';
import { FormatError } from './format-error';
import { intToString, parseFloatText, parseIntLiteral } from './number-parse';
import { floatRepr } from './float-repr';
import { asciiOfRepr, strAscii, strRepr } from './string-repr';
import { loadFixture } from './test-support';

type Outcome = [string | null, string | null, string | null];
const fixture = loadFixture<{
  int: [string, number, ...Outcome][];
  float: [string, ...Outcome][];
  toString: [string, string, string, string][];
  repr: [string, string, string][];
}>(__dirname, 'number-parse.fixtures.json');

function outcome(run: () => string): Outcome {
  try {
    return [run(), null, null];
  } catch (e) {
    if (e instanceof FormatError) return [null, e.pyType, e.message];
    throw e;
  }
}

function mismatches<C extends unknown[]>(cases: C[], run: (c: C) => Outcome, expected: (c: C) => Outcome) {
  return cases
    .map((c) => ({ c, expected: expected(c), got: run(c) }))
    .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.expected));
}

describe('parseIntLiteral', () => {
  it(`matches int(str, base) on ${fixture.int.length} cases`, () => {
    const wrong = mismatches(
      fixture.int,
      ([text, base]) => outcome(() => String(parseIntLiteral(text, base))),
      ([, , ...expected]) => expected,
    );
    expect(wrong.slice(0, 10)).toEqual([]);
  });
  it('returns numbers for safe ints and bigints beyond', () => {
    expect(parseIntLiteral('42')).toBe(42);
    expect(parseIntLiteral('9007199254740993')).toBe(9007199254740993n);
  });
});

describe('parseFloatText', () => {
  it(`matches float(str) on ${fixture.float.length} cases`, () => {
    const wrong = mismatches(
      fixture.float,
      ([text]) => outcome(() => floatRepr(parseFloatText(text))),
      ([, ...expected]) => expected,
    );
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe('intToString', () => {
  it('matches bin/oct/hex', () => {
    const wrong = fixture.toString.filter(
      ([v, b, o, h]) => intToString(BigInt(v), 2) !== b || intToString(BigInt(v), 8) !== o || intToString(BigInt(v), 16) !== h,
    );
    expect(wrong).toEqual([]);
    expect(intToString(-31, 16)).toBe('-0x1f');
  });
});

describe('strRepr / strAscii', () => {
  it('match repr() and ascii()', () => {
    const wrong = fixture.repr.filter(([s, r, a]) => strRepr(s) !== r || strAscii(s) !== a);
    expect(wrong.map(([s, r, a]) => [r, strRepr(s), a, strAscii(s)])).toEqual([]);
    expect(fixture.repr.filter(([, r, a]) => asciiOfRepr(r) !== a)).toEqual([]);
  });
});
