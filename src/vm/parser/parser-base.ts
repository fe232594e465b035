// The parser's cursor over the token list, position bookkeeping and error helpers. The
// grammar itself lives in expressions.ts, statements.ts, patterns.ts, … as functions of it.

import type { Token, TokenKind } from '../lexer/token';
import { lineText, type SourceText } from '../lexer/tokenizer';
import type { Expr, Located } from './ast';
import { PythonSyntaxError, type SyntaxErrorKind } from './syntax-error';

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Where a node or token starts. */
export type Start = Token | Located;

export function isToken(s: Start): s is Token {
  return 'endCol' in s;
}

function startCol(s: Start): number {
  return isToken(s) ? s.col : s.col_offset;
}

function endOf(s: Start): [number, number] {
  return isToken(s) ? [s.endLineno, s.endCol] : [s.end_lineno, s.end_col_offset];
}

/** Converts a UTF-8 byte column of `line` to a column in code points (Python characters). */
function charCol(line: string, byteCol: number): number {
  let bytes = 0;
  let i = 0;
  let chars = 0;
  while (i < line.length && bytes < byteCol) {
    const c = line.charCodeAt(i);
    const astral = c >= 0xd800 && c <= 0xdbff;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : astral ? 4 : 3;
    i += astral ? 2 : 1;
    chars++;
  }
  // Past the end of the text (a NEWLINE token): one column per byte.
  return chars + Math.max(0, byteCol - bytes);
}

export class Parser {
  pos = 0;
  tok: Token;
  /** The last consumed token: node ends are taken from it. */
  last: Token;
  /** Index of the furthest token the parser has looked at, and the furthest outside error
   * analysis (`analyzing` > 0). CPython places "invalid syntax" at the latter (its first pass)
   * and uses the former to decide whether an unclosed bracket is to blame. */
  furthest = 0;
  furthestNormal = 0;
  analyzing = 0;
  /** Token indices where a call or subscript trailer failed to parse (see parsePrimary). */
  readonly failedTrailers = new Set<number>();
  /** The last expression completed by the `expression` rule (not a lambda or conditional):
   * what CPython's "Perhaps you forgot a comma?" points at. */
  lastExpr: Expr | null = null;
  /** Expressions written inside their own parentheses (matters for targets and `simple`). */
  readonly parenthesized = new WeakSet<object>();

  constructor(readonly tokens: Token[], readonly src: SourceText) {
    this.tok = tokens[0];
    this.last = tokens[0];
  }

  advance(): Token {
    const t = this.tok;
    this.last = t;
    if (this.pos < this.tokens.length - 1) this.tok = this.tokens[++this.pos];
    this.saw(this.pos);
    // A tokenizer error surfaces when the parser reaches it, as in CPython's lazy tokenizer.
    if (this.tok.kind === 'ERRORTOKEN' && this.tok.error) throw this.tok.error;
    return t;
  }

