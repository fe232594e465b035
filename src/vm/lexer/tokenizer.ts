// The tokenizer: source text → tokens, as CPython's Parser/lexer does it, including
// INDENT/DEDENT, implicit line joining inside brackets and PEP 701 f-string tokens.
// https://docs.python.org/3/reference/lexical_analysis.html

import { PythonSyntaxError, type SyntaxErrorKind } from '../parser/syntax-error';
import { codePointLabel, isAscii, isAsciiIdContinue, isDigit, isIdContinue, isIdStart, isPrintable, utf8Length } from './chars';
import { scanNumber } from './numbers';
import type { Token, TokenKind } from './token';

export interface TokenizeOptions {
  /** Also emit NL and COMMENT tokens (the parser does not want them). */
  trivia?: boolean;
}

export interface SourceText {
  /** The source with newlines normalised to \n and a final newline added. */
  text: string;
  filename: string;
  /** Offset of the first character of each line (index 0 = line 1). */
  lineStarts: number[];
  asciiLines: boolean[];
  /** The source did not end with a newline; we added one (its NEWLINE token has empty text). */
  addedNewline: boolean;
}

const OPERATORS_3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPERATORS_2 = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  // Only valid with `from __future__ import barry_as_FLUFL`, but always a token.
  '<>',
]);
const OPERATORS_1 = new Set('()[]{}:,;+-*/|&<>=.%~^@!');
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const CLOSER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
// CPython's tokenizer limits (MAXLEVEL, MAXINDENT).
const MAX_BRACKET_DEPTH = 200;
const MAX_INDENT_DEPTH = 100;
// Errors CPython's tokenizer reports through its status rather than an exception.
const LATE_ERRORS = new Set(['unexpected character after line continuation character', 'unexpected EOF while parsing']);

interface Bracket { ch: string; pos: number }
interface FField { parenBase: number; spec: boolean; open: number }
interface FFrame { quote: string; raw: boolean; start: number; fields: FField[] }

export function prepareSource(source: string, filename: string): SourceText {
  let text = source.replace(/\r\n?/g, '\n');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const addedNewline = text.length > 0 && !text.endsWith('\n');
  if (addedNewline) text += '\n';
  const lineStarts = [0];
  const asciiLines: boolean[] = [];
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      asciiLines.push(ascii);
      ascii = true;
      lineStarts.push(i + 1);
    } else if (c > 127) ascii = false;
  }
  asciiLines.push(ascii);
  return { text, filename, lineStarts, asciiLines, addedNewline };
}

