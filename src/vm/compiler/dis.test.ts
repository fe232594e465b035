// The compiler's output for small programs, compared with CPython 3.12's `dis` listings
// recorded by dis-fixtures/regen.py.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { disassemble } from '../index';

const dir = join(import.meta.dirname, 'dis-fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.py') && f !== 'regen.py');

describe('dis listing matches CPython 3.12', () => {
  for (const f of fixtures) {
    it(f, () => {
      const source = readFileSync(join(dir, f), 'utf8');
      const expected = readFileSync(join(dir, f.replace(/\.py$/, '.dis.txt')), 'utf8');
      expect(disassemble(source, `/fixtures/${f}`)).toBe(expected);
    });
  }
});
