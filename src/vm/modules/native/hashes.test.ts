import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash, hashHexDigest, type HashName } from './hashes';

const fixture = JSON.parse(readFileSync(join(__dirname, 'hashes.fixtures.json'), 'utf8')) as {
  names: HashName[];
  whole: string[][];
  chunked: [string[], ...string[][]][];
};
const fromHex = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));

describe('hashes', () => {
  fixture.names.forEach((name, n) => {
    it(`${name} matches hashlib on ${fixture.whole.length} inputs`, () => {
      const wrong = fixture.whole.filter((row) => hashHexDigest(name, fromHex(row[0])) !== row[n + 1]);
      expect(wrong.map((row) => row[0].length / 2)).toEqual([]);
    });

    it(`${name} hashes incrementally, digest() mid-stream included`, () => {
      for (const [chunks, ...expected] of fixture.chunked) {
        const h = createHash(name);
        const got = chunks.map((c) => {
          h.update(fromHex(c));
          return h.hexdigest();
        });
        expect(got).toEqual(expected[n]);
      }
    });
  });

  it('copies a running hash', () => {
    const h = createHash('sha256');
    h.update(new TextEncoder().encode('ab'));
    const c = h.copy();
    c.update(new TextEncoder().encode('c'));
    expect(c.hexdigest()).toBe(hashHexDigest('sha256', new TextEncoder().encode('abc')));
    expect(h.hexdigest()).toBe(hashHexDigest('sha256', new TextEncoder().encode('ab')));
  });
});
