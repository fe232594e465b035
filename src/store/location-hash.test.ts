import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './location-hash';

describe('location hash', () => {
  it('round-trips every field, including characters lz-string produces', () => {
    const state = { lesson: 'threads-101', model: '3.14t', seed: '42', code: 'N4Ig+ZwYgB/a-$' };
    expect(parseHash(formatHash(state))).toEqual(state);
  });

  it('ignores unknown and empty keys', () => {
    expect(parseHash('#lesson=&foo=1&seed=3')).toEqual({ seed: '3' });
    expect(formatHash({})).toBe('');
  });
});
