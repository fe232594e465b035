import { describe, expect, it } from 'vitest';
import { checkSyntax } from './syntax-check';

describe('checkSyntax', () => {
  it('finds nothing wrong in valid code', () => {
    expect(checkSyntax('import threading\n\ndef f(x):\n    return x + 1\n', 'main.py')).toEqual([]);
  });

  // Positions and messages as CPython 3.12 reports them (compile() on the same source).
  it('reports an unclosed bracket where CPython does', () => {
    const [problem] = checkSyntax('x = 1\nprint("unclosed"\n', 'main.py');
    expect(problem).toMatchObject({ kind: 'SyntaxError', message: "'(' was never closed", line: 2, column: 6 });
  });

  it('reports indentation errors with their kind', () => {
    const [problem] = checkSyntax('if True:\nprint(1)\n', 'main.py');
    expect(problem.kind).toBe('IndentationError');
    expect(problem.line).toBe(2);
  });
});
