import { describe, expect, it } from 'vitest';
import { loadFixture } from './test-support';
import { decodeUtf8, encodeUtf8, UnicodeCodecError } from './utf8';

const fixture = loadFixture<{ decode: [string, string | null, string | null][]; encode: [string, string | null, string | null][] }>(
  __dirname,
  'utf8.fixtures.json',
);
const fromHex = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));
const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function outcome(run: () => string): [string | null, string | null] {
  try {
    return [run(), null];
  } catch (e) {
    if (e instanceof UnicodeCodecError) return [null, e.message];
    throw e;
  }
}

describe('utf8', () => {
  it(`decodes like bytes.decode() on ${fixture.decode.length} inputs`, () => {
    const wrong = fixture.decode.filter(([hex, ...expected]) => JSON.stringify(outcome(() => decodeUtf8(fromHex(hex)))) !== JSON.stringify(expected));
    expect(wrong).toEqual([]);
  });
  it('encodes like str.encode()', () => {
    const wrong = fixture.encode.filter(([s, ...expected]) => JSON.stringify(outcome(() => toHex(encodeUtf8(s)))) !== JSON.stringify(expected));
    expect(wrong).toEqual([]);
  });
});
