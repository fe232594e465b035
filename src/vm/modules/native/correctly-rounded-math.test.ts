import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cr from './correctly-rounded-math';

type Row = [number, number, number | null];
const fixture = JSON.parse(readFileSync(join(__dirname, 'correctly-rounded-math.fixtures.json'), 'utf8')) as Record<
  string,
  Row[]
> & { pow: [number, number, number, number][]; atan2: [number, number, number][] };

const ours: Record<string, (x: number) => number> = {
  log: cr.crLog, log2: cr.crLog2, log10: cr.crLog10, log1p: cr.crLog1p, exp: cr.crExp, expm1: cr.crExpm1,
  sin: cr.crSin, cos: cr.crCos, tan: cr.crTan, asin: cr.crAsin, acos: cr.crAcos, atan: cr.crAtan,
  sinh: cr.crSinh, cosh: cr.crCosh, tanh: cr.crTanh, asinh: cr.crAsinh, acosh: cr.crAcosh, atanh: cr.crAtanh,
};
const engine: Record<string, (x: number) => number> = {
  log: Math.log, log2: Math.log2, log10: Math.log10, log1p: Math.log1p, exp: Math.exp, expm1: Math.expm1,
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
};

/** Distance in units in the last place between two finite doubles. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  const ia = view.getBigInt64(0);
  const ib = view.getBigInt64(8);
  const key = (i: bigint): bigint => (i < 0n ? -(i & 0x7fffffffffffffffn) : i); // monotonic order
  return Math.abs(Number(key(ia) - key(ib)));
}

interface Tally { total: number; offPython: number; worst: number; offExact: number; offEngine: number }

function tally(rows: [number, number, number | null, number, number][]): Tally {
  // rows: [ours, python, exact|null, engine, _]
  const t: Tally = { total: rows.length, offPython: 0, worst: 0, offExact: 0, offEngine: 0 };
  for (const [got, py, exact, eng] of rows) {
    if (got !== py) {
      t.offPython++;
      t.worst = Math.max(t.worst, ulps(got, py));
    }
    if (exact !== null && got !== exact) t.offExact++;
    if (eng !== py) t.offEngine++;
  }
  return t;
}

// Where glibc is (almost always) correctly rounded, ours always is; elsewhere (log10, log1p,
// expm1) glibc itself is off by an ulp for several percent of inputs and we follow glibc.
const CORRECTLY_ROUNDED = new Set(['log', 'log2', 'exp']);

describe('libm functions as CPython computes them', () => {
  const report: string[] = [];
  for (const name of Object.keys(ours)) {
    it(`${name}: within an ulp of CPython, equal in all but a few cases`, () => {
      const t = tally(fixture[name].map(([x, py, exact]) => [ours[name](x), py, exact, engine[name](x), 0]));
      report.push(`${name} ${t.offPython}/${t.total} (Math.${name} ${t.offEngine})`);
      if (CORRECTLY_ROUNDED.has(name)) expect(t.offExact).toBe(0);
      expect(t.worst).toBeLessThanOrEqual(1);
      expect(t.offPython / t.total).toBeLessThan(0.005);
    });
  }

  it('pow: correctly rounded, and within an ulp of CPython in all but a few cases', () => {
    const t = tally(fixture.pow.map(([x, y, py, exact]) => [cr.crPow(x, y), py, exact, Math.pow(x, y), 0]));
    report.push(`pow ${t.offPython}/${t.total} (Math.pow ${t.offEngine})`);
    expect(t.offExact).toBe(0);
    expect(t.worst).toBeLessThanOrEqual(1);
    expect(t.offPython / t.total).toBeLessThan(0.005);
  });

  it('atan2: within an ulp of CPython in all but a few cases', () => {
    const t = tally(fixture.atan2.map(([y, x, py]) => [cr.crAtan2(y, x), py, null, Math.atan2(y, x), 0]));
    report.push(`atan2 ${t.offPython}/${t.total} (Math.atan2 ${t.offEngine})`);
    expect(t.worst).toBeLessThanOrEqual(1);
    expect(t.offPython / t.total).toBeLessThan(0.005);
    console.log('differences from CPython (glibc), ours vs Math.*:', report.join(', '));
  });
});
