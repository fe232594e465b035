import { describe, expect, it } from 'vitest';
import { floatRepr } from './float-repr';
import { floatFromHex, loadFixture } from './test-support';

const fixture = loadFixture<{ cases: [string, string][] }>(__dirname, 'float-repr.fixtures.json');

describe('floatRepr', () => {
  it(`matches CPython repr() on ${fixture.cases.length} doubles`, () => {
    const wrong = fixture.cases
      .map(([hex, expected]) => ({ hex, expected, got: floatRepr(floatFromHex(hex)) }))
      .filter((c) => c.got !== c.expected);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('prints the documented landmarks', () => {
    expect([1e16, 1e-5, 1.5e300, Infinity, -Infinity, NaN, -0, 100].map(floatRepr)).toEqual(
      ['1e+16', '1e-05', '1.5e+300', 'inf', '-inf', 'nan', '-0.0', '100.0'],
    );
  });
});
