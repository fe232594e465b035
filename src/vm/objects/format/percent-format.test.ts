import { describe, expect, it } from 'vitest';
import { FormatError } from './format-error';
import { floatRepr } from './float-repr';
import { intToFloat } from './int-convert';
import { percentFormat, type PercentHooks } from './percent-format';
import { strAscii, strRepr } from './string-repr';
import { floatFromHex, loadFixture } from './test-support';

// A miniature object model standing in for the VM's: the tagged values of the fixture.
type Value =
  | ['int', string]
  | ['bool', boolean]
  | ['float', string]
  | ['str', string]
  | ['none']
  | ['tuple', Value[]]
  | ['list', Value[]]
  | ['dict', [string, Value][]];

const TYPE_NAMES = { int: 'int', bool: 'bool', float: 'float', str: 'str', none: 'NoneType', tuple: 'tuple', list: 'list', dict: 'dict' };

function repr(v: Value): string {
  switch (v[0]) {
    case 'int': return v[1];
    case 'bool': return v[1] ? 'True' : 'False';
    case 'float': return floatRepr(floatFromHex(v[1]));
    case 'str': return strRepr(v[1]);
    case 'none': return 'None';
    case 'tuple': return v[1].length === 1 ? `(${repr(v[1][0])},)` : `(${v[1].map(repr).join(', ')})`;
    case 'list': return `[${v[1].map(repr).join(', ')}]`;
    case 'dict': return `{${v[1].map(([k, x]) => `${strRepr(k)}: ${repr(x)}`).join(', ')}}`;
  }
}

function truncToInt(x: number): number | bigint {
  if (Number.isNaN(x)) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

const asInt = (v: Value): number | bigint | null =>
  v[0] === 'int' ? BigInt(v[1]) : v[0] === 'bool' ? Number(v[1]) : null;

const hooks: PercentHooks<Value> = {
  tupleItems: (v) => (v[0] === 'tuple' ? v[1] : null),
  isMapping: (v) => v[0] === 'dict' || v[0] === 'list' || v[0] === 'tuple',
  getItem: (m, key) => {
    const hit = m[0] === 'dict' ? m[1].find(([k]) => k === key) : undefined;
    if (!hit) throw new FormatError('KeyError', strRepr(key));
    return hit[1];
  },
  str: (v) => (v[0] === 'str' ? v[1] : repr(v)),
  repr,
  ascii: (v) => (v[0] === 'str' ? strAscii(v[1]) : repr(v)),
  exactInt: asInt,
  toInt: (v) => (v[0] === 'float' ? truncToInt(floatFromHex(v[1])) : asInt(v)),
  toIndex: asInt,
  toFloat: (v) => {
    if (v[0] === 'float') return floatFromHex(v[1]);
    const i = asInt(v);
    return i === null ? null : intToFloat(i);
  },
  strValue: (v) => (v[0] === 'str' ? v[1] : null),
  typeName: (v) => TYPE_NAMES[v[0]],
};

type Case = [string, Value, string | null, string | null, string | null];
const fixture = loadFixture<{ cases: Case[] }>(__dirname, 'percent-format.fixtures.json');

function outcome(run: () => string): [string | null, string | null, string | null] {
  try {
    return [run(), null, null];
  } catch (e) {
    if (e instanceof FormatError) return [null, e.pyType, e.message];
    throw e;
  }
}

describe('percentFormat', () => {
  it(`matches CPython's str % args on ${fixture.cases.length} cases`, () => {
    const wrong = fixture.cases
      .map(([template, args, ...expected]) => ({ template, args, expected, got: outcome(() => percentFormat(template, args, hooks)) }))
      .filter((c) => JSON.stringify(c.got) !== JSON.stringify(c.expected));
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('rounds ties to even like CPython', () => {
    expect(percentFormat('%.2f %.2f', ['tuple', [['float', '3fc0000000000000'], ['float', '4005666666666666']]], hooks)).toBe(
      '0.12 2.67',
    );
  });
});

describe('percentFormat limits', () => {
  it('refuses widths no JS string can hold with a MemoryError', () => {
    expect(outcome(() => percentFormat('%*d', ['tuple', [['int', '1000000000'], ['int', '1']]], hooks))).toEqual([
      null,
      'MemoryError',
      '',
    ]);
  });
});
