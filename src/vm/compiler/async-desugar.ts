// `async for`, `async with` and async comprehensions, compiled by rewriting them into plain
// statements over `await` (which the code generator supports) and the helpers of the native
// `_async_support` module (modules/async-support.ts). Expansions (names with '$' cannot clash
// with user code; N makes nested ones distinct):
//
//   async for T in E: B  else: O    →  $itN = _as.aiter(E); $moreN = True
//                                       while $moreN:
//                                           try: $vN = await _as.anext($itN)
//                                           except StopAsyncIteration: $moreN = False; continue
//                                           T = $vN; B
//                                       else: O
//
//   async with E as V: B             →  $mN = E; $xN = _as.aexit($mN); V = await _as.aenter($mN)
//                                       $fN = False
//                                       try:
//                                           try: B
//                                           except BaseException as $eN:
//                                               $fN = True
//                                               if not await $xN(type($eN), $eN, $eN.__traceback__): raise
//                                       finally:
//                                           if not $fN: await $xN(None, None, None)
//
//   [elt async for …] (or any comprehension using await) → `await $acN()` with
//   `async def $acN(): $r = []; <the loops>; $r.append(elt); return $r` defined just before the
//   statement; an async generator expression becomes `$acN()` over an async generator.
import type * as A from '../parser/ast';

type Loc = A.Located;
let counter = 0;

function at<T extends object>(loc: Loc, node: T): T & Loc {
  return { lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: loc.end_lineno, end_col_offset: loc.end_col_offset, ...node };
}
const name = (l: Loc, id: string, ctx: A.ExprContext = 'Load') => at(l, { _type: 'Name', id, ctx }) as A.Name;
const attr = (l: Loc, value: A.Expr, a: string) => at(l, { _type: 'Attribute', value, attr: a, ctx: 'Load' }) as A.Expr;
const call = (l: Loc, func: A.Expr, args: A.Expr[] = []) => at(l, { _type: 'Call', func, args, keywords: [] }) as A.Expr;
const cnst = (l: Loc, value: A.ConstantValue) => at(l, { _type: 'Constant', value, kind: null }) as A.Expr;
const none = (l: Loc) => cnst(l, { kind: 'None' });
const bool = (l: Loc, value: boolean) => cnst(l, { kind: 'bool', value });
const awaitE = (l: Loc, value: A.Expr) => at(l, { _type: 'Await', value }) as A.Expr;
const assignTo = (l: Loc, target: A.Expr, value: A.Expr) => at(l, { _type: 'Assign', targets: [target], value, type_comment: null }) as A.Stmt;
const assign = (l: Loc, id: string, value: A.Expr) => assignTo(l, name(l, id, 'Store'), value);
const exprStmt = (l: Loc, value: A.Expr) => at(l, { _type: 'Expr', value }) as A.Stmt;
const support = (l: Loc, fn: string, args: A.Expr[]) => call(l, attr(l, call(l, name(l, '__import__'), [cnst(l, { kind: 'str', value: '_async_support' })]), fn), args);
const ifStmt = (l: Loc, test: A.Expr, body: A.Stmt[], orelse: A.Stmt[] = []) => at(l, { _type: 'If', test, body, orelse }) as A.Stmt;
const notE = (l: Loc, operand: A.Expr) => at(l, { _type: 'UnaryOp', op: 'Not', operand }) as A.Expr;
const tryStmt = (l: Loc, body: A.Stmt[], handlers: A.ExceptHandler[], finalbody: A.Stmt[] = []) =>
  at(l, { _type: 'Try', body, handlers, orelse: [], finalbody }) as A.Stmt;
const handler = (l: Loc, type: A.Expr, n: string | null, body: A.Stmt[]) => at(l, { _type: 'ExceptHandler', type, name: n, body }) as A.ExceptHandler;

