// `try … except*` (PEP 654), compiled by rewriting the statement into a plain try/except
// driven by a state object from the native `_except_star` module (modules/except-star.ts):
//
//   $st = __import__('_except_star').State()
//   try:
//       try:
//           <body>
//       except BaseException as $eg:
//           $st.begin($eg)
//           if $st.match(<type 1>):            # splits the group, sets $st.matched
//               try:
//                   <name 1> = $st.matched; <handler 1>
//               except BaseException as $x:
//                   $st.raised($x)
//               finally:
//                   <name 1> = None; del <name 1>
//           …
//           if $st.nothing_matched(): raise    # the original propagates untouched
//       else:
//           <orelse>
//       $st.reraise()                          # unhandled rest + raised, as CPython combines them
//   finally:
//       del $st
//       <finalbody>
//
// Names starting with '$' cannot clash with user code.
import type * as A from '../parser/ast';

type Loc = A.Located;

function at<T extends object>(loc: Loc, node: T): T & Loc {
  return { lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset, ...node };
}
const name = (loc: Loc, id: string, ctx: A.ExprContext = 'Load') => at(loc, { _type: 'Name', id, ctx }) as A.Name;
const attr = (loc: Loc, value: A.Expr, a: string) => at(loc, { _type: 'Attribute', value, attr: a, ctx: 'Load' }) as A.Attribute;
const call = (loc: Loc, func: A.Expr, args: A.Expr[] = []) => at(loc, { _type: 'Call', func, args, keywords: [] }) as A.Call;
const exprStmt = (loc: Loc, value: A.Expr) => at(loc, { _type: 'Expr', value }) as A.Stmt;
const str = (loc: Loc, value: string) => at(loc, { _type: 'Constant', value: { kind: 'str', value }, kind: null }) as A.Expr;
const none = (loc: Loc) => at(loc, { _type: 'Constant', value: { kind: 'None' }, kind: null }) as A.Expr;
const assign = (loc: Loc, target: string, value: A.Expr) => at(loc, { _type: 'Assign', targets: [name(loc, target, 'Store')], value, type_comment: null }) as A.Stmt;
const del = (loc: Loc, id: string) => at(loc, { _type: 'Delete', targets: [name(loc, id, 'Del')] }) as A.Stmt;
const stCall = (loc: Loc, method: string, args: A.Expr[] = []) => call(loc, attr(loc, name(loc, '$st'), method), args);

function handlerOf(loc: Loc, type: A.Expr, body: A.Stmt[], handlerName: string | null): A.ExceptHandler {
  return at(loc, { _type: 'ExceptHandler', type, name: handlerName, body }) as A.ExceptHandler;
}

function desugar(t: A.Try): A.Stmt[] {
  const loc: Loc = t;
  const inner: A.Stmt[] = [exprStmt(loc, stCall(loc, 'begin', [name(loc, '$eg')]))];
  for (const h of t.handlers) {
    const hl: Loc = h;
    const body: A.Stmt[] = [];
    if (h.name) body.push(assign(hl, h.name, attr(hl, name(hl, '$st'), 'matched')));
    body.push(...h.body);
    const guarded = at(hl, {
      _type: 'Try',
      body,
      handlers: [handlerOf(hl, name(hl, 'BaseException'), [exprStmt(hl, stCall(hl, 'raised', [name(hl, '$x')]))], '$x')],
      orelse: [],
      finalbody: h.name ? [assign(hl, h.name, none(hl)), del(hl, h.name)] : [],
    }) as A.Stmt;
    inner.push(at(hl, { _type: 'If', test: stCall(hl, 'match', [h.type ?? name(hl, 'BaseException')]), body: [guarded], orelse: [] }) as A.Stmt);
  }
  inner.push(at(loc, { _type: 'If', test: stCall(loc, 'nothing_matched'), body: [at(loc, { _type: 'Raise', exc: null, cause: null }) as A.Stmt], orelse: [] }) as A.Stmt);
  const tryExcept = at(loc, {
    _type: 'Try',
    body: t.body,
    handlers: [handlerOf(loc, name(loc, 'BaseException'), inner, '$eg')],
    orelse: t.orelse,
    finalbody: [],
  }) as A.Stmt;
  const outer = at(loc, {
    _type: 'Try',
    body: [tryExcept, exprStmt(loc, stCall(loc, 'reraise'))],
    handlers: [],
    orelse: [],
    finalbody: [del(loc, '$st'), ...t.finalbody],
  }) as A.Stmt;
  const make = assign(loc, '$st', call(loc, attr(loc, call(loc, name(loc, '__import__'), [str(loc, '_except_star')]), 'State')));
  return [make, outer];
}

/** Replace every TryStar statement in the tree (in place). */
export function desugarTryStar(node: unknown): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const x = node[i] as { _type?: string } | null;
      if (x && typeof x === 'object' && x._type === 'TryStar') {
        const repl = desugar(x as A.Try);
        node.splice(i, 1, ...repl);
        i += repl.length - 1;
        for (const r of repl) desugarTryStar(r);
      } else desugarTryStar(x);
    }
    return;
  }
  if (node === null || typeof node !== 'object' || node instanceof Uint8Array) return;
  for (const v of Object.values(node)) if (v !== null && typeof v === 'object') desugarTryStar(v);
}
