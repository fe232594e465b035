// What the lexer and parser throw for bad source. The interpreter turns it into a Python
// SyntaxError / IndentationError / TabError object with the same fields CPython sets.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PythonSyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    /** CPython's wording, e.g. "invalid syntax", "expected ':'", "unexpected indent". */
    readonly msg: string,
    readonly filename: string,
    /** 1-based line. */
    readonly lineno: number,
    /** 1-based column as CPython reports it (SyntaxError.offset). */
    readonly offset: number,
    /** The source line (without its newline), as SyntaxError.text shows it. */
    readonly text: string | null,
    readonly end_lineno: number = lineno,
    readonly end_offset: number = offset,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
    this.name = 'PythonSyntaxError';
  }
}
