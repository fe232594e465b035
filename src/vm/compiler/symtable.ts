// Symbol tables (CPython's Python/symtable.c): one Scope per module, class, function, lambda
// and comprehension; every name resolved to local, global (explicit/implicit), free or cell.
import type * as A from '../parser/ast';
import { PythonSyntaxError } from '../parser/syntax-error';

export const enum Def {
  Local = 1,
  Param = 2,
  Global = 4,
  Nonlocal = 8,
  Use = 16,
  Annot = 32,
}
export type Resolution = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
export type ScopeKind = 'module' | 'class' | 'function';

export class Scope {
  symbols = new Map<string, number>();
  resolved = new Map<string, Resolution>();
  children: Scope[] = [];
  params: string[] = [];
  /** Names in order of first binding (varnames order after params). */
  order: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  isComprehension = false;
  /** Class scope: a method uses super()/__class__, so the class needs a __class__ cell. */
  needsClassCell = false;
  /** Class scope: names free in children that the class also binds (LOAD_FROM_DICT_OR_DEREF). */
  freeInClass = new Set<string>();
  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: unknown,
    readonly parent: Scope | null,
    readonly lineno: number,
  ) {}
  add(name: string, flag: number): void {
    const old = this.symbols.get(name) ?? 0;
    if ((flag & (Def.Local | Def.Param)) && !(old & (Def.Local | Def.Param)) && !this.order.includes(name)) this.order.push(name);
    this.symbols.set(name, old | flag);
  }
  resolve(name: string): Resolution {
    return this.resolved.get(name) ?? (this.kind === 'function' ? 'global_implicit' : 'global_implicit');
  }
  get cellvars(): string[] {
    const out: string[] = [];
    for (const [n, r] of this.resolved) if (r === 'cell') out.push(n);
    return out.sort();
  }
  get freevars(): string[] {
    const out: string[] = [];
    for (const [n, r] of this.resolved) if (r === 'free') out.push(n);
    return out.sort();
  }
}

/** Python's private name mangling inside classes. */
export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

export class SymbolTable {
  readonly scopes = new Map<unknown, Scope>();
  top!: Scope;
  private cur!: Scope;
  private className: string | null = null;
  constructor(
    readonly filename: string,
    readonly source: string,
  ) {}

  private error(msg: string, node: A.Located): never {
    const line = this.source.split('\n')[node.lineno - 1] ?? null;
    throw new PythonSyntaxError('SyntaxError', msg, this.filename, node.lineno, node.col_offset + 1, line, node.end_lineno, node.end_col_offset + 1);
  }

  build(mod: A.Module): SymbolTable {
    this.top = new Scope('module', 'top', mod, null, 1);
    this.scopes.set(mod, this.top);
    this.cur = this.top;
    this.stmts(mod.body);
    this.analyze(this.top, new Set(), new Set());
    return this;
  }

  private enter(kind: ScopeKind, name: string, node: unknown, lineno: number): Scope {
    const s = new Scope(kind, name, node, this.cur, lineno);
    this.cur.children.push(s);
    this.scopes.set(node, s);
    this.cur = s;
    return s;
  }
  private leave(s: Scope): void {
    this.cur = s.parent!;
  }
  private def(name: string, flag: number, node?: A.Located): void {
    const n = mangle(this.className, name);
    const old = this.cur.symbols.get(n) ?? 0;
    if (node && (flag & (Def.Local)) && (old & (Def.Global)) === 0 && (old & Def.Nonlocal) === 0) {
      // nothing to check
    }
    this.cur.add(n, flag);
  }

