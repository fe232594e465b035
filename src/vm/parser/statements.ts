// Statements: simple statements (one logical line) and compound statements with their
// indented blocks. https://docs.python.org/3/reference/simple_stmts.html and compound_stmts.html

import type {
  Alias, ExceptHandler, Expr, FunctionDef, Located, MatchCase, Module, Name, OperatorKind, Stmt,
  TypeParam, WithItem,
} from './ast';
import type { Token } from '../lexer/token';
import type { Parser } from './parser-base';
import { PythonSyntaxError } from './syntax-error';
import { parseCallArguments, parseFunctionParameters } from './arguments';
import {
  parseExpression, parseNamedExpression, parsePrimary, parseStarExpressions, parseStarNamedExpression,
  parseStarTargets, parseYield,
} from './expressions';
import { errorAfterExpression, isBitwiseOrLevel, missingIn, startsExpression } from './expression-errors';
import { parsePattern } from './patterns';
import { exprName, invalidTarget, toTarget } from './targets';

const AUG_OPS: Record<string, OperatorKind> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export function parseModule(p: Parser): Module {
  const body: Stmt[] = [];
  while (p.tok.kind !== 'ENDMARKER') parseStatementInto(p, body);
  return { _type: 'Module', body, type_ignores: [] };
}

function lastOf(stmts: Stmt[]): Located {
  return stmts[stmts.length - 1];
}

/** Parses one statement line or compound statement, appending to `out`. */
function parseStatementInto(p: Parser, out: Stmt[]): void {
  const t = p.tok;
  if (t.kind === 'INDENT') throw p.unexpectedIndent(t);
  if (t.kind === 'NAME') {
    switch (t.text) {
      case 'if': out.push(parseIf(p)); return;
      case 'while': out.push(parseWhile(p)); return;
      case 'for': out.push(parseFor(p, null)); return;
      case 'try': out.push(parseTry(p)); return;
      case 'with': out.push(parseWith(p, null)); return;
      case 'def': out.push(parseFunctionDef(p, [], null)); return;
      case 'class': out.push(parseClassDef(p, [])); return;
      case 'async': {
        const next = p.peek();
        p.advance();
        if (next.kind === 'NAME' && (next.text === 'def' || next.text === 'for' || next.text === 'with')) {
          out.push(next.text === 'def' ? parseFunctionDef(p, [], t) : next.text === 'for' ? parseFor(p, t) : parseWith(p, t));
          return;
        }
        throw p.invalidSyntax();
      }
      case 'match': {
        const m = tryParseMatch(p);
        if (m) {
          out.push(m);
          return;
        }
        break;
      }
      default:
        break;
    }
  } else if (t.kind === 'OP' && t.text === '@') {
    out.push(parseDecorated(p));
    return;
  }
  parseSimpleStatements(p, out);
}

/** simple_stmts: `a; b; c` NEWLINE. */
function parseSimpleStatements(p: Parser, out: Stmt[]): void {
  for (;;) {
    const s = parseSimpleStatement(p);
    out.push(s);
    if (p.eatOp(';')) {
      if (p.tok.kind === 'NEWLINE') break;
      continue;
    }
    if (p.tok.kind !== 'NEWLINE') {
      if (s._type === 'Expr') throw errorAfterExpression(p, s.value);
      throw p.invalidSyntax();
    }
    break;
  }
  p.advance();
}

/** A block: NEWLINE INDENT statements DEDENT, or simple statements on the same line. */
function parseBlock(p: Parser, what: string): Stmt[] {
  const body: Stmt[] = [];
  if (p.tok.kind !== 'NEWLINE') {
    parseSimpleStatements(p, body);
    return body;
  }
  p.advance();
  if (!p.at('INDENT')) {
    const msg = `expected an indented block after ${what}`;
    // At the end of input CPython points just past the header line.
    if (p.at('ENDMARKER')) throw p.errorRange(msg, p.last, p.last, 'IndentationError', -1);
    throw p.errorRange(msg, p.tok, p.tok, 'IndentationError');
  }
  p.advance();
  while (!p.at('DEDENT') && !p.at('ENDMARKER')) parseStatementInto(p, body);
  p.advance();
  return body;
}

/** `: block`. Where CPython's grammar forces the ':' (def, try, else, finally) a missing one is
 * always "expected ':'"; after the header of if/while/for/with/class/except only at the end of
 * the line (`if x y:` is plain "invalid syntax"). */
function colonBlock(p: Parser, what: string, line: number, onlyAtNewline = false): Stmt[] {
  if (onlyAtNewline && !p.isOp(':') && !p.at('NEWLINE')) throw p.invalidSyntax();
  p.expectOp(':');
  return parseBlock(p, `${what} on line ${line}`);
}

