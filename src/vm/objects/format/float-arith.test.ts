import { describe, expect, it } from 'vitest';
import { floatDivmod, floatFloorDiv, floatMod, floatPow } from './float-arith';
import { FormatError } from './format-error';
import { floatFromHex, loadFixture } from './test-support';

type Outcome = [string | string[] | null, string | null, string | null];
const fixture = loadFixture<{ cases: [string, string, Outcome, Outcome, Outcome, Outcome, string | null][] }>(__dirname, 'float-arith.fixtures.json');

const view = new DataView(new ArrayBuffer(8));
const hex = (x: number): string => {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};
/** NaNs compare by being NaN: CPython's and V8's NaN payloads need not agree. */
const canon = (h: string): string => (Number.isNaN(floatFromHex(h)) ? 'nan' : h);

function outcome(run: () => number | [number, number] | null): Outcome {
  try {
    const r = run();
    if (r === null) return ['complex', null, null];
    return [Array.isArray(r) ? r.map(hex).map(canon) : canon(hex(r)), null, null];
  } catch (e) {
    if (e instanceof FormatError) return [null, e.pyType, e.message];
    throw e;
  }
}
const canonOutcome = ([r, t, m]: Outcome): Outcome => {
  // CPython's complex power overflowing is still "the complex path", which floatPow leaves to the VM
  if (m === 'complex exponentiation') return ['complex', null, null];
  return [r === null || r === 'complex' ? r : Array.isArray(r) ? r.map(canon) : canon(r), t, m];
};

describe('float arithmetic', () => {
  const ops: [string, number, (x: number, y: number) => number | [number, number] | null][] = [
    ['//', 2, floatFloorDiv],
    ['%', 3, floatMod],
    ['divmod', 4, floatDivmod],
  ];
  for (const [name, column, op] of ops) {
    it(`${name} matches CPython on ${fixture.cases.length} pairs`, () => {
      const wrong = fixture.cases
        .map((c) => {
          const x = floatFromHex(c[0]);
          const y = floatFromHex(c[1]);
          return { x, y, expected: canonOutcome(c[column] as Outcome), got: outcome(() => op(x, y)) };
        })
        .filter((c) => JSON.stringify(c.got) !== JSON.stringify(c.expected));
      expect(wrong.slice(0, 10)).toEqual([]);
    });
  }
});

describe('float **', () => {
  // CPython calls glibc's pow, correctly rounded in all but ~0.1% of cases; ours always is.
  it(`matches CPython on ${fixture.cases.length} pairs, or differs only where glibc is not correctly rounded`, () => {
    let glibcOff = 0;
    const wrong = fixture.cases
      .map((c) => {
        const x = floatFromHex(c[0]);
        const y = floatFromHex(c[1]);
        return { x, y, expected: canonOutcome(c[5]), got: outcome(() => floatPow(x, y)), correct: c[6] };
      })
      .filter((c) => {
        if (JSON.stringify(c.got) === JSON.stringify(c.expected)) return false;
        if (c.correct !== null && c.got[0] === c.correct) {
          glibcOff++;
          return false;
        }
        return true;
      });
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(glibcOff / fixture.cases.length).toBeLessThan(0.005);
  });
});
