// Syntax errors for editor markers: parse the code and report the PythonSyntaxError the
// lexer/parser raise, with CPython's message and position. Errors CPython only finds while
// compiling (e.g. `return` outside a function) appear when the program runs.
import { parse, PythonSyntaxError } from '../vm/parser';
import type { SyntaxProblem } from './api';

export function checkSyntax(code: string, filename: string): SyntaxProblem[] {
  try {
    parse(code, filename);
    return [];
  } catch (err) {
    if (!(err instanceof PythonSyntaxError)) throw err;
    return [
      {
        kind: err.kind,
        message: err.msg,
        line: err.lineno,
        column: err.offset,
        endLine: err.end_lineno,
        endColumn: err.end_offset,
      },
    ];
  }
}
