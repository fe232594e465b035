// Expressions, from lowest to highest precedence, following CPython's grammar
// (Grammar/python.gram): named_expression → expression → disjunction → … → primary → atom.
// https://docs.python.org/3/reference/expressions.html

import type {
  BoolOpKind, CmpOpKind, Comprehension, Constant, Expr, Located, Name, OperatorKind, Starred,
} from './ast';
import { numberValue } from '../lexer/numbers';
import type { Token } from '../lexer/token';
import { isToken, KEYWORDS, type Parser } from './parser-base';
import { parseStrings } from './strings';
import { parseCallArguments, parseLambdaParameters } from './arguments';
import { exprName, toTarget } from './targets';
import { errorAfterExpression, missingIn, orBacktrack, startsExpression, strayEquals } from './expression-errors';

const BINARY: Record<string, [number, OperatorKind]> = {
  '|': [1, 'BitOr'], '^': [2, 'BitXor'], '&': [3, 'BitAnd'], '<<': [4, 'LShift'], '>>': [4, 'RShift'],
  '+': [5, 'Add'], '-': [5, 'Sub'], '*': [6, 'Mult'], '/': [6, 'Div'], '//': [6, 'FloorDiv'],
  '%': [6, 'Mod'], '@': [6, 'MatMult'],
};

const COMPARE: Record<string, CmpOpKind> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

// ---------------------------------------------------------------- top levels

/** star_expressions: `a`, `a, *b`, `a,` (a tuple when there is a comma). */
export function parseStarExpressions(p: Parser): Expr {
  const start = p.tok;
  const first = parseStarExpression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsExpression(p.tok) && !p.isOp('*')) break;
    elts.push(parseStarExpression(p));
  }
  return { _type: 'Tuple', elts, ctx: 'Load', ...p.loc(start) };
}

export function parseStarExpression(p: Parser): Expr {
  if (p.isOp('*')) {
    const start = p.advance();
    const value = parseBitwiseOr(p);
    return { _type: 'Starred', value, ctx: 'Load', ...p.loc(start) };
  }
  return parseExpression(p);
}

/** star_named_expression: an element of a list, tuple or set display. */
export function parseStarNamedExpression(p: Parser): Expr {
  if (p.isOp('*')) {
    const start = p.advance();
    const value = parseBitwiseOr(p);
    return { _type: 'Starred', value, ctx: 'Load', ...p.loc(start) } satisfies Starred;
  }
  return parseNamedExpression(p);
}

/** named_expression: `name := value` or an expression (with CPython's hints for a stray `=`). */
export function parseNamedExpression(p: Parser, checkEquals = true): Expr {
  const start = p.tok;
  if (p.tok.kind === 'NAME' && p.peek().kind === 'OP' && p.peek().text === ':=' && !KEYWORDS.has(p.tok.text)) {
    p.advance();
    const target: Name = { _type: 'Name', id: start.text, ctx: 'Store', ...p.loc(start) };
    p.advance();
    const value = parseExpression(p);
    return { _type: 'NamedExpr', target, value, ...p.loc(start) };
  }
  const e = parseExpression(p);
  if (p.isOp(':=')) throw p.errorRange(`cannot use assignment expressions with ${exprName(e)}`, e);
  if (checkEquals && p.isOp('=')) throw strayEquals(p, start, e);
  return e;
}

/** expression: a conditional expression or a lambda. */
export function parseExpression(p: Parser): Expr {
  if (p.isKw('lambda')) return parseLambda(p);
  const start = p.tok;
  const body = parseDisjunction(p);
  if (!p.isKw('if')) {
    p.lastExpr = body;
    return body;
  }
  const mark = p.mark();
  p.advance();
  const test = orBacktrack(p, mark, () => parseDisjunction(p));
  if (!test) {
    p.lastExpr = body;
    return body;
  }
  if (!p.isKw('else')) throw p.errorRange("expected 'else' after 'if' expression", start, test);
  p.advance();
  const orelse = parseExpression(p);
  return { _type: 'IfExp', test, body, orelse, ...p.loc(start) };
}