  peek(k = 1): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)];
  }

  /** Records that CPython would have fetched the token k ahead (a lookahead it consumes). */
  touch(k = 1): void {
    this.saw(Math.min(this.pos + k, this.tokens.length - 1));
  }

  private saw(i: number): void {
    if (i > this.furthest) this.furthest = i;
    if (i > this.furthestNormal && this.analyzing === 0) this.furthestNormal = i;
  }

  /** Runs `f` as error analysis (its lookahead does not move where "invalid syntax" points),
   * then puts the cursor back. Syntax errors thrown by `f` give null, except a tokenizer error. */
  analyze<T>(f: () => T): T | null {
    const mark = this.pos;
    this.analyzing++;
    try {
      return f();
    } catch (e) {
      // Reaching a tokenizer error is final, as in CPython.
      if (e === this.tokens[this.tokens.length - 1].error) throw e;
      return null;
    } finally {
      this.analyzing--;
      this.reset(mark);
    }
  }

  /** The token starting at a node's position (searching back from the cursor; errors only). */
  tokenAt(s: Located): Token | undefined {
    for (let i = Math.min(this.pos, this.tokens.length - 1); i >= 0; i--) {
      const t = this.tokens[i];
      if (t.lineno === s.lineno && t.col === s.col_offset && t.kind !== 'INDENT' && t.kind !== 'DEDENT') return t;
      if (t.lineno < s.lineno) break;
    }
    return undefined;
  }

  mark(): number {
    return this.pos;
  }

  reset(pos: number): void {
    this.pos = pos;
    this.tok = this.tokens[pos];
    this.last = this.tokens[Math.max(0, pos - 1)];
  }

  /** Is the current token of this kind? (A method, so TypeScript does not over-narrow.) */
  at(kind: TokenKind): boolean {
    return this.tok.kind === kind;
  }

  isOp(text: string): boolean {
    return this.tok.kind === 'OP' && this.tok.text === text;
  }

  isKw(text: string): boolean {
    return this.tok.kind === 'NAME' && this.tok.text === text;
  }

  /** A NAME token that is not a keyword. */
  isName(): boolean {
    return this.tok.kind === 'NAME' && !KEYWORDS.has(this.tok.text);
  }

  eatOp(text: string): boolean {
    if (this.tok.kind === 'OP' && this.tok.text === text) {
      this.advance();
      return true;
    }
    return false;
  }

  eatKw(text: string): boolean {
    if (this.tok.kind === 'NAME' && this.tok.text === text) {
      this.advance();
      return true;
    }
    return false;
  }

  expectOp(text: string): Token {
    if (this.isOp(text)) return this.advance();
    throw text === ':' || text === '(' || text === '=' ? this.errorAtToken(`expected '${text}'`) : this.invalidSyntax();
  }

  expectName(): Token {
    if (this.isName()) return this.advance();
    throw this.invalidSyntax();
  }

  /** Position of a node that starts at `s` and ends with the last consumed token. */
  loc(s: Start): Located {
    const l = this.last;
    return { lineno: s.lineno, col_offset: startCol(s), end_lineno: l.endLineno, end_col_offset: l.endCol };
  }

  /** Position spanning from the start of `a` to the end of `b`. */
  span(a: Start, b: Start): Located {
    const [el, ec] = endOf(b);
    return { lineno: a.lineno, col_offset: startCol(a), end_lineno: el, end_col_offset: ec };
  }

  /** An error covering `from`…`to` (nodes or tokens), with CPython's 1-based character offsets. */
  errorRange(
    msg: string, from: Start, to: Start = from, kind: SyntaxErrorKind = 'SyntaxError', endOffset?: number,
  ): PythonSyntaxError {
    const lineno = from.lineno;
    const text = lineText(this.src, lineno);
    const [endLineno, endByte] = endOf(to);
    const endText = endLineno === lineno ? text : lineText(this.src, endLineno);
    return new PythonSyntaxError(
      kind, msg, this.src.filename, lineno, charCol(text, startCol(from)) + 1, text,
      endLineno, endOffset ?? charCol(endText, endByte) + 1,
    );
  }

  errorAtToken(msg: string, tok: Token = this.tok, kind: SyntaxErrorKind = 'SyntaxError'): PythonSyntaxError {
    if (tok.kind === 'INDENT') return this.unexpectedIndent(tok);
    if (tok.kind === 'ENDMARKER' && tok.error) return tok.error;
    return this.errorRange(msg, tok, tok, kind);
  }

  /** The generic error; at the end of input an unclosed bracket is reported instead. */
  invalidSyntax(tok: Token = this.tokens[Math.max(this.pos, this.furthestNormal)]): PythonSyntaxError {
    if (tok.kind === 'ENDMARKER' && tok.error) return tok.error;
    if (tok.kind === 'INDENT') return this.unexpectedIndent(tok);
    return this.errorRange('invalid syntax', tok);
  }

  /** Bracket depth at the current token (CPython's token `level`); only needed for errors. */
  bracketLevel(): number {
    let level = 0;
    for (let i = 0; i < this.pos; i++) {
      const t = this.tokens[i];
      if (t.kind !== 'OP') continue;
      if (t.text === '(' || t.text === '[' || t.text === '{') level++;
      else if (t.text === ')' || t.text === ']' || t.text === '}') level--;
    }
    return level;
  }

  unexpectedIndent(tok: Token): PythonSyntaxError {
    const text = lineText(this.src, tok.lineno);
    return new PythonSyntaxError('IndentationError', 'unexpected indent', this.src.filename, tok.lineno,
      charCol(text, tok.endCol), text, tok.lineno, -1);
  }
}
