// Compares our parser with CPython 3.12 on every fixture: the AST dump of each snippet and the
// SyntaxError of each bad snippet. Fixtures come from fixtures/regen.py (CPython is the oracle).

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpAst, parse, PythonRecursionError, PythonSyntaxError } from './index';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function knownGaps(): Set<string> {
  const text = readFileSync(join(import.meta.dirname, 'known-gaps.txt'), 'utf8');
  return new Set(
    text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/)[0]),
  );
}

const gaps = knownGaps();
const read = (dir: string, name: string) => readFileSync(join(FIXTURES, dir, name), 'utf8');

/** A test that must pass, or — for a listed known gap — must still fail (so the list shrinks). */
function check(name: string, body: () => void): void {
  if (gaps.has(name)) it.fails(`${name} (known gap)`, body);
  else it(name, body);
}

describe('AST matches ast.dump(include_attributes=True)', () => {
  for (const file of readdirSync(join(FIXTURES, 'snippets')).filter((f) => f.endsWith('.py')).sort()) {
    const stem = file.slice(0, -3);
    check(stem, () => {
      const expected = read('expected', `${stem}.ast`).trimEnd();
      expect(dumpAst(parse(read('snippets', file), file))).toBe(expected);
    });
  }
});

describe('SyntaxError matches CPython', () => {
  for (const file of readdirSync(join(FIXTURES, 'errors')).filter((f) => f.endsWith('.py')).sort()) {
    const stem = file.slice(0, -3);
    check(`errors/${stem}`, () => {
      const expected = JSON.parse(read('expected', `${stem}.error.json`)) as Record<string, unknown>;
      let error: unknown = null;
      try {
        parse(read('errors', file), file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PythonSyntaxError);
      const e = error as PythonSyntaxError;
      expect({
        type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset,
      }).toEqual(expected);
    });
  }
});

describe('mutated snippets (CPython verdicts from regen.py)', () => {
  interface Mutant { src: string; ast_sha1?: string; error?: [string, string, number, number, number, number] }
  const mutants = JSON.parse(read('expected', 'mutants.json')) as Mutant[];
  let sameError = 0;
  let errors = 0;

  it('never fail with anything but a PythonSyntaxError, and produce the same AST when CPython does', () => {
    for (const m of mutants) {
      let tree: string | null = null;
      let error: unknown = null;
      try {
        tree = dumpAst(parse(m.src, 'mutant.py'));
      } catch (e) {
        error = e;
      }
      if (error !== null && !(error instanceof PythonSyntaxError)) throw error;
      if (m.ast_sha1) {
        expect(error, m.src).toBeNull();
        expect(createHash('sha1').update(tree ?? '').digest('hex'), m.src).toBe(m.ast_sha1);
      } else if (m.error) {
        errors++;
        expect(error, m.src).toBeInstanceOf(PythonSyntaxError);
        const e = error as PythonSyntaxError;
        const [kind, msg, lineno, offset] = m.error;
        if (e.kind === kind && e.msg === msg && e.lineno === lineno && e.offset === offset) sameError++;
      }
    }
  });

  it('report the same error (message, line, column) as CPython for at least 95% of the bad ones', () => {
    expect(errors).toBeGreaterThan(500);
    expect(sameError / errors).toBeGreaterThanOrEqual(0.95);
  });
});

describe('parser basics', () => {
  it('turns nesting too deep for the JavaScript stack into RecursionError, as CPython does', () => {
    for (const source of ['-'.repeat(200_000) + 'x', 'not '.repeat(100_000) + 'x', 'lambda: '.repeat(50_000) + '1']) {
      expect(() => parse(source, 'deep.py')).toThrow(PythonRecursionError);
    }
  });

  it('explains errors in deeply nested unfinished code without exponential backtracking', () => {
    const sources = [
      'f('.repeat(150) + '1 +' + ')'.repeat(150),
      'a['.repeat(150) + '1 +' + ']'.repeat(150),
      'x = ' + 'f(a, [b, {c: g('.repeat(40) + '1 +' + ')}])'.repeat(40),
    ];
    for (const source of sources) {
      const before = process.cpuUsage();
      expect(() => parse(source, 'nested.py')).toThrow(PythonSyntaxError);
      const used = process.cpuUsage(before);
      expect((used.user + used.system) / 1000).toBeLessThan(1000);
    }
  });

  it('parses a 5,000-line file well under 100 ms', () => {
    const chunk = read('snippets', 'threadpool_executor.py') + read('snippets', 'decorator_with_wraps.py');
    const lines = chunk.split('\n').length - 1;
    const source = chunk.repeat(Math.ceil(5000 / lines));
    for (let i = 0; i < 3; i++) parse(source, 'big.py');
    // Best of five, in CPU time: the machine is shared, so wall-clock timings are noisy.
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const before = process.cpuUsage();
      const tree = parse(source, 'big.py');
      const used = process.cpuUsage(before);
      best = Math.min(best, (used.user + used.system) / 1000);
      expect(tree.body.length).toBeGreaterThan(100);
    }
    expect(best).toBeLessThan(100);
  });
});
