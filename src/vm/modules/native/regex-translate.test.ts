// Python-syntax regexes translated for the host engine: the constructs whose meaning differs.
// (End-to-end behaviour against CPython is covered by the conformance cases under cases/re.)
import { describe, expect, it } from 'vitest';
import { translateRegex, RegexError, FLAG_M, FLAG_S, FLAG_A, FLAG_X } from './regex-translate';

function find(pattern: string, text: string, flags = 0): string[] {
  const t = translateRegex(pattern, flags);
  return [...text.matchAll(new RegExp(t.source, t.jsFlags + 'g'))].map((m) => m[0]);
}

describe('translateRegex', () => {
  it('keeps $ before a final newline and . away from newlines, as Python does', () => {
    expect(find('b$', 'ab\n')).toEqual(['b']);
    expect(find('a.c', 'a\nc abc')).toEqual(['abc']);
    expect(find('a.c', 'a\nc', FLAG_S)).toEqual(['a\nc']);
    expect(find('^x', 'x\nx', FLAG_M)).toEqual(['x', 'x']);
    expect(find('^x', 'x\nx')).toEqual(['x']);
  });
  it('makes \\w and \\d Unicode-aware unless re.ASCII', () => {
    expect(find('\\w+', 'café x')).toEqual(['café', 'x']);
    expect(find('\\w+', 'café', FLAG_A)).toEqual(['caf']);
    expect(find('\\d', '٣3')).toEqual(['٣', '3']);
  });
  it('rewrites named groups, backreferences and literal braces', () => {
    const t = translateRegex('(?P<w>a)(?P=w){2,}{x}', 0);
    expect(t.groups).toBe(1);
    expect(t.groupIndex.get('w')).toBe(1);
    expect(new RegExp(t.source, t.jsFlags).test('aaa{x}')).toBe(true);
  });
  it('supports verbose patterns and {,n}', () => {
    expect(find('a {,2}  # up to two\n b', 'aab ab', FLAG_X)).toEqual(['aab', 'ab']);
    expect(find('a{,2}b', 'aab b')).toEqual(['aab', 'b']);
  });
  it('reports errors with positions', () => {
    expect(() => translateRegex('(ab', 0)).toThrow(RegexError);
    expect(() => translateRegex('(ab', 0)).toThrow('missing ), unterminated subpattern at position 0');
    expect(() => translateRegex('a)', 0)).toThrow('unbalanced parenthesis at position 1');
    expect(() => translateRegex('*a', 0)).toThrow('nothing to repeat');
  });
});