// ---------------------------------------------------------------- simple statements

function parseSimpleStatement(p: Parser): Stmt {
  const t = p.tok;
  if (t.kind === 'NAME') {
    switch (t.text) {
      case 'pass': p.advance(); return { _type: 'Pass', ...p.loc(t) };
      case 'break': p.advance(); return { _type: 'Break', ...p.loc(t) };
      case 'continue': p.advance(); return { _type: 'Continue', ...p.loc(t) };
      case 'return': {
        p.advance();
        const value = startsExpression(p.tok) || p.isOp('*') ? parseStarExpressions(p) : null;
        return { _type: 'Return', value, ...p.loc(t) };
      }
      case 'raise': {
        p.advance();
        let exc: Expr | null = null;
        let cause: Expr | null = null;
        if (startsExpression(p.tok)) {
          exc = parseExpression(p);
          if (p.eatKw('from')) cause = parseExpression(p);
        }
        return { _type: 'Raise', exc, cause, ...p.loc(t) };
      }
      case 'global': case 'nonlocal': {
        p.advance();
        const names = [p.expectName().text];
        while (p.eatOp(',')) names.push(p.expectName().text);
        return { _type: t.text === 'global' ? 'Global' : 'Nonlocal', names, ...p.loc(t) };
      }
      case 'del': return parseDel(p);
      case 'assert': {
        p.advance();
        const test = parseExpression(p);
        const msg = p.eatOp(',') ? parseExpression(p) : null;
        return { _type: 'Assert', test, msg, ...p.loc(t) };
      }
      case 'import': return parseImport(p);
      case 'from': return parseFromImport(p);
      case 'type': {
        const n1 = p.peek();
        const n2 = p.peek(2);
        if (n1.kind === 'NAME' && n2.kind === 'OP' && (n2.text === '=' || n2.text === '[')) return parseTypeAlias(p);
        break;
      }
      default:
        break;
    }
  }
  return parseExpressionStatement(p);
}

function parseRhs(p: Parser): Expr {
  return p.isKw('yield') ? parseYield(p) : parseStarExpressions(p);
}

/** Expression statements, assignments (chained, annotated, augmented). */
function parseExpressionStatement(p: Parser): Stmt {
  const start = p.tok;
  const first = parseRhs(p);
  const t = p.tok;
  if (t.kind !== 'OP') return { _type: 'Expr', value: first, ...p.loc(start) };
  if (t.text === '=') {
    const exprs = [first];
    while (p.eatOp('=')) exprs.push(parseRhs(p));
    const value = exprs.pop() as Expr;
    if (exprs.length === 1) {
      // CPython's invalid_named_expression: the expression right before a lone '='.
      const before = isBareTuple(first) ? first.elts[first.elts.length - 1] : first;
      if (invalidTarget(before, 'Store') === before && hereHint(before)) {
        throw p.errorRange(`cannot assign to ${exprName(before)} here. Maybe you meant '==' instead of '='?`, before);
      }
    }
    for (const target of exprs) toTarget(p, target, 'Store');
    return { _type: 'Assign', targets: exprs, value, type_comment: null, ...p.loc(start) };
  }
  if (t.text === ':') {
    // CPython's invalid_assignment rules only fire when an annotation follows.
    if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript' && !startsExpression(p.peek())) {
      throw p.invalidSyntax();
    }
    if (first._type === 'Tuple' || first._type === 'List') {
      const what = first._type === 'Tuple' ? 'tuple' : 'list';
      const at = isBareTuple(first) ? first.elts[0] : first;
      throw p.errorRange(`only single target (not ${what}) can be annotated`, at);
    }
    if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
      throw p.errorRange('illegal target for annotation', first);
    }
    p.advance();
    toTarget(p, first, 'Store');
    const annotation = parseExpression(p);
    const value = p.eatOp('=') ? parseRhs(p) : null;
    const simple = first._type === 'Name' && !p.parenthesized.has(first) ? 1 : 0;
    return { _type: 'AnnAssign', target: first, annotation, value, simple, ...p.loc(start) };
  }
  const op = AUG_OPS[t.text];
  if (op) {
    if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
      throw p.errorRange(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
    }
    p.advance();
    toTarget(p, first, 'Store');
    const value = parseRhs(p);
    return { _type: 'AugAssign', target: first, op, value, ...p.loc(start) };
  }
  return { _type: 'Expr', value: first, ...p.loc(start) };
}

