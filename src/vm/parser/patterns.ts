// Patterns of the match statement (PEP 634).
// https://docs.python.org/3/reference/compound_stmts.html#patterns

import type { Expr, Pattern } from './ast';
import { numberValue } from '../lexer/numbers';
import type { Parser } from './parser-base';
import { parseStrings } from './strings';

/** `patterns`: what follows `case` — a pattern, or an open sequence `a, *rest`. */
export function parsePattern(p: Parser): Pattern {
  const start = p.tok;
  const first = parseMaybeStar(p);
  if (!p.isOp(',')) {
    if (first._type === 'MatchStar') return { _type: 'MatchSequence', patterns: [first], ...p.loc(start) };
    return first;
  }
  const patterns = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':') || p.isKw('if')) break;
    patterns.push(parseMaybeStar(p));
  }
  return { _type: 'MatchSequence', patterns, ...p.loc(start) };
}

function parseMaybeStar(p: Parser): Pattern {
  if (!p.isOp('*')) return parseAsPattern(p);
  const start = p.advance();
  const n = p.expectName();
  return { _type: 'MatchStar', name: n.text === '_' ? null : n.text, ...p.loc(start) };
}

function parseAsPattern(p: Parser): Pattern {
  const start = p.tok;
  const pattern = parseOrPattern(p);
  if (!p.eatKw('as')) return pattern;
  const n = p.tok;
  if (n.kind === 'NAME' && n.text === '_') throw p.errorRange("cannot use '_' as a target", n);
  if (!p.isName()) throw p.errorRange('invalid pattern target', n);
  p.advance();
  return { _type: 'MatchAs', pattern, name: n.text, ...p.loc(start) };
}

function parseOrPattern(p: Parser): Pattern {
  const start = p.tok;
  const first = parseClosedPattern(p);
  if (!p.isOp('|')) return first;
  const patterns = [first];
  while (p.eatOp('|')) patterns.push(parseClosedPattern(p));
  return { _type: 'MatchOr', patterns, ...p.loc(start) };
}

/** signed_number, optionally `± imaginary` (complex literal). */
function parseNumberExpr(p: Parser): Expr {
  const start = p.tok;
  let e: Expr;
  const minus = p.eatOp('-');
  const n = p.tok;
  if (n.kind !== 'NUMBER') throw p.invalidSyntax();
  p.advance();
  e = { _type: 'Constant', value: numberValue(n.text), kind: null, ...p.loc(n) };
  if (minus) e = { _type: 'UnaryOp', op: 'USub', operand: e, ...p.loc(start) };
  if (p.isOp('+') || p.isOp('-')) {
    const op = p.advance().text === '+' ? 'Add' : 'Sub';
    const im = p.tok;
    if (im.kind !== 'NUMBER') throw p.invalidSyntax();
    p.advance();
    const right: Expr = { _type: 'Constant', value: numberValue(im.text), kind: null, ...p.loc(im) };
    if (right.value.kind !== 'complex') throw p.errorRange('imaginary number required in complex literal', right);
    e = { _type: 'BinOp', left: e, op, right, ...p.loc(start) };
  }
  return e;
}

/** A literal or dotted-name value usable as a mapping key or value pattern. */
function parseValueExpr(p: Parser): Expr {
  const t = p.tok;
  if (t.kind === 'NUMBER' || (t.kind === 'OP' && t.text === '-')) return parseNumberExpr(p);
  if (t.kind === 'STRING' || t.kind === 'FSTRING_START') {
    const s = parseStrings(p);
    if (s._type === 'JoinedStr') throw p.errorRange('patterns may only match literals and attribute lookups', s);
    return s;
  }
  if (t.kind === 'NAME' && (t.text === 'None' || t.text === 'True' || t.text === 'False')) {
    p.advance();
    const value = t.text === 'None' ? { kind: 'None' as const } : { kind: 'bool' as const, value: t.text === 'True' };
    return { _type: 'Constant', value, kind: null, ...p.loc(t) };
  }
  return parseDottedName(p);
}

