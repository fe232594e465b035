// dumpAst(node): the text of Python's `ast.dump(node, include_attributes=True)` (3.12), used
// to compare our trees with CPython's and available to an `ast` module.

import type { Node } from './ast';
import { constantRepr } from './constant-repr';

// Fields of each node class in ASDL order; a trailing '?' marks an optional field, which
// ast.dump leaves out when it is None.
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?', 'type_params'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list', 'type_params'],
  Return: ['value?'], Delete: ['targets'], Assign: ['targets', 'value', 'type_comment?'],
  TypeAlias: ['name', 'type_params', 'value'], AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'], Match: ['subject', 'cases'], Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'], Assert: ['test', 'msg?'], Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'], Global: ['names'], Nonlocal: ['names'], Expr: ['value'],
  Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value?'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'], FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'], Constant: ['value', 'kind?'], Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'], Name: ['id', 'ctx'],
  List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'], Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'], keyword: ['arg?', 'value'], alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'], match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'], MatchSingleton: ['value'], MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'], MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'], MatchAs: ['pattern?', 'name?'], MatchOr: ['patterns'],
  TypeVar: ['name', 'bound?'], ParamSpec: ['name'], TypeVarTuple: ['name'],
};
FIELDS.AsyncFunctionDef = FIELDS.FunctionDef;
FIELDS.AsyncFor = FIELDS.For;
FIELDS.AsyncWith = FIELDS.With;
FIELDS.TryStar = FIELDS.Try;

const UNLOCATED = new Set(['Module', 'comprehension', 'arguments', 'withitem', 'match_case']);
const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

function dumpValue(v: unknown, key: string, owner: string): string {
  if (v === null || v === undefined) return 'None';
  if (Array.isArray(v)) return '[' + v.map((x) => dumpValue(x, key, owner)).join(', ') + ']';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    // Operators and contexts are stored as their class names.
    if ((key === 'op' || key === 'ops' || key === 'ctx') && owner !== 'Constant') return `${v}()`;
    return strReprSimple(v);
  }
  if (typeof v === 'object' && '_type' in v) return dumpAst(v as Node);
  if ((key === 'value') && typeof v === 'object' && 'kind' in v) {
    return constantRepr(v as Parameters<typeof constantRepr>[0]);
  }
  throw new Error(`dumpAst: unexpected value for ${owner}.${key}`);
}

function strReprSimple(s: string): string {
  return constantRepr({ kind: 'str', value: s });
}

export function dumpAst(node: Node): string {
  const type = node._type;
  const fields = FIELDS[type];
  if (!fields) throw new Error(`dumpAst: unknown node ${type}`);
  const rec = node as unknown as Record<string, unknown>;
  const parts: string[] = [];
  for (const f of fields) {
    const optional = f.endsWith('?');
    const name = optional ? f.slice(0, -1) : f;
    const v = rec[name];
    if (optional && (v === null || v === undefined)) continue;
    parts.push(`${name}=${dumpValue(v, name, type)}`);
  }
  if (!UNLOCATED.has(type)) {
    for (const a of ATTRIBUTES) parts.push(`${a}=${rec[a] as number}`);
  }
  return `${type}(${parts.join(', ')})`;
}