/** A tuple written without parentheses (it starts where its first element starts). */
function isBareTuple(e: Expr): e is Expr & { _type: 'Tuple'; elts: Expr[] } {
  if (e._type !== 'Tuple' || e.elts.length === 0) return false;
  const f = e.elts[0];
  return f.lineno === e.lineno && f.col_offset === e.col_offset;
}

/** CPython says "... here. Maybe you meant '=='" for `f() = 1`-like lines. */
function hereHint(target: Expr): boolean {
  if (target._type === 'List' || target._type === 'Tuple' || target._type === 'GeneratorExp') return false;
  if (target._type === 'Yield' || target._type === 'YieldFrom') return false;
  if (target._type === 'Constant' && (target.value.kind === 'bool' || target.value.kind === 'None')) return false;
  return isBitwiseOrLevel(target);
}

function parseDel(p: Parser): Stmt {
  const start = p.advance();
  if (p.at('NEWLINE') || p.isOp(';')) throw p.invalidSyntax();
  const e = parseStarExpressions(p);
  const targets = isBareTuple(e) ? e.elts : [e];
  for (const t of targets) toTarget(p, t, 'Del');
  return { _type: 'Delete', targets, ...p.loc(start) };
}

function parseDottedName(p: Parser): string {
  let name = p.expectName().text;
  while (p.eatOp('.')) name += '.' + p.expectName().text;
  return name;
}

function parseImport(p: Parser): Stmt {
  const start = p.advance();
  const names: Alias[] = [];
  do {
    const s = p.tok;
    const name = parseDottedName(p);
    const asname = p.eatKw('as') ? p.expectName().text : null;
    names.push({ _type: 'alias', name, asname, ...p.loc(s) });
  } while (p.eatOp(','));
  return { _type: 'Import', names, ...p.loc(start) };
}

function parseFromImport(p: Parser): Stmt {
  const start = p.advance();
  let level = 0;
  while (p.isOp('.') || p.isOp('...')) level += p.advance().text.length;
  const module = level > 0 && p.isKw('import') ? null : parseDottedName(p);
  if (!p.eatKw('import')) throw p.invalidSyntax();
  const names: Alias[] = [];
  if (p.isOp('*')) {
    const s = p.advance();
    names.push({ _type: 'alias', name: '*', asname: null, ...p.loc(s) });
    return { _type: 'ImportFrom', module, names, level, ...p.loc(start) };
  }
  const paren = p.eatOp('(');
  do {
    if (paren && p.isOp(')')) break;
    if (!paren && p.at('NEWLINE') && p.last.text === ',') {
      throw p.errorRange('trailing comma not allowed without surrounding parentheses', p.tok);
    }
    const s = p.expectName();
    const asname = p.eatKw('as') ? p.expectName().text : null;
    names.push({ _type: 'alias', name: s.text, asname, ...p.loc(s) });
  } while (p.eatOp(','));
  if (paren) p.expectOp(')');
  return { _type: 'ImportFrom', module, names, level, ...p.loc(start) };
}

