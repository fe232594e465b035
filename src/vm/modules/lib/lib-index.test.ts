import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderIndex, INDEX } from '../../../../scripts/embed-py-lib';

describe('embedded Python library', () => {
  it('index.ts is up to date with the .py files (run: npx tsx scripts/embed-py-lib.ts)', () => {
    expect(readFileSync(INDEX, 'utf8')).toBe(renderIndex());
  });
});
