// String literals: implicit concatenation of plain, bytes and f-strings, and f-string
// replacement fields → Constant / JoinedStr / FormattedValue, positioned as CPython 3.12 does.
// https://docs.python.org/3/reference/lexical_analysis.html#f-strings

import type { Constant, Expr, FormattedValue, JoinedStr, Located } from './ast';
import { decodeBytes, decodeStr, EscapeError } from '../lexer/escapes';
import type { Token } from '../lexer/token';
import { isAscii } from '../lexer/chars';
import type { Parser } from './parser-base';
import { parsePrimary, parseStarExpressions, parseYield } from './expressions';
import { errorAfterExpression, startsExpression } from './expression-errors';
import { PythonSyntaxError } from './syntax-error';

interface Piece {
  value: string;
  loc: Located;
  /** 'u' when the piece came from a u'' string. */
  kind: string | null;
}

function tokLoc(t: Token): Located {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

function decode(p: Parser, tok: Token, body: string, raw: boolean): string {
  try {
    return decodeStr(body, raw);
  } catch (e) {
    if (e instanceof EscapeError) throw p.errorRange(e.message, tok);
    throw e;
  }
}

export function parseStrings(p: Parser): Expr {
  const start = p.tok;
  const parts: (Piece | FormattedValue)[] = [];
  let bytes: Uint8Array[] | null = null;
  let sawStr = false;
  let sawF = false;
  let firstKind: string | null = null;
  for (let first = true; p.tok.kind === 'STRING' || p.tok.kind === 'FSTRING_START'; first = false) {
    const t = p.tok;
    if (t.kind === 'FSTRING_START') {
      sawF = true;
      parseFString(p, parts);
      continue;
    }
    p.advance();
    const q = t.text.search(/['"]/);
    const rawPrefix = t.text.slice(0, q);
    const prefix = rawPrefix.toLowerCase();
    const quoteLen = t.text.startsWith(t.text[q].repeat(3), q) && t.text.length >= q + 6 ? 3 : 1;
    const body = t.text.slice(q + quoteLen, t.text.length - quoteLen);
    const raw = prefix.includes('r');
    // CPython records kind='u' only for a lowercase u prefix.
    if (first && rawPrefix === 'u') firstKind = 'u';
    if (prefix.includes('b')) {
      if (!isAscii(body)) throw p.errorRange('bytes can only contain ASCII literal characters', t);
      try {
        (bytes ??= []).push(decodeBytes(body, raw));
      } catch (e) {
        if (e instanceof EscapeError) throw p.errorRange(e.message, t);
        throw e;
      }
    } else {
      sawStr = true;
      parts.push({ value: decode(p, t, body, raw), loc: tokLoc(t), kind: rawPrefix === 'u' ? 'u' : null });
    }
  }
  if (bytes && (sawStr || sawF)) throw p.errorRange('cannot mix bytes and nonbytes literals', p.tok);
  if (bytes) {
    const total = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of bytes) {
      total.set(b, at);
      at += b.length;
    }
    return { _type: 'Constant', value: { kind: 'bytes', value: total }, kind: null, ...p.loc(start) };
  }
  if (!sawF) {
    const value = (parts as Piece[]).map((x) => x.value).join('');
    return { _type: 'Constant', value: { kind: 'str', value }, kind: firstKind, ...p.loc(start) };
  }
  return { _type: 'JoinedStr', values: mergeConstants(parts), ...p.loc(start) };
}

/** Joins adjacent literal pieces into one Constant spanning them all; drops empty ones. */
function mergeConstants(parts: (Piece | FormattedValue)[]): Expr[] {
  const out: Expr[] = [];
  let pending: Piece | null = null;
  const flush = () => {
    if (pending && pending.value !== '') {
      out.push({ _type: 'Constant', value: { kind: 'str', value: pending.value }, kind: pending.kind, ...pending.loc });
    }
    pending = null;
  };
  for (const part of parts) {
    if ('_type' in part) {
      flush();
      out.push(part);
    } else if (pending === null) {
      pending = { ...part, loc: { ...part.loc } };
    } else {
      const cur: Piece = pending;
      cur.value += part.value;
      cur.loc.end_lineno = part.loc.end_lineno;
      cur.loc.end_col_offset = part.loc.end_col_offset;
    }
  }
  flush();
  return out;
}

/** One f-string, FSTRING_START … FSTRING_END, appending its pieces to `parts`. */
function parseFString(p: Parser, parts: (Piece | FormattedValue)[]): void {
  const startTok = p.advance();
  const raw = startTok.text.toLowerCase().includes('r');
  for (;;) {
    const t = p.tok;
    if (t.kind === 'FSTRING_MIDDLE') {
      p.advance();
      // `{{` and `}}` are literal braces, except inside a `\N{...}` escape.
      const text = t.text.replace(raw ? /\{\{|\}\}/g : /\\N\{[^}]*\}|\{\{|\}\}/g, (m) => (m.length === 2 ? m[0] : m));
      parts.push({ value: decode(p, t, text, raw), loc: tokLoc(t), kind: null });
    } else if (t.kind === 'OP' && t.text === '{') {
      parseReplacementField(p, raw, parts);
    } else if (t.kind === 'FSTRING_END') {
      p.advance();
      return;
    } else {
      throw p.invalidSyntax();
    }
  }
}

/** `{ expr [=] [!conv] [:spec] }`; pushes the debug text (for `=`) and the FormattedValue. */
function parseReplacementField(p: Parser, raw: boolean, parts: (Piece | FormattedValue)[]): void {
  const open = p.advance();
  if (p.isOp('}') || p.isOp('!') || p.isOp(':') || p.isOp('=')) {
    throw p.errorAtToken(`f-string: valid expression required before '${p.tok.text}'`);
  }
  if (p.isKw('lambda')) {
    // The lexer has already taken the lambda's ':' as the start of a format spec.
    let colon = p.pos;
    while (colon < p.tokens.length - 1 && !(p.tokens[colon].kind === 'OP' && p.tokens[colon].text === ':')) colon++;
    throw p.errorRange('f-string: lambda expressions are not allowed without parentheses', p.tok, p.tokens[colon]);
  }
  if (!startsExpression(p.tok) && !p.isKw('yield') && !p.isOp('*')) {
    throw p.errorAtToken("f-string: expecting a valid expression after '{'");
  }
  const first = p.tok;
  let value: Expr;
  try {
    value = p.isKw('yield') ? parseYield(p) : parseStarExpressions(p);
  } catch (e) {
    if (!(e instanceof PythonSyntaxError) || e.msg !== 'invalid syntax') throw e;
    // CPython keeps the longest expression that parses; approximate it by the primary.
    p.reset(p.tokens.indexOf(first));
    const prefix = p.analyze(() => {
      parsePrimary(p);
      return p.tok;
    });
    if (prefix && prefix !== first) throw p.errorAtToken("f-string: expecting '=', or '!', or ':', or '}'", prefix);
    throw p.errorAtToken("f-string: expecting a valid expression after '{'", first);
  }
  if (!p.isOp('=') && !p.isOp('!') && !p.isOp(':') && !p.isOp('}')) {
    if (startsExpression(p.tok)) throw errorAfterExpression(p, value);
    throw p.errorAtToken("f-string: expecting '=', or '!', or ':', or '}'");
  }
  let debug = false;
  if (p.isOp('=')) {
    p.advance();
    debug = true;
    const after = p.tok;
    // The text shown is everything between '{' and the conversion, spec or '}'.
    parts.push({
      value: p.src.text.slice(open.end, after.start),
      loc: { lineno: open.endLineno, col_offset: open.endCol, end_lineno: after.lineno, end_col_offset: after.col },
      kind: null,
    });
  }
  if (debug && !p.isOp('!') && !p.isOp(':') && !p.isOp('}')) {
    throw p.errorAtToken("f-string: expecting '!', or ':', or '}'");
  }
  let conversion = -1;
  if (p.isOp('!')) {
    const bang = p.advance();
    const c = p.tok;
    if (c.kind !== 'NAME') throw p.errorAtToken('f-string: missing conversion character');
    if (c.start !== bang.end) {
      throw p.errorRange('f-string: conversion type must come right after the exclamanation mark', bang, c);
    }
    if (c.text !== 's' && c.text !== 'r' && c.text !== 'a') {
      throw p.errorAtToken(`f-string: invalid conversion character '${c.text}': expected 's', 'r', or 'a'`);
    }
    p.advance();
    conversion = c.text.charCodeAt(0);
    if (!p.isOp(':') && !p.isOp('}')) throw p.errorAtToken("f-string: expecting ':' or '}'");
  }
  let formatSpec: JoinedStr | null = null;
  if (p.isOp(':')) {
    formatSpec = parseFormatSpec(p, raw);
    if (!p.isOp('}')) throw p.errorAtToken("f-string: expecting '}', or format specs");
  }
  if (!p.isOp('}')) throw p.errorAtToken("f-string: expecting '}'");
  p.advance();
  if (debug && conversion === -1 && formatSpec === null) conversion = 114;
  parts.push({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec, ...p.loc(open) });
}

function parseFormatSpec(p: Parser, raw: boolean): JoinedStr {
  const colon = p.advance();
  const pieces: (Piece | FormattedValue)[] = [];
  // The spec ends where its last non-empty piece ends (usually the closing '}').
  let end: Token = colon;
  for (;;) {
    const t = p.tok;
    if (t.kind === 'FSTRING_MIDDLE') {
      p.advance();
      if (t.text !== '') {
        pieces.push({ value: decode(p, t, t.text, raw), loc: tokLoc(t), kind: null });
        end = t;
      }
    } else if (t.kind === 'OP' && t.text === '{') {
      parseReplacementField(p, raw, pieces);
      end = p.last;
    } else {
      break;
    }
  }
  const close = p.tok;
  const values: Expr[] = pieces.map((x): Expr =>
    '_type' in x ? x : { _type: 'Constant', value: { kind: 'str', value: x.value }, kind: null, ...x.loc });
  if (values.length > 0 && values[values.length - 1]._type === 'FormattedValue') {
    // CPython 3.12 ends a spec that finishes with a field with an empty Constant.
    const at = { lineno: close.lineno, col_offset: close.col, end_lineno: close.lineno, end_col_offset: close.col };
    values.push({ _type: 'Constant', value: { kind: 'str', value: '' }, kind: null, ...at } satisfies Constant);
  }
  return {
    _type: 'JoinedStr', values,
    lineno: colon.lineno, col_offset: colon.col, end_lineno: end.endLineno, end_col_offset: end.endCol,
  };
}