  private stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private argsDefaults(a: A.Arguments): void {
    this.exprs(a.defaults);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }
  private argsAnnotations(a: A.Arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (arg.annotation) this.expr(arg.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
  }
  private params(s: Scope, a: A.Arguments): void {
    const all = [...a.posonlyargs, ...a.args];
    for (const p of all) this.param(s, p.arg, p);
    for (const p of a.kwonlyargs) this.param(s, p.arg, p);
    if (a.vararg) this.param(s, a.vararg.arg, a.vararg);
    if (a.kwarg) this.param(s, a.kwarg.arg, a.kwarg);
  }
  private param(s: Scope, name: string, node: A.Located): void {
    const n = mangle(this.className, name);
    if (s.symbols.has(n)) this.error(`duplicate argument '${name}' in function definition`, node);
    s.params.push(n);
    s.add(n, Def.Param);
  }

  private func(node: A.FunctionDef | A.Lambda, name: string, body: () => void): void {
    const s = this.enter('function', name, node, node.lineno);
    if (node._type === 'AsyncFunctionDef') s.isCoroutine = true;
    this.params(s, node.args);
    const savedClass = this.className;
    body();
    this.className = savedClass;
    this.leave(s);
  }

  private stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.def(s.name, Def.Local, s);
        this.exprs(s.decorator_list);
        this.argsDefaults(s.args);
        this.argsAnnotations(s.args);
        if (s.returns) this.expr(s.returns);
        this.func(s, s.name, () => this.stmts(s.body));
        return;
      case 'ClassDef': {
        this.def(s.name, Def.Local, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        const sc = this.enter('class', s.name, s, s.lineno);
        const saved = this.className;
        this.className = s.name;
        this.stmts(s.body);
        this.className = saved;
        this.leave(sc);
        return;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        this.exprs(s.targets);
        return;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        return;
      case 'TypeAlias':
        this.expr(s.name);
        this.expr(s.value);
        return;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        if (s.target._type === 'Name') this.def(s.target.id, Def.Use);
        return;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const n = mangle(this.className, s.target.id);
          const old = this.cur.symbols.get(n) ?? 0;
          if (old & (Def.Global | Def.Nonlocal)) {
            if (s.simple) this.error(`annotated name '${s.target.id}' can't be ${old & Def.Global ? 'global' : 'nonlocal'}`, s);
          }
          this.def(s.target.id, s.value ? Def.Local | Def.Annot : Def.Annot);
        } else this.expr(s.target);
        if (this.cur.kind !== 'function') this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.def(h.name, Def.Local, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') this.error('import * only allowed at module level', s);
            continue;
          }
          const bound = a.asname ?? a.name.split('.')[0];
          this.def(bound, Def.Local, s);
        }
        return;
      case 'Global':
      case 'Nonlocal': {
        const isG = s._type === 'Global';
        for (const name of s.names) {
          const n = mangle(this.className, name);
          const old = this.cur.symbols.get(n) ?? 0;
          const what = isG ? 'global' : 'nonlocal';
          if (old & Def.Param) this.error(`name '${name}' is parameter and ${what}`, s);
          if (old & Def.Use) this.error(`name '${name}' is used prior to ${what} declaration`, s);
          if (old & Def.Annot) this.error(`annotated name '${name}' can't be ${what}`, s);
          if (old & Def.Local) this.error(`name '${name}' is assigned to before ${what} declaration`, s);
          if (!isG && this.cur.kind === 'module') this.error('nonlocal declaration not allowed at module level', s);
          this.cur.add(n, isG ? Def.Global : Def.Nonlocal);
          // like CPython's st_global: the module-level name becomes an explicit global too
          if (isG && this.cur !== this.top) this.top.add(n, Def.Global);
          (this.cur as Scope & { declNodes?: Map<string, A.Located> }).declNodes ??= new Map();
          (this.cur as Scope & { declNodes?: Map<string, A.Located> }).declNodes!.set(n, s);
        }
        return;
      }
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private pattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
        p.patterns.forEach((q) => this.pattern(q));
        return;
      case 'MatchMapping':
        this.exprs(p.keys);
        p.patterns.forEach((q) => this.pattern(q));
        if (p.rest) this.def(p.rest, Def.Local);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        p.patterns.forEach((q) => this.pattern(q));
        p.kwd_patterns.forEach((q) => this.pattern(q));
        return;
      case 'MatchStar':
        if (p.name) this.def(p.name, Def.Local);
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.def(p.name, Def.Local);
        return;
      case 'MatchOr':
        p.patterns.forEach((q) => this.pattern(q));
        return;
    }
  }

  private exprs(es: (A.Expr | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, name: string): void {
    const gens = e.generators;
    // The first iterable is evaluated in the enclosing scope.
    this.expr(gens[0].iter);
    const s = this.enter('function', name, e, e.lineno);
    s.isComprehension = true;
    if (e._type === 'GeneratorExp') s.isGenerator = true;
    s.params.push('.0');
    s.add('.0', Def.Param);
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter);
      this.compTarget(g.target);
      this.exprs(g.ifs);
      if (g.is_async) s.isCoroutine = true;
    });
    if (e._type === 'DictComp') {
      this.expr(e.key);
      this.expr(e.value);
    } else this.expr(e.elt);
    this.leave(s);
  }
  private compTarget(t: A.Expr): void {
    this.expr(t);
  }

  private expr(e: A.Expr): void {
    switch (e._type) {
      case 'Name': {
        const flag = e.ctx === 'Load' ? Def.Use : Def.Local;
        this.def(e.id, flag, e);
        if (e.ctx === 'Load' && e.id === 'super' && this.cur.kind === 'function') this.markClassCell();
        return;
      }
      case 'NamedExpr': {
        // The target binds in the nearest enclosing non-comprehension scope.
        this.expr(e.value);
        let s = this.cur;
        while (s.isComprehension && s.parent) s = s.parent;
        const saved = this.cur;
        this.cur = s;
        this.def(e.target.id, Def.Local, e.target);
        this.cur = saved;
        if (s !== saved) {
          // make it visible in the comprehension as free (or global at module level)
          if (s.kind === 'module') saved.add(e.target.id, Def.Global);
          else saved.add(e.target.id, Def.Use);
        }
        return;
      }
      case 'BoolOp':
        this.exprs(e.values);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        return;
      case 'Lambda':
        this.argsDefaults(e.args);
        this.func(e, '<lambda>', () => this.expr(e.body));
        return;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        return;
      case 'Set':
        this.exprs(e.elts);
        return;
      case 'ListComp':
        this.comprehension(e, '<listcomp>');
        return;
      case 'SetComp':
        this.comprehension(e, '<setcomp>');
        return;
      case 'DictComp':
        this.comprehension(e, '<dictcomp>');
        return;
      case 'GeneratorExp':
        this.comprehension(e, '<genexpr>');
        return;
      case 'Await':
        this.expr(e.value);
        this.cur.isCoroutine = true;
        return;
      case 'Yield':
      case 'YieldFrom':
        if (this.cur.kind !== 'function') this.error("'yield' outside function", e);
        this.cur.isGenerator = true;
        if (e.value) this.expr(e.value);
        return;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        return;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        return;
      case 'JoinedStr':
        this.exprs(e.values);
        return;
      case 'Constant':
        return;
      case 'Attribute':
        this.expr(e.value);
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        return;
      case 'Starred':
        this.expr(e.value);
        return;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        return;
    }
  }

  private markClassCell(): void {
    // super() needs the enclosing class's __class__ cell and the first argument.
    let s: Scope | null = this.cur;
    while (s && s.kind === 'function') {
      s.add('__class__', Def.Use);
      s = s.parent;
    }
  }

  /** Resolve names (CPython's analyze_block): `bound` = names bound in enclosing functions. */
  private analyze(s: Scope, bound: Set<string>, globals: Set<string>): Set<string> {
    const newBound = new Set(bound);
    const newGlobals = new Set(globals);
    const local = new Set<string>();
    for (const [name, flags] of s.symbols) {
      if (flags & Def.Global) {
        s.resolved.set(name, 'global_explicit');
        newGlobals.add(name);
        newBound.delete(name);
      } else if (flags & Def.Nonlocal) {
        if (!bound.has(name)) {
          const node = (s as Scope & { declNodes?: Map<string, A.Located> }).declNodes?.get(name);
          this.error(`no binding for nonlocal '${name}' found`, node ?? { lineno: s.lineno, col_offset: 0, end_lineno: s.lineno, end_col_offset: 0 });
        }
        s.resolved.set(name, 'free');
      } else if (flags & (Def.Local | Def.Param)) {
        s.resolved.set(name, 'local');
        local.add(name);
        newGlobals.delete(name);
      } else if (s.kind !== 'module' && bound.has(name) && !(name === '__class__' && s.kind === 'class')) {
        s.resolved.set(name, 'free');
      } else if (name === '__class__' && s.kind === 'function' && bound.has('__class__')) {
        s.resolved.set(name, 'free');
      } else {
        s.resolved.set(name, 'global_implicit');
      }
    }
    // names visible to children
    const childBound = new Set<string>();
    if (s.kind === 'function') {
      for (const n of newBound) childBound.add(n);
      for (const n of local) childBound.add(n);
    } else if (s.kind === 'class') {
      for (const n of newBound) childBound.add(n);
      childBound.add('__class__');
    }
    for (const g of newGlobals) if (s.kind !== 'function' || !local.has(g)) childBound.delete(g);
    const freeInChildren = new Set<string>();
    for (const c of s.children) {
      for (const f of this.analyze(c, childBound, newGlobals)) freeInChildren.add(f);
    }
    for (const f of freeInChildren) {
      if (s.kind === 'class' && f === '__class__') {
        s.needsClassCell = true;
        continue;
      }
      const r = s.resolved.get(f);
      if (s.kind === 'function' && r === 'local') {
        s.resolved.set(f, 'cell');
      } else if (s.kind === 'class' && r === 'local') {
        // a class's own bindings are not visible to its methods: pass through as free
        s.freeInClass.add(f);
      } else if (r !== 'cell' && r !== 'global_explicit' && s.kind !== 'module') {
        if (r === undefined || r === 'global_implicit' || r === 'free') s.resolved.set(f, 'free');
      }
    }
    if (s.kind === 'class' && s.freeInClass.size > 0) {
      // names both bound in the class and free in a method come from the enclosing function
      for (const f of s.freeInClass) if (!bound.has(f)) s.freeInClass.delete(f);
    }
    const frees = new Set<string>();
    for (const [n, r] of s.resolved) if (r === 'free') frees.add(n);
    for (const f of s.freeInClass) frees.add(f);
    if (s.kind === 'module') return new Set();
    return frees;
  }
}