function parseLambda(p: Parser): Expr {
  const start = p.advance();
  const args = parseLambdaParameters(p);
  p.expectOp(':');
  const body = parseExpression(p);
  return { _type: 'Lambda', args, body, ...p.loc(start) };
}

function parseBoolChain(p: Parser, kw: 'or' | 'and', op: BoolOpKind, next: (p: Parser) => Expr): Expr {
  const start = p.tok;
  const first = next(p);
  if (!p.isKw(kw)) return first;
  const values = [first];
  for (let mark = p.mark(); p.eatKw(kw); mark = p.mark()) {
    const v = orBacktrack(p, mark, () => next(p));
    if (!v) break;
    values.push(v);
  }
  if (values.length === 1) return first;
  return { _type: 'BoolOp', op, values, ...p.loc(start) };
}

export function parseDisjunction(p: Parser): Expr {
  return parseBoolChain(p, 'or', 'Or', parseConjunction);
}

function parseConjunction(p: Parser): Expr {
  return parseBoolChain(p, 'and', 'And', parseInversion);
}

function parseInversion(p: Parser): Expr {
  if (p.isKw('not')) {
    const start = p.advance();
    const operand = parseInversion(p);
    return { _type: 'UnaryOp', op: 'Not', operand, ...p.loc(start) };
  }
  return parseComparison(p);
}

function compareOp(p: Parser): CmpOpKind | null {
  const t = p.tok;
  if (t.kind === 'OP') {
    const op = COMPARE[t.text];
    if (op) p.advance();
    return op ?? null;
  }
  if (t.kind !== 'NAME') return null;
  if (t.text === 'in') {
    p.advance();
    return 'In';
  }
  if (t.text === 'not') p.touch();
  if (t.text === 'is') {
    p.advance();
    return p.eatKw('not') ? 'IsNot' : 'Is';
  }
  if (t.text === 'not' && p.peek().kind === 'NAME' && p.peek().text === 'in') {
    p.advance();
    p.advance();
    return 'NotIn';
  }
  return null;
}

function parseComparison(p: Parser): Expr {
  const start = p.tok;
  const left = parseBitwiseOr(p);
  let mark = p.mark();
  let op = compareOp(p);
  if (!op) return left;
  const ops: CmpOpKind[] = [];
  const comparators: Expr[] = [];
  while (op) {
    const right = orBacktrack(p, mark, () => parseBitwiseOr(p));
    if (!right) break;
    ops.push(op);
    comparators.push(right);
    mark = p.mark();
    op = compareOp(p);
  }
  if (ops.length === 0) return left;
  return { _type: 'Compare', left, ops, comparators, ...p.loc(start) };
}

export function parseBitwiseOr(p: Parser): Expr {
  return parseBinary(p, 1);
}

/** Binary operators from `|` (precedence 1) to `*` `/` `//` `%` `@` (6), all left-associative. */
function parseBinary(p: Parser, minPrec: number): Expr {
  const start = p.tok;
  let left = parseFactor(p);
  for (;;) {
    const t = p.tok;
    if (t.kind !== 'OP') return left;
    const info = BINARY[t.text];
    if (info === undefined || info[0] < minPrec) return left;
    const mark = p.mark();
    p.advance();
    const right = orBacktrack(p, mark, () => parseBinary(p, info[0] + 1));
    if (!right) return left;
    left = { _type: 'BinOp', left, op: info[1], right, ...p.loc(start) };
  }
}

function parseFactor(p: Parser): Expr {
  const t = p.tok;
  if (t.kind === 'OP' && (t.text === '-' || t.text === '+' || t.text === '~')) {
    p.advance();
    const operand = parseFactor(p);
    const op = t.text === '-' ? 'USub' : t.text === '+' ? 'UAdd' : 'Invert';
    return { _type: 'UnaryOp', op, operand, ...p.loc(t) };
  }
  return parsePower(p);
}

