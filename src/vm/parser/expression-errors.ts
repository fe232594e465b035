// CPython's error messages for malformed expressions. CPython finds them in a second parse
// with extra "invalid_*" grammar rules; we look around the point where parsing failed instead.
// https://docs.python.org/3/reference/grammar.html (the invalid_* rules are in Grammar/python.gram)

import type { Expr } from './ast';
import type { Token } from '../lexer/token';
import { KEYWORDS, type Parser, type Start } from './parser-base';
import { PythonSyntaxError } from './syntax-error';
import { exprName } from './targets';
import { parseDisjunction, parseExpression, parseBitwiseOr, parsePrimary, parseStarExpressions } from './expressions';

const SOFT_KEYWORDS = new Set(['match', 'case', '_', 'type']);

/** Tokens that may begin an expression (used to explain errors, not to parse). */
export function startsExpression(t: Token): boolean {
  switch (t.kind) {
    case 'NAME':
      return !KEYWORDS.has(t.text) || ['True', 'False', 'None', 'not', 'lambda', 'await'].includes(t.text);
    case 'NUMBER': case 'STRING': case 'FSTRING_START':
      return true;
    case 'OP':
      return ['(', '[', '{', '-', '+', '~', '...'].includes(t.text);
    default:
      return false;
  }
}

/** The error for an expression followed by something unexpected. Like CPython's
 * invalid_expression rule it blames the innermost expression ending here (else `outer`). */
export function errorAfterExpression(p: Parser, outer: Expr): Error {
  // Inside an analysis only success matters; analysing again would cost exponential time.
  if (p.analyzing > 0) return p.invalidSyntax();
  const next = p.tok;
  const recent = p.lastExpr;
  const a = recent && recent.end_lineno === p.last.endLineno && recent.end_col_offset === p.last.endCol ? recent : outer;
  const start = p.tokenAt(a);
  if (!start) return p.invalidSyntax();
  if (!startsExpression(next) || next.text === '-' || next.text === '+') {
    return p.invalidSyntax();
  }
  const legacy = a._type === 'Name' && (a.id === 'print' || a.id === 'exec');
  const inBrackets = p.bracketLevel() > 0;
  if (!legacy && !inBrackets) {
    // CPython still reads the next expression before giving up (which matters for where an
    // unclosed bracket is reported), so read it too.
    p.analyze(() => parseExpression(p));
    return p.invalidSyntax();
  }
  if (!legacy && (SOFT_KEYWORDS.has(start.text) && start.kind === 'NAME')) return p.invalidSyntax();
  if (!legacy && a._type === 'Name' && (next.kind === 'STRING' || next.kind === 'FSTRING_START')) {
    return p.invalidSyntax();
  }
  // CPython's PEG parser takes the longest expression that parses; approximate that with the
  // whole expression, else its primary, else its first token.
  const b: Start | null = p.analyze(() => (legacy ? parseStarExpressions(p) : parseExpression(p))) ??
    p.analyze(() => parsePrimary(p)) ??
    (next.kind === 'NAME' || next.kind === 'NUMBER' || next.kind === 'STRING' ? next : null);
  if (!b) return p.invalidSyntax();
  if (legacy) {
    const name = (a as { id: string }).id;
    return p.errorRange(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, start, b);
  }
  return p.errorRange('invalid syntax. Perhaps you forgot a comma?', start, b);
}

/** `if x = 1:` and friends (CPython's invalid_named_expression). */
export function strayEquals(p: Parser, start: Token, e: Expr): Error {
  if (p.analyzing > 0) return p.invalidSyntax();
  const excluded = e._type === 'List' || e._type === 'Tuple' || e._type === 'GeneratorExp' ||
    (e._type === 'Constant' && (e.value.kind === 'bool' || e.value.kind === 'None'));
  if (excluded || !isBitwiseOrLevel(e)) return p.invalidSyntax();
  const rhs = p.analyze(() => {
    p.advance();
    const r = parseBitwiseOr(p);
    return p.isOp('=') || p.isOp(':=') ? null : r;
  });
  if (!rhs) return p.invalidSyntax();
  if (e._type === 'Name') {
    return p.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, rhs);
  }
  return p.errorRange(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
}

/** True when `e` could have come from the bitwise_or rule (no comparison, not, and/or, if, lambda). */
export function isBitwiseOrLevel(e: Expr): boolean {
  switch (e._type) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

/** Like a PEG parser, give up an operator whose right operand does not parse and keep what
 * parsed before it (the error is then reported further out, where CPython reports it). Only
 * plain "invalid syntax" failures backtrack; specific errors and tokenizer errors stand. */
export function orBacktrack(p: Parser, mark: number, f: () => Expr): Expr | null {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof PythonSyntaxError) || e.msg !== 'invalid syntax' || e === p.tokens[p.tokens.length - 1].error) {
      throw e;
    }
    p.reset(mark);
    return null;
  }
}

/** The error for `for target` not followed by `in` (CPython reparses the target as an expression). */
export function missingIn(p: Parser, target: Expr): Error {
  const bare = target._type === 'Tuple' && target.elts.length > 0 &&
    target.elts[0].col_offset === target.col_offset && target.elts[0].lineno === target.lineno;
  const last = bare ? target.elts[target.elts.length - 1] : target;
  if (p.isKw('if')) {
    const test = p.analyze(() => {
      p.advance();
      const t = parseDisjunction(p);
      return p.isKw('else') || p.isOp(':') ? null : t;
    });
    return test ? p.errorRange("expected 'else' after 'if' expression", last, test) : p.invalidSyntax();
  }
  return errorAfterExpression(p, last);
}

