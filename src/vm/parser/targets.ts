// Assignment and deletion targets: setting Store/Del contexts and CPython's messages for
// expressions that cannot be targets ("cannot assign to function call", …).

import type { Expr, ExprContext } from './ast';
import type { Parser } from './parser-base';

/** What CPython calls an expression in error messages (_PyPegen_get_expr_name). */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** The first sub-expression that cannot take `ctx`, or null when `e` is a valid target. */
export function invalidTarget(e: Expr, ctx: ExprContext): Expr | null {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      return null;
    case 'Starred':
      return ctx === 'Del' ? e : invalidTarget(e.value, ctx);
    case 'List': case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, ctx);
        if (bad) return bad;
      }
      return null;
    default:
      return e;
  }
}

/** Gives `e` (and its elements) the context `ctx`; assumes invalidTarget(e) is null. */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    default:
      return;
  }
}

/** Validates and converts an assignment (Store) or `del` (Del) target. */
export function toTarget(p: Parser, e: Expr, ctx: 'Store' | 'Del'): Expr {
  const bad = invalidTarget(e, ctx);
  if (bad) {
    const verb = ctx === 'Del' ? 'delete' : 'assign to';
    if (bad._type === 'Starred' && ctx === 'Del') throw p.errorRange('cannot delete starred', bad);
    if (bad._type === 'Name' || bad._type === 'Starred') throw p.invalidSyntax();
    if ((bad._type === 'Yield' || bad._type === 'YieldFrom') && !p.parenthesized.has(bad)) {
      throw p.errorRange('assignment to yield expression not possible', bad);
    }
    throw p.errorRange(`cannot ${verb} ${exprName(bad)}`, bad);
  }
  setContext(e, ctx);
  return e;
}