function parsePower(p: Parser): Expr {
  const start = p.tok;
  let left: Expr;
  if (p.isKw('await')) {
    p.advance();
    const value = parsePrimary(p);
    left = { _type: 'Await', value, ...p.loc(start) };
  } else {
    left = parsePrimary(p);
  }
  if (!p.isOp('**')) return left;
  const mark = p.mark();
  p.advance();
  const right = orBacktrack(p, mark, () => parseFactor(p));
  if (!right) return left;
  return { _type: 'BinOp', left, op: 'Pow', right, ...p.loc(start) };
}

// ---------------------------------------------------------------- primary and atoms

/** primary: an atom followed by `.name`, `(args)` and `[slices]` trailers. */
export function parsePrimary(p: Parser): Expr {
  const start = p.tok;
  let e = parseAtom(p);
  for (;;) {
    const t = p.tok;
    if (t.kind !== 'OP') return e;
    if (t.text === '.') {
      p.advance();
      const name = p.expectName();
      e = { _type: 'Attribute', value: e, attr: name.text, ctx: 'Load', ...p.loc(start) };
    } else if (t.text === '(' || t.text === '[') {
      // A call or subscript that does not parse is given up, as a PEG parser would, so that the
      // error can be explained from the outside (`[a] [b for]` → "Perhaps you forgot a comma?").
      const func = e;
      const mark = p.mark();
      // Remembering failed trailers keeps nested failures from being re-parsed exponentially
      // often (CPython's parser memoizes for the same reason).
      if (p.failedTrailers.has(mark)) return e;
      const trailer = orBacktrack(p, mark, () => {
        p.advance();
        if (t.text === '(') {
          const { args, keywords } = parseCallArguments(p, t);
          return { _type: 'Call', func, args, keywords, ...p.loc(start) };
        }
        const slice = parseSlices(p);
        closeBracket(p, ']', start, slice);
        return { _type: 'Subscript', value: func, slice, ctx: 'Load', ...p.loc(start) };
      });
      if (!trailer) {
        p.failedTrailers.add(mark);
        return e;
      }
      e = trailer;
    } else {
      return e;
    }
  }
}

/** Consumes `closer` or explains why the element before it cannot be followed by what is there. */
export function closeBracket(p: Parser, closer: string, elemStart: Token | Located, elem: Expr | null): void {
  if (p.eatOp(closer)) return;
  if (elem && isToken(elemStart)) throw errorAfterExpression(p, elem);
  throw p.invalidSyntax();
}

function parseSlices(p: Parser): Expr {
  const start = p.tok;
  const first = parseSlice(p);
  if (!p.isOp(',') && first._type !== 'Starred') return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(parseSlice(p));
  }
  return { _type: 'Tuple', elts, ctx: 'Load', ...p.loc(start) };
}

function parseSlice(p: Parser): Expr {
  const start = p.tok;
  if (p.isOp('*')) return parseStarNamedExpression(p);
  let lower: Expr | null = null;
  if (!p.isOp(':')) {
    lower = parseNamedExpression(p);
    if (!p.isOp(':')) return lower;
    if (lower._type === 'NamedExpr' && !p.parenthesized.has(lower)) throw p.invalidSyntax();
  }
  p.advance();
  const upper = p.isOp(':') || p.isOp(',') || p.isOp(']') ? null : parseExpression(p);
  let step: Expr | null = null;
  if (p.eatOp(':')) step = p.isOp(',') || p.isOp(']') ? null : parseExpression(p);
  return { _type: 'Slice', lower, upper, step, ...p.loc(start) };
}

function constant(p: Parser, value: Constant['value'], start: Token): Constant {
  return { _type: 'Constant', value, kind: null, ...p.loc(start) };
}