function asyncFor(s: A.For): A.Stmt[] {
  const n = ++counter;
  const it = `$it${n}`, more = `$more${n}`, v = `$v${n}`;
  const fetch = tryStmt(s, [assign(s, v, awaitE(s, support(s, 'anext', [name(s, it)])))], [
    handler(s, name(s, 'StopAsyncIteration'), null, [assign(s, more, bool(s, false)), at(s, { _type: 'Continue' }) as A.Stmt]),
  ]);
  const loop = at(s, { _type: 'While', test: name(s, more), body: [fetch, assignTo(s, s.target, name(s, v)), ...s.body], orelse: s.orelse }) as A.Stmt;
  return [assign(s, it, support(s, 'aiter', [s.iter])), assign(s, more, bool(s, true)), loop];
}

function asyncWith(s: A.With): A.Stmt[] {
  let body = s.body;
  for (let k = s.items.length - 1; k >= 0; k--) {
    const item = s.items[k];
    const n = ++counter;
    const m = `$m${n}`, x = `$x${n}`, f = `$f${n}`, e = `$e${n}`;
    const enter = awaitE(s, support(s, 'aenter', [name(s, m)]));
    const excArgs = [call(s, name(s, 'type'), [name(s, e)]), name(s, e), attr(s, name(s, e), '__traceback__')];
    body = [
      assign(s, m, item.context_expr),
      assign(s, x, support(s, 'aexit', [name(s, m)])),
      item.optional_vars ? assignTo(s, item.optional_vars, enter) : exprStmt(s, enter),
      assign(s, f, bool(s, false)),
      tryStmt(s, [
        tryStmt(s, body, [handler(s, name(s, 'BaseException'), e, [
          assign(s, f, bool(s, true)),
          ifStmt(s, notE(s, awaitE(s, call(s, name(s, x), excArgs))), [at(s, { _type: 'Raise', exc: null, cause: null }) as A.Stmt]),
        ])]),
      ], [], [ifStmt(s, notE(s, name(s, f)), [exprStmt(s, awaitE(s, call(s, name(s, x), [none(s), none(s), none(s)])))])]),
    ];
  }
  return body;
}

/** Does this expression (not counting nested scopes) contain `await`? */
function hasAwait(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasAwait);
  const t = (node as { _type?: string })._type;
  if (t === 'Await') return true;
  if (t === 'Lambda' || t === 'ListComp' || t === 'SetComp' || t === 'DictComp' || t === 'GeneratorExp') return false;
  return Object.values(node).some((v) => typeof v === 'object' && hasAwait(v));
}

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
function isAsyncComp(c: Comp): boolean {
  if (c.generators.some((g) => g.is_async)) return true;
  if (c._type === 'GeneratorExp') return false;
  const parts: unknown[] = c._type === 'DictComp' ? [c.key, c.value] : [c.elt];
  for (const g of c.generators.slice(1)) parts.push(g.iter);
  for (const g of c.generators) parts.push(g.ifs);
  return hasAwait(parts);
}

