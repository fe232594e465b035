import type { PythonSyntaxError } from '../parser/syntax-error';

// Token kinds and the token record, named as in CPython's `token` module.
// https://docs.python.org/3/library/token.html

export type TokenKind =
  | 'NAME' | 'NUMBER' | 'STRING' | 'OP'
  | 'NEWLINE' | 'NL' | 'COMMENT' | 'INDENT' | 'DEDENT'
  | 'FSTRING_START' | 'FSTRING_MIDDLE' | 'FSTRING_END'
  | 'ENDMARKER'
  /** Where the tokenizer failed; the parser raises `error` when it gets there. */
  | 'ERRORTOKEN';

export interface Token {
  kind: TokenKind;
  /** The exact source text (FSTRING_MIDDLE: raw text, escapes and `{{` not yet decoded). */
  text: string;
  /** Character offsets into the (newline-normalised) source. */
  start: number;
  end: number;
  /** 1-based lines; columns are 0-based UTF-8 byte offsets, as CPython's AST positions. */
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  /** ERRORTOKEN: the tokenizer's error. ENDMARKER: set when a bracket was never closed. */
  error?: PythonSyntaxError;
  /** ERRORTOKEN: whether this error replaces a parser error found earlier in the file (CPython
   * re-tokenizes after a parser error; indentation, line-continuation and f-string errors do
   * not replace it). */
  overridesParserError?: boolean;
}