function parseTypeParams(p: Parser): TypeParam[] {
  if (!p.eatOp('[')) return [];
  const params: TypeParam[] = [];
  while (!p.isOp(']')) {
    const s = p.tok;
    if (p.eatOp('*')) {
      params.push({ _type: 'TypeVarTuple', name: p.expectName().text, ...p.loc(s) });
    } else if (p.eatOp('**')) {
      params.push({ _type: 'ParamSpec', name: p.expectName().text, ...p.loc(s) });
    } else {
      const name = p.expectName().text;
      const bound = p.eatOp(':') ? parseExpression(p) : null;
      params.push({ _type: 'TypeVar', name, bound, ...p.loc(s) });
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(']');
  return params;
}

function parseTypeAlias(p: Parser): Stmt {
  const start = p.advance();
  const n = p.advance();
  const name: Name = { _type: 'Name', id: n.text, ctx: 'Store', ...p.loc(n) };
  const typeParams = parseTypeParams(p);
  p.expectOp('=');
  const value = parseExpression(p);
  return { _type: 'TypeAlias', name, type_params: typeParams, value, ...p.loc(start) };
}

// ---------------------------------------------------------------- compound statements

function parseIf(p: Parser): Stmt {
  const start = p.advance();
  const test = parseNamedExpression(p);
  const body = colonBlock(p, `'${start.text}' statement`, start.lineno, true);
  let orelse: Stmt[] = [];
  if (p.isKw('elif')) {
    orelse = [parseIf(p)];
  } else if (p.isKw('else')) {
    const e = p.advance();
    orelse = colonBlock(p, "'else' statement", e.lineno);
  }
  return { _type: 'If', test, body, orelse, ...p.span(start, lastOf(orelse.length ? orelse : body)) };
}

function parseElse(p: Parser): Stmt[] {
  if (!p.isKw('else')) return [];
  const e = p.advance();
  return colonBlock(p, "'else' statement", e.lineno);
}

function parseWhile(p: Parser): Stmt {
  const start = p.advance();
  const test = parseNamedExpression(p);
  const body = colonBlock(p, "'while' statement", start.lineno, true);
  const orelse = parseElse(p);
  return { _type: 'While', test, body, orelse, ...p.span(start, lastOf(orelse.length ? orelse : body)) };
}

function parseFor(p: Parser, asyncTok: Token | null): Stmt {
  const forTok = p.advance();
  const target = parseStarTargets(p);
  if (!p.isKw('in')) throw missingIn(p, target);
  p.advance();
  const iter = parseStarExpressions(p);
  const body = colonBlock(p, "'for' statement", forTok.lineno, true);
  const orelse = parseElse(p);
  return {
    _type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null,
    ...p.span(asyncTok ?? forTok, lastOf(orelse.length ? orelse : body)),
  };
}

function parseWithItem(p: Parser): WithItem {
  const contextExpr = parseExpression(p);
  let optionalVars: Expr | null = null;
  if (p.eatKw('as')) {
    optionalVars = toTarget(p, parseWithTarget(p), 'Store');
  }
  return { _type: 'withitem', context_expr: contextExpr, optional_vars: optionalVars };
}

function parseWithTarget(p: Parser): Expr {
  if (p.isOp('*')) {
    const s = p.advance();
    const value = parsePrimary(p);
    return { _type: 'Starred', value, ctx: 'Store', ...p.loc(s) };
  }
  return parsePrimary(p);
}

function parseWith(p: Parser, asyncTok: Token | null): Stmt {
  const withTok = p.advance();
  let items: WithItem[] | null = null;
  if (p.isOp('(')) {
    // `with (a as b, c as d):` — only if the parenthesised list is directly followed by ':'.
    const mark = p.mark();
    try {
      p.advance();
      const list: WithItem[] = [];
      while (!p.isOp(')')) {
        const item = parseWithItem(p);
        list.push(item);
        if (!p.isOp(',') && !p.isOp(')') && startsExpression(p.tok)) {
          throw errorAfterExpression(p, item.optional_vars ?? item.context_expr);
        }
        if (!p.eatOp(',')) break;
      }
      p.expectOp(')');
      if (p.isOp(':')) items = list;
      else p.reset(mark);
    } catch (e) {
      if (!(e instanceof PythonSyntaxError) || e.msg !== 'invalid syntax' || e === p.tokens[p.tokens.length - 1].error) {
        throw e;
      }
      p.reset(mark);
    }
  }
  if (!items) {
    items = [parseWithItem(p)];
    while (p.eatOp(',')) items.push(parseWithItem(p));
  }
  const body = colonBlock(p, "'with' statement", withTok.lineno, true);
  return {
    _type: asyncTok ? 'AsyncWith' : 'With', items, body, type_comment: null,
    ...p.span(asyncTok ?? withTok, lastOf(body)),
  };
}

function parseTry(p: Parser): Stmt {
  const start = p.advance();
  const body = colonBlock(p, "'try' statement", start.lineno);
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.isKw('except')) {
    const e = p.advance();
    const isStar = p.eatOp('*');
    if (star !== null && star !== isStar) {
      throw p.errorRange("cannot have both 'except' and 'except*' on the same 'try'", e, p.last);
    }
    star = isStar;
    let type: Expr | null = null;
    let name: string | null = null;
    if (!p.isOp(':') || isStar) {
      if (isStar && p.isOp(':')) throw p.errorAtToken('expected one or more exception types');
      const tStart = p.tok;
      type = parseExpression(p);
      if (p.isOp(',')) {
        const more = p.analyze(() => {
          p.advance();
          return parseStarExpressions(p);
        });
        throw more ? p.errorRange('multiple exception types must be parenthesized', tStart, more) : p.invalidSyntax();
      }
      if (p.eatKw('as')) name = p.expectName().text;
    }
    const hbody = colonBlock(p, isStar ? "'except*' statement" : "'except' statement", e.lineno, true);
    handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, ...p.span(e, lastOf(hbody)) });
  }
  let orelse: Stmt[] = [];
  if (handlers.length > 0) orelse = parseElse(p);
  let finalbody: Stmt[] = [];
  if (p.isKw('finally')) {
    const f = p.advance();
    finalbody = colonBlock(p, "'finally' statement", f.lineno);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    throw p.errorAtToken("expected 'except' or 'finally' block");
  }
  const last = finalbody.length ? lastOf(finalbody) : orelse.length ? lastOf(orelse)
    : handlers.length ? handlers[handlers.length - 1] : lastOf(body);
  return { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...p.span(start, last) };
}

