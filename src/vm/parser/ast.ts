// The abstract syntax tree, with the node and field names of CPython's `ast` module
// (Parser/Python.asdl, Python 3.12). Every node carries `_type` (the class name in `ast`).
// Positions follow CPython: lineno/end_lineno are 1-based, col_offset/end_col_offset are
// 0-based UTF-8 byte offsets (equal to character offsets for ASCII source).
// https://docs.python.org/3/library/ast.html

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** The value of a `Constant` node. Python int → bigint when it does not fit a safe JS integer,
 * otherwise number with `isInt` telling int from float (1 vs 1.0). */
export type ConstantValue =
  | { kind: 'None' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: number | bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'Ellipsis' };

// ---------------------------------------------------------------- module

export interface Module {
  _type: 'Module';
  body: Stmt[];
  type_ignores: never[];
}

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Located {
  _type: 'FunctionDef' | 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: null;
  type_params: TypeParam[];
}
export interface ClassDef extends Located {
  _type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: TypeParam[];
}
export interface Return extends Located { _type: 'Return'; value: Expr | null }
export interface Delete extends Located { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Located { _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: null }
export interface TypeAlias extends Located { _type: 'TypeAlias'; name: Name; type_params: TypeParam[]; value: Expr }
export interface AugAssign extends Located { _type: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
export interface AnnAssign extends Located {
  _type: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a plain name not in parentheses. */
  simple: 0 | 1;
}
export interface For extends Located {
  _type: 'For' | 'AsyncFor';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: null;
}
export interface While extends Located { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located {
  _type: 'With' | 'AsyncWith';
  items: WithItem[];
  body: Stmt[];
  type_comment: null;
}
export interface Match extends Located { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Located { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Located {
  _type: 'Try' | 'TryStar';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Located { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Located { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Located {
  _type: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends Located { _type: 'Global'; names: string[] }
export interface Nonlocal extends Located { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Located { _type: 'Expr'; value: Expr }
export interface Pass extends Located { _type: 'Pass' }
export interface Break extends Located { _type: 'Break' }
export interface Continue extends Located { _type: 'Continue' }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign | AnnAssign
  | For | While | If | With | Match | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Located { _type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Located { _type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Located { _type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Located { _type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Located { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Located { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends Located {
  _type: 'Dict';
  /** null key = `**mapping` unpacking, as in CPython. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetExpr extends Located { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Located { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Located { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Located { _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Located { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Located { _type: 'Await'; value: Expr }
export interface Yield extends Located { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Located { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Located { _type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Located { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Located {
  _type: 'FormattedValue';
  value: Expr;
  /** -1 none, 115 !s, 114 !r, 97 !a (CPython stores the character code). */
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Located { _type: 'JoinedStr'; values: Expr[] }
export interface Constant extends Located {
  _type: 'Constant';
  value: ConstantValue;
  /** 'u' for u'' strings, otherwise null. */
  kind: string | null;
}
export interface Attribute extends Located { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Located { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Located { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Located { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Located { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------- helpers

export interface Comprehension {
  _type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: 0 | 1;
}
export interface ExceptHandler extends Located {
  _type: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per kwonlyarg; null where the keyword-only argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional (posonly + regular) arguments. */
  defaults: Expr[];
}
export interface Arg extends Located { _type: 'arg'; arg: string; annotation: Expr | null; type_comment: null }
export interface Keyword extends Located {
  _type: 'keyword';
  /** null for `**kwargs` unpacking. */
  arg: string | null;
  value: Expr;
}
export interface Alias extends Located { _type: 'alias'; name: string; asname: string | null }
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---------------------------------------------------------------- patterns (match statement)

export interface MatchValue extends Located { _type: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Located { _type: 'MatchSingleton'; value: ConstantValue }
export interface MatchSequence extends Located { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Located {
  _type: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
export interface MatchClass extends Located {
  _type: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
export interface MatchStar extends Located { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Located { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Located { _type: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar
  | MatchAs | MatchOr;

// ---------------------------------------------------------------- type parameters (3.12)

export interface TypeVar extends Located { _type: 'TypeVar'; name: string; bound: Expr | null }
export interface ParamSpec extends Located { _type: 'ParamSpec'; name: string }
export interface TypeVarTuple extends Located { _type: 'TypeVarTuple'; name: string }
export type TypeParam = TypeVar | ParamSpec | TypeVarTuple;

export type Node =
  | Module | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias
  | WithItem | MatchCase | Pattern | TypeParam;