export function parseAtom(p: Parser): Expr {
  const t = p.tok;
  switch (t.kind) {
    case 'NAME': {
      if (KEYWORDS.has(t.text)) {
        if (t.text === 'True' || t.text === 'False') {
          p.advance();
          return constant(p, { kind: 'bool', value: t.text === 'True' }, t);
        }
        if (t.text === 'None') {
          p.advance();
          return constant(p, { kind: 'None' }, t);
        }
        throw p.invalidSyntax();
      }
      p.advance();
      return { _type: 'Name', id: t.text, ctx: 'Load', ...p.loc(t) };
    }
    case 'NUMBER':
      p.advance();
      return constant(p, numberValue(t.text), t);
    case 'STRING': case 'FSTRING_START':
      return parseStrings(p);
    case 'OP':
      if (t.text === '(') return parseParenthesized(p);
      if (t.text === '[') return parseListDisplay(p);
      if (t.text === '{') return parseBraceDisplay(p);
      if (t.text === '...') {
        p.advance();
        return constant(p, { kind: 'Ellipsis' }, t);
      }
      break;
    default:
      break;
  }
  throw p.invalidSyntax();
}

function isCompFor(p: Parser): boolean {
  return p.isKw('for') || (p.isKw('async') && p.peek().kind === 'NAME' && p.peek().text === 'for');
}

/** for_if_clauses: one or more `[async] for targets in iter [if cond]…`. */
export function parseComprehensionClauses(p: Parser): Comprehension[] {
  const generators: Comprehension[] = [];
  while (isCompFor(p)) {
    const isAsync = p.eatKw('async') ? 1 : 0;
    p.advance();
    const target = parseStarTargets(p);
    if (!p.isKw('in')) throw missingIn(p, target);
    p.advance();
    const iter = parseDisjunction(p);
    const ifs: Expr[] = [];
    while (p.eatKw('if')) ifs.push(parseDisjunction(p));
    generators.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return generators;
}

/** star_targets as in `for` loops and comprehensions: primaries, optionally starred, comma-separated. */
export function parseStarTargets(p: Parser): Expr {
  const start = p.tok;
  const first = parseStarTarget(p);
  if (!p.isOp(',')) return toTarget(p, first, 'Store');
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isKw('in') || p.isOp('=')) break;
    elts.push(parseStarTarget(p));
  }
  return toTarget(p, { _type: 'Tuple', elts, ctx: 'Store', ...p.loc(start) }, 'Store');
}

function parseStarTarget(p: Parser): Expr {
  if (p.isOp('*')) {
    const start = p.advance();
    const value = parseStarTarget(p);
    return { _type: 'Starred', value, ctx: 'Store', ...p.loc(start) };
  }
  return parsePrimary(p);
}

/** Records that `e` was written as `( e )`. */
function markParenthesized(p: Parser, e: Expr): Expr {
  p.parenthesized.add(e);
  return e;
}

function parseParenthesized(p: Parser): Expr {
  const open = p.advance();
  if (p.eatOp(')')) return { _type: 'Tuple', elts: [], ctx: 'Load', ...p.loc(open) };
  if (p.isKw('yield')) {
    const y = parseYield(p);
    p.expectOp(')');
    return markParenthesized(p, y);
  }
  const elemStart = p.tok;
  const first = parseStarNamedExpression(p);
  if (isCompFor(p)) {
    if (first._type === 'Starred') throw p.errorRange('iterable unpacking cannot be used in comprehension', first);
    const generators = parseComprehensionClauses(p);
    closeBracket(p, ')', elemStart, null);
    return { _type: 'GeneratorExp', elt: first, generators, ...p.loc(open) };
  }
  if (p.isOp(',')) {
    const elts = [first];
    while (p.eatOp(',')) {
      if (p.isOp(')')) break;
      const e = parseStarNamedExpression(p);
      elts.push(e);
      if (!p.isOp(',') && !p.isOp(')')) throw errorAfterExpression(p, e);
    }
    p.expectOp(')');
    return { _type: 'Tuple', elts, ctx: 'Load', ...p.loc(open) };
  }
  if (first._type === 'Starred' && p.isOp(')')) throw p.errorRange('cannot use starred expression here', first);
  closeBracket(p, ')', elemStart, first);
  return markParenthesized(p, first);
}

