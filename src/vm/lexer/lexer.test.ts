// The tokenizer against CPython's own (the `tokenize` module, recorded by
// ../parser/fixtures/regen.py), plus the tokenizer's error messages.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSource, tokenize } from './tokenizer';
import { PythonSyntaxError } from '../parser/syntax-error';

const FIXTURES = join(import.meta.dirname, '../parser/fixtures');

function pyRepr(s: string): string {
  // Enough of Python's str repr for token texts.
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\f/g, '\\x0c')
    .replace(q === "'" ? /'/g : /"/g, `\\${q}`);
  return q + body + q;
}

/** Our tokens in the fixture's format: TYPE 'text' row,col-row,col (character columns). */
function dumpTokens(source: string): string[] {
  const src = prepareSource(source, 'test.py');
  // Columns in code points, as Python counts them.
  const col = (pos: number, line: number) => [...src.text.slice(src.lineStarts[line - 1], pos)].length;
  return tokenize(src, 'test.py', { trivia: true }).map((t) => {
    const sameLine = t.lineno === t.endLineno;
    const c1 = col(t.start, t.lineno);
    const c2 = sameLine ? c1 + [...src.text.slice(t.start, t.end)].length : col(t.end, t.endLineno);
    return `${t.kind} ${pyRepr(t.text)} ${t.lineno},${c1}-${t.endLineno},${c2}`;
  });
}

/** Differences that are CPython's tokenize module's, not the tokenizer's: it turns `{{` into `{`
 * in FSTRING_MIDDLE (shifting positions) and splits such a middle in two. */
function comparable(lines: string[]): string[] {
  return lines.filter((l) => !l.startsWith('FSTRING_MIDDLE'));
}

describe('tokens match CPython tokenize', () => {
  for (const file of readdirSync(join(FIXTURES, 'snippets')).filter((f) => f.endsWith('.py')).sort()) {
    const stem = file.slice(0, -3);
    it(stem, () => {
      const source = readFileSync(join(FIXTURES, 'snippets', file), 'utf8');
      const expected = readFileSync(join(FIXTURES, 'expected', `${stem}.tokens`), 'utf8').trimEnd().split('\n');
      expect(comparable(dumpTokens(source))).toEqual(comparable(expected));
    });
  }
});

describe('tokenizer details', () => {
  it('keeps raw f-string middles for the parser', () => {
    const toks = tokenize("f'a{{b}}{x!r:>{w}}'\n").map((t) => `${t.kind}:${t.text}`);
    expect(toks).toEqual([
      "FSTRING_START:f'", 'FSTRING_MIDDLE:a{{b}}', 'OP:{', 'NAME:x', 'OP:!', 'NAME:r', 'OP::', 'FSTRING_MIDDLE:>',
      'OP:{', 'NAME:w', 'OP:}', 'FSTRING_MIDDLE:', 'OP:}', "FSTRING_END:'", 'NEWLINE:\n', 'ENDMARKER:',
    ]);
  });

  it('uses UTF-8 byte columns for AST positions', () => {
    const [s, eq, str] = tokenize("é = 'ü'\n");
    expect([s.col, s.endCol, eq.col, str.col, str.endCol]).toEqual([0, 2, 3, 5, 9]);
  });

  it('normalises identifiers to NFKC', () => {
    expect(tokenize('ﬁ = 1\n')[0].text).toBe('fi');
  });

  it('raises tokenizer errors with CPython wording', () => {
    const cases: [string, string][] = [
      ["s = 'abc\n", 'unterminated string literal (detected at line 1)'],
      ["s = '''abc\n\n", 'unterminated triple-quoted string literal (detected at line 2)'],
      ['(1,\n', "'(' was never closed"],
      [')\n', "unmatched ')'"],
      ['(]\n', "closing parenthesis ']' does not match opening parenthesis '('"],
      ['x = 1 $\n', 'invalid syntax'],
      ['x = 1 €\n', "invalid character '€' (U+20AC)"],
      ['1abc\n', 'invalid decimal literal'],
      ['0b2\n', "invalid digit '2' in binary literal"],
      ['0o9\n', "invalid digit '9' in octal literal"],
      ['0xg\n', 'invalid hexadecimal literal'],
      ['01\n', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers'],
      ["f'}'\n", "f-string: single '}' is not allowed"],
      ['if x:\n\tpass\n        pass\n', 'inconsistent use of tabs and spaces in indentation'],
      ['if x:\n    a\n  b\n', 'unindent does not match any outer indentation level'],
    ];
    for (const [source, msg] of cases) {
      let error: unknown = null;
      try {
        tokenize(source);
      } catch (e) {
        error = e;
      }
      expect(error, source).toBeInstanceOf(PythonSyntaxError);
      expect((error as PythonSyntaxError).msg, source).toBe(msg);
    }
  });
});