/** 1-based line containing offset `pos`. */
export function lineOf(src: SourceText, pos: number): number {
  const starts = src.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function lineText(src: SourceText, lineno: number): string {
  const start = src.lineStarts[lineno - 1] ?? src.text.length;
  const end = src.text.indexOf('\n', start);
  return src.text.slice(start, end < 0 ? src.text.length : end);
}

/** Builds the error CPython raises at source offsets [pos, endPos] (reported as 1-based
 * character columns); `endOffset` overrides the end column where CPython reports 0 or -1. */
export function syntaxErrorAt(
  src: SourceText, kind: SyntaxErrorKind, msg: string, pos: number, endPos = pos, endOffset?: number,
): PythonSyntaxError {
  const lineno = lineOf(src, pos);
  const endLineno = lineOf(src, endPos);
  // Python counts columns in code points, JavaScript strings in UTF-16 units.
  const column = (at: number, line: number) => [...src.text.slice(src.lineStarts[line - 1], at)].length + 1;
  const offset = column(pos, lineno);
  const end = endOffset ?? column(endPos, endLineno);
  return new PythonSyntaxError(kind, msg, src.filename, lineno, offset, lineText(src, lineno), endLineno, end);
}

class Tokenizer {
  private readonly text: string;
  private pos = 0;
  private readonly tokens: Token[] = [];
  private readonly brackets: Bracket[] = [];
  private readonly fstrings: FFrame[] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];
  private atLineStart = true;
  private lineCursor = 0;
  /** Start of a comment on the current line (parser mode), or -1. */
  private commentStart = -1;

  constructor(private readonly src: SourceText, private readonly trivia: boolean) {
    this.text = src.text;
  }

  run(): Token[] {
    try {
      this.loop();
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      const at = Math.min(this.pos, this.text.length);
      const tok = this.emit('ERRORTOKEN', at, at, '');
      tok.error = e;
      tok.overridesParserError = this.fstrings.length === 0 && !LATE_ERRORS.has(e.msg) && e.kind === 'SyntaxError';
    }
    return this.tokens;
  }

  private loop(): void {
    let lastPos = -1;
    let lastCount = -1;
    for (;;) {
      // Every round must consume input or emit a token; anything else is a bug of ours.
      if (this.pos === lastPos && this.tokens.length === lastCount) {
        throw new Error(`InternalError: tokenizer stuck at offset ${this.pos}`);
      }
      lastPos = this.pos;
      lastCount = this.tokens.length;
      const frame = this.fstrings[this.fstrings.length - 1];
      if (frame && (frame.fields.length === 0 || frame.fields[frame.fields.length - 1].spec)) {
        if (!this.fstringLiteral(frame)) break;
        continue;
      }
      if (this.atLineStart && this.brackets.length === 0 && this.fstrings.length === 0) {
        if (!this.indentation()) continue;
      }
      if (!this.next()) break;
    }
  }

  private error(msg: string, pos: number, endPos = pos, endOffset?: number): PythonSyntaxError {
    return syntaxErrorAt(this.src, 'SyntaxError', msg, pos, endPos, endOffset);
  }

  private col(pos: number, lineno: number): number {
    const start = this.src.lineStarts[lineno - 1];
    return this.src.asciiLines[lineno - 1] ? pos - start : utf8Length(this.text.slice(start, pos));
  }

  /** lineOf for offsets that only move forward (token starts). */
  private lineAt(pos: number): number {
    const starts = this.src.lineStarts;
    let i = this.lineCursor;
    if (pos < starts[i]) i = lineOf(this.src, pos) - 1;
    while (i + 1 < starts.length && starts[i + 1] <= pos) i++;
    this.lineCursor = i;
    return i + 1;
  }

  private emit(kind: TokenKind, start: number, end: number, text = this.text.slice(start, end)): Token {
    const lineno = this.lineAt(start);
    const col = this.col(start, lineno);
    // A NEWLINE ends on its own line, one column after the line's text (as CPython reports it).
    const sameLine = end === start || kind === 'NEWLINE' || kind === 'NL';
    const endLineno = sameLine ? lineno : lineOf(this.src, end);
    const endCol = !sameLine ? this.col(end, endLineno) : end === start ? col : this.col(end - 1, lineno) + 1;
    const tok: Token = { kind, text, start, end, lineno, col, endLineno, endCol };
    this.tokens.push(tok);
    return tok;
  }

  /** Measures a new logical line's indentation; false when the line was blank (consumed). */
  private indentation(): boolean {
    const text = this.text;
    let col = 0;
    let altcol = 0;
    let p = this.pos;
    for (;; p++) {
      const c = text.charCodeAt(p);
      if (c === 32) { col++; altcol++; }
      else if (c === 9) { col = (Math.floor(col / 8) + 1) * 8; altcol++; }
      else if (c === 12) { col = altcol = 0; }
      else break;
    }
    const c = text.charCodeAt(p);
    if (p >= text.length || c === 10 || c === 35 /* # */) {
      // Blank or comment-only line: no NEWLINE, no indentation change.
      this.pos = p;
      if (p >= text.length) {
        this.atLineStart = false;
        return true;
      }
      if (c === 35) {
        const nl = text.indexOf('\n', p);
        if (this.trivia) this.emit('COMMENT', p, nl);
        p = nl;
      }
      if (this.trivia) this.emit('NL', p, p + 1);
      this.pos = p + 1;
      return false;
    }
    this.atLineStart = false;
    // A line that starts with a backslash does not change the indentation (CPython).
    if (c === 92) {
      this.pos = p;
      return true;
    }
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    const tabError = () =>
      syntaxErrorAt(this.src, 'TabError', 'inconsistent use of tabs and spaces in indentation', this.pos, this.pos, 0);
    if (col === top) {
      if (altcol !== altTop) throw tabError();
    } else if (col > top) {
      if (altcol <= altTop) throw tabError();
      if (this.indents.length >= MAX_INDENT_DEPTH) {
        throw syntaxErrorAt(this.src, 'IndentationError', 'too many levels of indentation', this.pos, this.pos, 0);
      }
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.emit('INDENT', this.pos, p);
    } else {
      if (!this.indents.includes(col)) {
        const eol = text.indexOf('\n', p);
        throw syntaxErrorAt(this.src, 'IndentationError', 'unindent does not match any outer indentation level',
          eol, eol, -1);
      }
      while (col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.emit('DEDENT', p, p, '');
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const eol = text.indexOf('\n', p);
        throw syntaxErrorAt(this.src, 'IndentationError', 'unindent does not match any outer indentation level',
          eol, eol, -1);
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) throw tabError();
    }
    this.pos = p;
    return true;
  }

  /** Reads one token (or skips trivia); false at the end of input. */
  private next(): boolean {
    const text = this.text;
    let p = this.pos;
    let c = text.charCodeAt(p);
    while (c === 32 || c === 9 || c === 12) c = text.charCodeAt(++p);
    this.pos = p;
    if (p >= text.length) {
      this.finish();
      return false;
    }
    if (c === 35 /* # */) {
      const nl = text.indexOf('\n', p);
      if (this.trivia) {
        this.emit('COMMENT', p, nl);
        this.pos = nl;
        return true;
      }
      this.commentStart = p;
      this.pos = nl;
      return true;
    }
    if (c === 10) {
      const inside = this.brackets.length > 0 || this.fstrings.length > 0;
      if (inside) {
        if (this.trivia) this.emit('NL', p, p + 1);
      } else {
        const implicit = this.src.addedNewline && p === text.length - 1;
        // CPython's parser sees a NEWLINE that starts where a trailing comment starts.
        const from = this.commentStart >= 0 ? this.commentStart : p;
        this.emit('NEWLINE', from, p + 1, implicit ? '' : '\n');
        this.atLineStart = true;
      }
      this.commentStart = -1;
      this.pos = p + 1;
      return true;
    }
    if (c === 92 /* \ */) {
      if (p + 1 >= text.length) throw this.error('unexpected EOF while parsing', p + 1, p + 1, -1);
      if (text.charCodeAt(p + 1) !== 10) {
        throw this.error('unexpected character after line continuation character', p + 1, p + 1, 0);
      }
      if (p + 2 >= text.length) throw this.error('unexpected EOF while parsing', p + 1, p + 1, -1);
      this.pos = p + 2;
      return true;
    }
    if (c < 128 ? isAsciiIdContinue(c) && !isDigit(c) : isIdStart(String.fromCodePoint(text.codePointAt(p) ?? 0))) {
      this.name(p);
      return true;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) {
      const scan = scanNumber(text, p);
      if ('error' in scan) throw this.error(scan.error, scan.at, scan.endAt ?? scan.at);
      this.emit('NUMBER', p, scan.end);
      this.pos = scan.end;
      return true;
    }
    if (c === 34 || c === 39) {
      this.string(p, p);
      return true;
    }
    this.operator(p);
    return true;
  }

  private name(start: number): void {
    const text = this.text;
    let p = start;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c < 128) {
        if (!isAsciiIdContinue(c)) break;
        p++;
      } else {
        const cp = text.codePointAt(p) ?? 0;
        const ch = String.fromCodePoint(cp);
        if (!isIdContinue(ch)) break;
        p += ch.length;
      }
    }
    const q = text.charCodeAt(p);
    if ((q === 34 || q === 39) && p - start <= 2 && STRING_PREFIXES.has(text.slice(start, p).toLowerCase())) {
      this.string(start, p);
      return;
    }
    const raw = text.slice(start, p);
    this.emit('NAME', start, p, isAscii(raw) ? raw : raw.normalize('NFKC'));
    this.pos = p;
  }

  /** A string literal (or an f-string start) whose prefix begins at `start`, quote at `q`. */
  private string(start: number, q: number): void {
    const text = this.text;
    const quoteChar = text[q];
    const triple = text.startsWith(quoteChar + quoteChar + quoteChar, q);
    const quote = triple ? quoteChar.repeat(3) : quoteChar;
    const prefix = text.slice(start, q).toLowerCase();
    if (prefix.includes('f')) {
      this.emit('FSTRING_START', start, q + quote.length);
      this.fstrings.push({ quote, raw: prefix.includes('r'), start, fields: [] });
      this.pos = q + quote.length;
      return;
    }
    let p = q + quote.length;
    for (;;) {
      if (p >= text.length) throw this.unterminated(start, triple, p, 'string');
      const c = text.charCodeAt(p);
      if (c === 92) {
        p += 2;
        continue;
      }
      if (c === 10 && !triple) {
        if (this.insideFieldOf(quoteChar)) throw this.error("f-string: expecting '}'", start);
        throw this.unterminated(start, triple, p, 'string');
      }
      if (text[p] === quoteChar && (!triple || text.startsWith(quote, p))) {
        p += quote.length;
        break;
      }
      p++;
    }
    this.emit('STRING', start, p);
    this.pos = p;
  }

  private unterminated(start: number, triple: boolean, at: number, what: string): PythonSyntaxError {
    const detected = lineOf(this.src, Math.min(at, this.text.length - 1));
    const kind = triple ? `triple-quoted ${what}` : what;
    return this.error(`unterminated ${kind} literal (detected at line ${detected})`, start);
  }

  /** True when a string opened with `quoteChar` sits in a replacement field of a same-quoted f-string. */
  private insideFieldOf(quoteChar: string): boolean {
    return this.fstrings.some((f) => f.quote === quoteChar && f.fields.length > 0);
  }

  /** Literal text of an f-string (top level or inside a format spec), up to the next field or the
   * end; false when the input ended. */
  private fstringLiteral(frame: FFrame): boolean {
    const text = this.text;
    const start = this.pos;
    const inSpec = frame.fields.length > 0;
    const triple = frame.quote.length === 3;
    let p = start;
    for (;;) {
      if (p >= text.length) {
        if (inSpec) {
          if (p > start) this.emit('FSTRING_MIDDLE', start, p);
          this.pos = p;
          this.finish();
          return false;
        }
        throw this.unterminated(frame.start, triple, p, 'f-string');
      }
      const c = text.charCodeAt(p);
      if (c === 10 && !triple) {
        if (!inSpec) throw this.unterminated(frame.start, false, p, 'f-string');
        // A line break in the spec of a single-quoted f-string ends that piece of the spec, and the
        // next line's indentation is skipped (as CPython 3.12 does).
        if (p > start) this.emit('FSTRING_MIDDLE', start, p);
        let q = p + 1;
        while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 10) q++;
        this.pos = q;
        return true;
      }
      if (text.startsWith(frame.quote, p)) {
        // A quote inside a format spec ends the f-string; the parser then reports the missing '}',
        // and the fields' '{' stay open like brackets.
        if (p > start || inSpec) this.emit('FSTRING_MIDDLE', start, p);
        for (const f of frame.fields) this.brackets.push({ ch: '{', pos: f.open });
        this.emit('FSTRING_END', p, p + frame.quote.length);
        this.fstrings.pop();
        this.pos = p + frame.quote.length;
        return true;
      }
      if (c === 92 /* \ */) {
        const n = text.charCodeAt(p + 1);
        if (!frame.raw && n === 78 /* N */ && text.charCodeAt(p + 2) === 123) {
          const close = text.indexOf('}', p);
          p = close < 0 ? p + 3 : close + 1;
        } else {
          p += n === 123 || n === 125 ? 1 : 2;
        }
        continue;
      }
      if (c === 123 /* { */) {
        if (!inSpec && text.charCodeAt(p + 1) === 123) {
          p += 2;
          continue;
        }
        if (p > start || inSpec) this.emit('FSTRING_MIDDLE', start, p);
        this.emit('OP', p, p + 1);
        frame.fields.push({ parenBase: this.brackets.length, spec: false, open: p });
        this.pos = p + 1;
        return true;
      }
      if (c === 125 /* } */) {
        if (inSpec) {
          this.emit('FSTRING_MIDDLE', start, p);
          this.emit('OP', p, p + 1);
          frame.fields.pop();
          this.pos = p + 1;
          return true;
        }
        if (text.charCodeAt(p + 1) === 125) {
          p += 2;
          continue;
        }
        throw this.error("f-string: single '}' is not allowed", p);
      }
      p++;
    }
  }

  private operator(p: number): void {
    const text = this.text;
    const c = text.charCodeAt(p);
    const c2 = text.charCodeAt(p + 1);
    // Every multi-character operator has '=' or its own first character second, or is '->' or '<>'.
    const multi = c2 === 61 || c2 === c || (c2 === 62 && (c === 45 || c === 60));
    let op = multi ? text.slice(p, p + 3) : '';
    if (!OPERATORS_3.has(op)) {
      op = multi ? text.slice(p, p + 2) : '';
      if (!OPERATORS_2.has(op)) {
        op = text[p];
        if (!OPERATORS_1.has(op)) {
          const ch = String.fromCodePoint(text.codePointAt(p) ?? 0);
          const msg = isPrintable(ch) && ch !== '$' && ch !== '?' && ch !== '`'
            ? `invalid character '${ch}' (${codePointLabel(ch)})`
            : ch === '$' || ch === '?' || ch === '`' ? 'invalid syntax' : `invalid non-printable character ${codePointLabel(ch)}`;
          throw this.error(msg, p);
        }
      }
    }
    const frame = this.fstrings[this.fstrings.length - 1];
    const field = frame?.fields[frame.fields.length - 1];
    if (field && !field.spec && this.brackets.length === field.parenBase) {
      // At the top level of a replacement field, ':' starts the format spec and '}' ends it.
      if (op[0] === ':') {
        // CPython allows two levels of replacement fields inside format specs.
        if (frame.fields.length >= 3) throw this.error('f-string: expressions nested too deeply', p);
        this.emit('OP', p, p + 1);
        field.spec = true;
        this.pos = p + 1;
        return;
      }
      if (op === '}') {
        this.emit('OP', p, p + 1);
        frame.fields.pop();
        this.pos = p + 1;
        return;
      }
    }
    if (op === '(' || op === '[' || op === '{') {
      if (this.brackets.length >= MAX_BRACKET_DEPTH) throw this.error('too many nested parentheses', p);
      this.brackets.push({ ch: op, pos: p });
    } else if (op === ')' || op === ']' || op === '}') {
      if (field && this.brackets.length === field.parenBase) throw this.error(`f-string: unmatched '${op}'`, p);
      const open = this.brackets.pop();
      if (!open) throw this.error(`unmatched '${op}'`, p);
      if (open.ch !== CLOSER[op]) {
        const openLine = lineOf(this.src, open.pos);
        const where = openLine === lineOf(this.src, p) ? '' : ` on line ${openLine}`;
        throw this.error(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`, p);
      }
    }
    this.emit('OP', p, p + op.length);
    this.pos = p + op.length;
  }

  private finish(): void {
    let open: Bracket | undefined = this.brackets[this.brackets.length - 1];
    const frame = this.fstrings[this.fstrings.length - 1];
    if (frame) {
      // End of input inside a replacement field: its '{' counts as an unclosed bracket.
      const field = frame.fields[frame.fields.length - 1];
      if (!field) throw this.unterminated(frame.start, frame.quote.length === 3, this.text.length, 'f-string');
      if (!open || open.pos < field.open) open = { ch: '{', pos: field.open };
    }
    const end = this.text.length;
    const last = this.tokens[this.tokens.length - 1];
    if (open) {
      this.emit('ENDMARKER', end, end, '').error = this.error(`'${open.ch}' was never closed`, open.pos, open.pos, 0);
      return;
    }
    if (last && last.kind !== 'NEWLINE' && last.kind !== 'NL' && last.kind !== 'COMMENT') {
      this.emit('NEWLINE', end, end, '');
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.emit('DEDENT', end, end, '');
    }
    this.emit('ENDMARKER', end, end, '');
  }
}

/** All tokens; the last one is ENDMARKER, or ERRORTOKEN where tokenizing failed (the parser
 * raises those errors lazily, as CPython does). */
export function tokenizeForParser(src: SourceText): Token[] {
  return new Tokenizer(src, false).run();
}

/** Tokenizes the whole source, throwing the first tokenizer error. */
export function tokenize(source: string | SourceText, filename = '<string>', options: TokenizeOptions = {}): Token[] {
  const src = typeof source === 'string' ? prepareSource(source, filename) : source;
  const tokens = new Tokenizer(src, options.trivia ?? false).run();
  const final = tokens[tokens.length - 1];
  if (final.error) throw final.error;
  return tokens;
}