/** Comma-separated star_named_expressions up to `closer` (already past the first element). */
function parseElements(p: Parser, first: Expr, firstStart: Token, closer: string): Expr[] {
  const elts = [first];
  let s = firstStart;
  let e = first;
  while (p.eatOp(',')) {
    if (p.isOp(closer)) break;
    s = p.tok;
    e = parseStarNamedExpression(p);
    elts.push(e);
  }
  closeBracket(p, closer, s, e);
  return elts;
}

function parseListDisplay(p: Parser): Expr {
  const open = p.advance();
  if (p.eatOp(']')) return { _type: 'List', elts: [], ctx: 'Load', ...p.loc(open) };
  const firstStart = p.tok;
  const first = parseStarNamedExpression(p);
  if (isCompFor(p)) {
    if (first._type === 'Starred') throw p.errorRange('iterable unpacking cannot be used in comprehension', first);
    const generators = parseComprehensionClauses(p);
    closeBracket(p, ']', firstStart, null);
    return { _type: 'ListComp', elt: first, generators, ...p.loc(open) };
  }
  const elts = parseElements(p, first, firstStart, ']');
  return { _type: 'List', elts, ctx: 'Load', ...p.loc(open) };
}

function parseBraceDisplay(p: Parser): Expr {
  const open = p.advance();
  if (p.eatOp('}')) return { _type: 'Dict', keys: [], values: [], ...p.loc(open) };
  const firstStart = p.tok;
  if (p.isOp('**')) return parseDictRest(p, open, null, firstStart);
  const first = parseStarNamedExpression(p);
  if (p.isOp(':') && first._type !== 'Starred') return parseDictRest(p, open, first, firstStart);
  if (isCompFor(p)) {
    if (first._type === 'Starred') throw p.errorRange('iterable unpacking cannot be used in comprehension', first);
    const generators = parseComprehensionClauses(p);
    closeBracket(p, '}', firstStart, null);
    return { _type: 'SetComp', elt: first, generators, ...p.loc(open) };
  }
  const elts = parseElements(p, first, firstStart, '}');
  return { _type: 'Set', elts, ...p.loc(open) };
}

/** A dict display or comprehension; `firstKey` is parsed (null when it starts with `**`). */
function parseDictRest(p: Parser, open: Token, firstKey: Expr | null, firstStart: Token): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  let key = firstKey;
  let start = firstStart;
  for (;;) {
    let last: Expr;
    if (key === null) {
      p.expectOp('**');
      last = parseBitwiseOr(p);
      keys.push(null);
      values.push(last);
    } else {
      if (!p.isOp(':')) throw p.errorRange("':' expected after dictionary key", key, key, 'SyntaxError', 0);
      const colon = p.advance();
      if (p.isOp(',') || p.isOp('}')) {
        throw p.errorRange("expression expected after dictionary key and ':'", colon);
      }
      start = p.tok;
      if (p.isOp('*')) {
        const s = p.advance();
        const value = parseBitwiseOr(p);
        throw p.errorRange('cannot use a starred expression in a dictionary value', s, value);
      }
      last = parseExpression(p);
      if (keys.length === 0 && isCompFor(p)) {
        const generators = parseComprehensionClauses(p);
        closeBracket(p, '}', start, null);
        return { _type: 'DictComp', key, value: last, generators, ...p.loc(open) };
      }
      keys.push(key);
      values.push(last);
    }
    if (!p.eatOp(',') || p.isOp('}')) {
      closeBracket(p, '}', start, last);
      return { _type: 'Dict', keys, values, ...p.loc(open) };
    }
    start = p.tok;
    key = p.isOp('**') ? null : parseExpression(p);
  }
}

/** yield_expr: `yield`, `yield value(s)`, `yield from value`. */
export function parseYield(p: Parser): Expr {
  const start = p.advance();
  if (p.eatKw('from')) {
    const value = parseExpression(p);
    return { _type: 'YieldFrom', value, ...p.loc(start) };
  }
  const value = startsExpression(p.tok) || p.isOp('*') ? parseStarExpressions(p) : null;
  return { _type: 'Yield', value, ...p.loc(start) };
}