function parseDottedName(p: Parser): Expr {
  const start = p.expectName();
  let e: Expr = { _type: 'Name', id: start.text, ctx: 'Load', ...p.loc(start) };
  while (p.eatOp('.')) {
    const n = p.expectName();
    e = { _type: 'Attribute', value: e, attr: n.text, ctx: 'Load', ...p.loc(start) };
  }
  return e;
}

function parseClosedPattern(p: Parser): Pattern {
  const t = p.tok;
  if (t.kind === 'NUMBER' || t.kind === 'STRING' || t.kind === 'FSTRING_START' || (t.kind === 'OP' && t.text === '-')) {
    const value = parseValueExpr(p);
    return { _type: 'MatchValue', value, ...p.loc(t) };
  }
  if (t.kind === 'NAME') {
    if (t.text === 'None' || t.text === 'True' || t.text === 'False') {
      p.advance();
      const value = t.text === 'None' ? { kind: 'None' as const } : { kind: 'bool' as const, value: t.text === 'True' };
      return { _type: 'MatchSingleton', value, ...p.loc(t) };
    }
    const name = parseDottedName(p);
    if (p.isOp('(')) return parseClassPattern(p, name);
    if (name._type === 'Attribute') return { _type: 'MatchValue', value: name, ...p.loc(t) };
    if (t.text === '_') return { _type: 'MatchAs', pattern: null, name: null, ...p.loc(t) };
    return { _type: 'MatchAs', pattern: null, name: t.text, ...p.loc(t) };
  }
  if (t.kind === 'OP') {
    if (t.text === '(') {
      p.advance();
      if (p.eatOp(')')) return { _type: 'MatchSequence', patterns: [], ...p.loc(t) };
      const first = parseMaybeStar(p);
      if (p.isOp(')') && first._type !== 'MatchStar') {
        p.advance();
        return first;
      }
      const patterns = [first];
      while (p.eatOp(',')) {
        if (p.isOp(')')) break;
        patterns.push(parseMaybeStar(p));
      }
      p.expectOp(')');
      return { _type: 'MatchSequence', patterns, ...p.loc(t) };
    }
    if (t.text === '[') {
      p.advance();
      const patterns: Pattern[] = [];
      while (!p.isOp(']')) {
        patterns.push(parseMaybeStar(p));
        if (!p.eatOp(',')) break;
      }
      p.expectOp(']');
      return { _type: 'MatchSequence', patterns, ...p.loc(t) };
    }
    if (t.text === '{') return parseMappingPattern(p);
  }
  throw p.invalidSyntax();
}

function parseMappingPattern(p: Parser): Pattern {
  const open = p.advance();
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  while (!p.isOp('}')) {
    if (p.eatOp('**')) {
      rest = p.expectName().text;
      p.eatOp(',');
      break;
    }
    keys.push(parseValueExpr(p));
    if (!p.eatOp(':')) throw p.invalidSyntax();
    patterns.push(parseAsPattern(p));
    if (!p.eatOp(',')) break;
  }
  p.expectOp('}');
  return { _type: 'MatchMapping', keys, patterns, rest, ...p.loc(open) };
}

function parseClassPattern(p: Parser, cls: Expr): Pattern {
  p.advance();
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  while (!p.isOp(')')) {
    if (p.tok.kind === 'NAME' && p.peek().kind === 'OP' && p.peek().text === '=') {
      kwdAttrs.push(p.advance().text);
      p.advance();
      kwdPatterns.push(parseAsPattern(p));
    } else {
      const s = p.tok;
      const pat = parseAsPattern(p);
      if (kwdAttrs.length > 0) throw p.errorRange('positional patterns follow keyword patterns', s, pat);
      patterns.push(pat);
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(')');
  return { _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...p.loc(cls) };
}