/** The helper `async def` for a comprehension, and the expression replacing it. */
function compFunction(c: Comp): [A.Stmt, A.Expr] {
  const n = ++counter;
  const fname = `$ac${n}`, r = `$r${n}`;
  let inner: A.Stmt;
  if (c._type === 'GeneratorExp') inner = exprStmt(c, at(c, { _type: 'Yield', value: c.elt }) as A.Expr);
  else if (c._type === 'ListComp') inner = exprStmt(c, call(c, attr(c, name(c, r), 'append'), [c.elt]));
  else if (c._type === 'SetComp') inner = exprStmt(c, call(c, attr(c, name(c, r), 'add'), [c.elt]));
  else inner = assignTo(c, at(c, { _type: 'Subscript', value: name(c, r), slice: c.key, ctx: 'Store' }) as A.Expr, c.value);
  let body: A.Stmt[] = [inner];
  for (let k = c.generators.length - 1; k >= 0; k--) {
    const g = c.generators[k];
    for (let j = g.ifs.length - 1; j >= 0; j--) body = [ifStmt(c, g.ifs[j], body)];
    body = [at(c, { _type: g.is_async ? 'AsyncFor' : 'For', target: g.target, iter: g.iter, body, orelse: [], type_comment: null }) as A.Stmt];
  }
  if (c._type !== 'GeneratorExp') {
    const init = c._type === 'ListComp' ? at(c, { _type: 'List', elts: [], ctx: 'Load' }) : c._type === 'SetComp' ? call(c, name(c, 'set')) : at(c, { _type: 'Dict', keys: [], values: [] });
    body = [assign(c, r, init as A.Expr), ...body, at(c, { _type: 'Return', value: name(c, r) }) as A.Stmt];
  }
  const args: A.Arguments = { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
  const def = at(c, { _type: 'AsyncFunctionDef', name: fname, args, body, decorator_list: [], returns: null, type_comment: null, type_params: [] }) as A.Stmt;
  const use = call(c, name(c, fname));
  return [def, c._type === 'GeneratorExp' ? use : awaitE(c, use)];
}

const STMT_LISTS = new Set(['body', 'orelse', 'finalbody', 'handlers', 'cases']);

/** Replace async comprehensions inside one statement's own expressions; returns helper defs. */
function liftComps(node: unknown, defs: A.Stmt[], top: boolean): unknown {
  if (node === null || typeof node !== 'object' || node instanceof Uint8Array) return node;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = liftComps(node[i], defs, false);
    return node;
  }
  const t = (node as { _type?: string })._type;
  if (!top && (t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'ClassDef' || t === 'Lambda')) return node;
  for (const [k, v] of Object.entries(node)) {
    if (top && STMT_LISTS.has(k)) continue;
    if (v !== null && typeof v === 'object') (node as Record<string, unknown>)[k] = liftComps(v, defs, false);
  }
  if (t === 'ListComp' || t === 'SetComp' || t === 'DictComp' || t === 'GeneratorExp') {
    const c = node as Comp;
    if (isAsyncComp(c)) {
      const [def, use] = compFunction(c);
      defs.push(def);
      return use;
    }
  }
  return node;
}

function rewriteList(stmts: A.Stmt[]): void {
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    const defs: A.Stmt[] = [];
    liftComps(s, defs, true);
    let repl: A.Stmt[] | null = null;
    if (s._type === 'AsyncFunctionDef') markAsyncGenerator(s as A.FunctionDef);
    if (s._type === 'AsyncFor') repl = asyncFor(s as A.For);
    else if (s._type === 'AsyncWith') repl = asyncWith(s as A.With);
    const out = [...defs, ...(repl ?? [s])];
    if (out.length !== 1 || out[0] !== s) {
      stmts.splice(i, 1, ...out);
      i--; // revisit: the replacement may hold more async constructs (and the defs' bodies)
      continue;
    }
    walkChildren(s);
  }
}

/** Does this function's own body (not nested scopes) contain `yield`? Collects the nodes. */
function ownYields(node: unknown, out: A.Yield[]): A.Yield[] {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const x of node) ownYields(x, out);
    return out;
  }
  const t = (node as { _type?: string })._type;
  if (t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'ClassDef' || t === 'Lambda') return out;
  if (t === 'Yield') out.push(node as A.Yield);
  for (const v of Object.values(node)) if (v !== null && typeof v === 'object') ownYields(v, out);
  return out;
}

const marked = new WeakSet<object>();
/** An async generator: yields wrap their value (to tell them from awaits) and calling the
 * function builds an async_generator object around the plain generator. */
function markAsyncGenerator(f: A.FunctionDef): void {
  if (marked.has(f)) return;
  marked.add(f);
  const ys = ownYields(f.body, []);
  if (!ys.length) return;
  for (const y of ys) y.value = support(y, 'wrap', [y.value ?? none(y)]);
  f.decorator_list.push(attr(f, call(f, name(f, '__import__'), [cnst(f, { kind: 'str', value: '_async_support' })]), 'asyncgen'));
}

function walkChildren(s: unknown): void {
  if (s === null || typeof s !== 'object') return;
  for (const [k, v] of Object.entries(s)) {
    if (!Array.isArray(v)) continue;
    if (k === 'body' || k === 'orelse' || k === 'finalbody') rewriteList(v as A.Stmt[]);
    else if (k === 'handlers' || k === 'cases') for (const h of v) walkChildren(h);
  }
}

/** Rewrite every async for/with/comprehension in the module (in place). */
export function desugarAsync(mod: A.Module): void {
  rewriteList(mod.body);
}