function parseDecorated(p: Parser): Stmt {
  const decorators: Expr[] = [];
  while (p.eatOp('@')) {
    decorators.push(parseNamedExpression(p));
    if (p.tok.kind !== 'NEWLINE') throw p.invalidSyntax();
    p.advance();
  }
  if (p.isKw('def')) return parseFunctionDef(p, decorators, null);
  if (p.isKw('class')) return parseClassDef(p, decorators);
  if (p.isKw('async') && p.peek().text === 'def') {
    const a = p.advance();
    return parseFunctionDef(p, decorators, a);
  }
  throw p.invalidSyntax();
}

function parseFunctionDef(p: Parser, decorators: Expr[], asyncTok: Token | null): FunctionDef {
  const defTok = p.advance();
  const name = p.expectName().text;
  let typeParams: TypeParam[];
  const bracket = p.tok;
  try {
    typeParams = parseTypeParams(p);
  } catch (e) {
    if (e instanceof PythonSyntaxError && e.msg === 'invalid syntax') throw p.errorAtToken("expected '('", bracket);
    throw e;
  }
  p.expectOp('(');
  const args = parseFunctionParameters(p);
  p.expectOp(')');
  let returns: Expr | null = null;
  if (p.isOp('->')) {
    const arrow = p.advance();
    try {
      returns = parseExpression(p);
    } catch (e) {
      // The return annotation is optional in the grammar, so CPython then wants ':' at '->'.
      if (e instanceof PythonSyntaxError && e.msg === 'invalid syntax') throw p.errorRange("expected ':'", arrow);
      throw e;
    }
  }
  const body = colonBlock(p, 'function definition', defTok.lineno);
  return {
    _type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list: decorators,
    returns, type_comment: null, type_params: typeParams, ...p.span(asyncTok ?? defTok, lastOf(body)),
  };
}

function parseClassDef(p: Parser, decorators: Expr[]): Stmt {
  const classTok = p.advance();
  const name = p.expectName().text;
  const typeParams = parseTypeParams(p);
  let bases: Expr[] = [];
  let keywords: ClassKeywords = [];
  if (p.isOp('(')) {
    const open = p.advance();
    ({ args: bases, keywords } = parseCallArguments(p, open, false));
  }
  const body = colonBlock(p, 'class definition', classTok.lineno, true);
  return {
    _type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators, type_params: typeParams,
    ...p.span(classTok, lastOf(body)),
  };
}

type ClassKeywords = ReturnType<typeof parseCallArguments>['keywords'];

// ---------------------------------------------------------------- match

/** `match subject:` — only a match statement when the whole header parses (soft keyword). */
function tryParseMatch(p: Parser): Stmt | null {
  const mark = p.mark();
  const start = p.advance();
  let subject: Expr;
  try {
    const s = p.tok;
    const first = parseStarNamedExpression(p);
    if (p.isOp(',')) {
      const elts = [first];
      while (p.eatOp(',')) {
        if (p.isOp(':')) break;
        elts.push(parseStarNamedExpression(p));
      }
      subject = { _type: 'Tuple', elts, ctx: 'Load', ...p.loc(s) };
    } else {
      subject = first;
    }
    if (!p.isOp(':')) throw new Error('not a match statement');
    p.advance();
    if (!p.at('NEWLINE')) throw new Error('not a match statement');
  } catch (e) {
    if (e === p.tokens[p.tokens.length - 1].error) throw e;
    p.reset(mark);
    return null;
  }
  p.advance();
  if (!p.at('INDENT')) {
    throw p.errorRange(`expected an indented block after 'match' statement on line ${start.lineno}`, p.tok, p.tok,
      'IndentationError');
  }
  p.advance();
  const cases: MatchCase[] = [];
  while (p.isKw('case')) {
    const c = p.advance();
    const pattern = parsePattern(p);
    const guard = p.eatKw('if') ? parseNamedExpression(p) : null;
    const body = colonBlock(p, "'case' statement", c.lineno, true);
    cases.push({ _type: 'match_case', pattern, guard, body });
  }
  if (cases.length === 0) throw p.invalidSyntax();
  if (!p.at('DEDENT')) throw p.invalidSyntax();
  p.advance();
  const lastBody = cases[cases.length - 1].body;
  return { _type: 'Match', subject, cases, ...p.span(start, lastOf(lastBody)) };
}

