import { describe, expect, it } from 'vitest';
import { parseHash } from './location-hash';
import { buildShareLink, MAX_SHARE_URL_LENGTH, readSharedRun } from './share-link';

describe('share links', () => {
  it('reproduce code, model, seed and lesson', () => {
    const run = { lesson: 'race-conditions', code: 'import threading\nprint("ünïcode ✓", 1 + 1)\n', model: '3.14t' as const, seed: 1234 };
    const link = buildShareLink('http://localhost:4173/#lesson=threads-101', run);
    if (!link.ok) throw new Error(link.reason);
    expect(link.url.startsWith('http://localhost:4173/#lesson=race-conditions&')).toBe(true);
    expect(readSharedRun(parseHash(new URL(link.url).hash))).toEqual(run);
  });

  it('refuses code that would make the URL too long', () => {
    // Random text compresses badly, like a long real program would.
    let code = '';
    for (let i = 0; code.length < MAX_SHARE_URL_LENGTH * 2; i++) code += `v${(i * 7919) % 10007} = ${(i * 104729) % 99991}\n`;
    const link = buildShareLink('http://x/', { lesson: 'a', code, model: '3.14', seed: 1 });
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.reason).toMatch(/too long/);
  });

  it('drops invalid fields and flags unreadable code', () => {
    expect(readSharedRun({ model: '2.7', seed: 'x', code: '!!!' })).toEqual({ codeUnreadable: true });
  });
});
