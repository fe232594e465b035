// The object model's core: how every Python value is represented in JS. See README.md.
// This file imports nothing so that every other object file can extend these classes at load
// time without import-cycle trouble.

/** A Python value. number = int in the safe-integer range (always integral), bigint = int
 * outside it (never inside it: see normInt), boolean = bool, string = str, everything else is
 * a PyObj instance whose `cls` is its Python type. */
export type PyObject = number | bigint | boolean | string | PyObj;

export type KwArgs = Map<string, PyObject>;

/** What a resumable native (a JS generator) yields to ask the interpreter for a call. */
export class CallReq {
  constructor(
    readonly fn: PyObject,
    readonly args: PyObject[],
    readonly kw: KwArgs | null = null,
  ) {}
}
/** Yielded by a native to resume a Python generator (send a value, or throw into it). The
 * answer is the yielded value, or a GenReturn when the generator finished. */
export class GenResume {
  constructor(
    readonly gen: PyObj,
    readonly value: PyObject,
    readonly exc: PyObj | null = null,
  ) {}
}
export class GenReturn {
  constructor(readonly value: PyObject) {}
}
export type NativeYield = CallReq | GenResume;
/** A resumable native: yields call requests, receives their results, returns its result. */
export type NativeGen = Generator<NativeYield, PyObject, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A resumable helper returning T. */
export type Gen<T> = Generator<NativeYield, T, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A sync native's slow path: "continue as this resumable generator". */
export class GenStart {
  constructor(readonly gen: NativeGen) {}
}

let nextId = 1;

export class PyObj {
  cls: PyType;
  /** Instance attributes (`__dict__`), string keys stored raw; null for builtin instances. */
  dict: Map<unknown, PyObject> | null;
  id = 0;
  constructor(cls: PyType, dict: Map<unknown, PyObject> | null = null) {
    this.cls = cls;
    // instances of Python-defined classes (also subclasses of list, dict, …) have a __dict__
    this.dict = dict ?? (cls !== null && cls.isHeap ? new Map() : null);
  }
}

/** An instance of a Python subclass of int or str: the primitive value plus a class/dict. */
export class PyBoxed extends PyObj {
  constructor(
    cls: PyType,
    public value: PyObject,
  ) {
    super(cls, new Map());
  }
}
export function unbox(x: PyObject): PyObject {
  return x instanceof PyBoxed ? x.value : x;
}

export function objectId(o: PyObj): number {
  if (o.id === 0) o.id = nextId++;
  return o.id;
}

/** How instances of a builtin type (and of classes derived from it) are created. */
export type InstanceFactory = (cls: PyType) => PyObj;

/** Bumped by any change to a class attribute; inline caches compare it (live binding). */
export let typeEpoch = 0;
// `type` itself does not exist while `object` is being created; patched right after.
let defaultMeta: PyType | null = null;
/** Any change to a class attribute invalidates every type's lookup cache. */
export function bumpTypeEpoch(): void {
  typeEpoch++;
}

export class PyType extends PyObj {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** Instances are created by the nearest builtin base's factory. */
  factory: InstanceFactory | null;
  isBuiltin: boolean;
  /** True for Python-defined classes (their instances have a __dict__). */
  isHeap: boolean;
  private cache = new Map<string, PyObject | undefined>();
  private cacheEpoch = -1;
  /** Per-type fast flags computed from the MRO (see refreshFlags). */
  hasGetattr = false;
  hasGetattribute = false;
  hasSetattr = false;
  customHash = false;
  unhashable = false;
  constructor(name: string, bases: PyType[], opts: { factory?: InstanceFactory | null; builtin?: boolean; module?: string; metaclass?: PyType } = {}) {
    super(opts.metaclass ?? (defaultMeta as PyType), new Map());
    this.name = name;
    this.qualname = name;
    this.module = opts.module ?? 'builtins';
    this.bases = bases;
    this.isBuiltin = opts.builtin ?? true;
    this.isHeap = !this.isBuiltin;
    this.factory = opts.factory ?? null;
    if (this.factory === null) {
      for (const b of bases) {
        if (b.factory) {
          this.factory = b.factory;
          break;
        }
      }
    }
    this.mro = computeMro(this);
  }
  /** Attribute lookup along the MRO (no descriptors applied), cached. */
  lookup(name: string): PyObject | undefined {
    if (this.cacheEpoch !== typeEpoch) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch;
    }
    let v = this.cache.get(name);
    if (v !== undefined || this.cache.has(name)) return v;
    for (const t of this.mro) {
      v = t.dict!.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v);
    return v;
  }
  private dataDescs: Set<string> | null = null;
  private dataDescEpoch = -1;
  /** Names that are data descriptors somewhere on the MRO (they win over the instance dict). */
  dataDescriptorNames(): Set<string> {
    if (this.dataDescs === null || this.dataDescEpoch !== typeEpoch) {
      const s = new Set<string>();
      for (const t of this.mro) {
        for (const [k, v] of t.dict!) {
          if (typeof v !== 'object') continue;
          const vt = v.cls;
          if (vt.name === 'property' || vt.name === 'getset_descriptor' || (vt.isHeap && (vt.lookup('__set__') !== undefined || vt.lookup('__delete__') !== undefined))) {
            s.add(k as string);
          }
        }
      }
      this.dataDescs = s;
      this.dataDescEpoch = typeEpoch;
    }
    return this.dataDescs;
  }
  /** Where along the MRO `name` is defined. */
  lookupOwner(name: string): PyType | undefined {
    for (const t of this.mro) if (t.dict!.has(name)) return t;
    return undefined;
  }
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    return this.mro.includes(other);
  }
  setAttr(name: string, value: PyObject): void {
    this.dict!.set(name, value);
    bumpTypeEpoch();
  }
}

// C3 linearisation (https://docs.python.org/3/howto/mro.html).
export class MroError extends Error {}
function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs = [...t.bases.map((b) => [...b.mro]), [...t.bases]];
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      throw new MroError(
        'Cannot create a consistent method resolution\norder (MRO) for bases ' + [...new Set(nonEmpty.map((s) => s[0].name))].join(', '),
      );
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

// The two roots. `type` is an instance of itself; fixed up right after creation.
export const objectType: PyType = new PyType('object', [], { factory: (cls) => new PyObj(cls, new Map()) });
export const typeType: PyType = new PyType('type', [objectType]);
objectType.cls = typeType;
typeType.cls = typeType;
defaultMeta = typeType;

export function makeType(name: string, bases: PyType[] = [objectType], factory: InstanceFactory | null = null, module = 'builtins'): PyType {
  return new PyType(name, bases, { factory, module });
}

// Singletons.
export const noneType = makeType('NoneType');
export const notImplementedType = makeType('NotImplementedType');
export const ellipsisType = makeType('ellipsis');
export const None = new PyObj(noneType);
export const NotImplemented = new PyObj(notImplementedType);
export const Ellipsis = new PyObj(ellipsisType);
/** Returned by iteration helpers when an iterator is exhausted (never visible to Python). */
export const EXHAUSTED = new PyObj(makeType('<exhausted>'));

export const intType = makeType('int');
export const boolType = makeType('bool', [intType]);
export const strType = makeType('str');
export const floatType = makeType('float');

export function typeOf(x: PyObject): PyType {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return x.cls;
  }
}

export function isInstance(x: PyObject, t: PyType): boolean {
  const xt = typeOf(x);
  return xt === t || xt.mro.includes(t);
}

// ---------------------------------------------------------------- native functions

export type SyncFn = (args: PyObject[], kw: KwArgs | null) => PyObject | SuspendLike | GenStart;
export type GenFn = (args: PyObject[], kw: KwArgs | null) => NativeGen;
/** Structural stand-in for interpreter/suspend.ts's Suspend (kept import-free here). */
export interface SuspendLike {
  readonly request: unknown;
}

export const builtinFunctionType = makeType('builtin_function_or_method');
export const methodDescriptorType = makeType('method_descriptor');

/** A function written in JS. As a class attribute it acts like a method (args[0] is self). */
export class PyBuiltin extends PyObj {
  constructor(
    readonly name: string,
    readonly fn: SyncFn | null,
    readonly gfn: GenFn | null,
    /** Bound receiver (a bound builtin method), prepended to args on call. */
    readonly self: PyObject | null = null,
    cls: PyType = builtinFunctionType,
    public qualname: string = name,
  ) {
    super(cls);
  }
  bind(self: PyObject): PyBuiltin {
    return new PyBuiltin(this.name, this.fn, this.gfn, self, builtinFunctionType, this.qualname);
  }
}

export function builtin(name: string, fn: SyncFn): PyBuiltin {
  return new PyBuiltin(name, fn, null);
}
export function builtinGen(name: string, gfn: GenFn): PyBuiltin {
  return new PyBuiltin(name, null, gfn);
}

/** Declare methods on a builtin type: plain functions are sync, generator functions resumable. */
export function defineMethods(t: PyType, methods: Record<string, SyncFn | GenFn>): void {
  for (const [name, f] of Object.entries(methods)) {
    const isGen = f.constructor.name === 'GeneratorFunction';
    const b = isGen
      ? new PyBuiltin(name, null, f as GenFn, null, methodDescriptorType, `${t.name}.${name}`)
      : new PyBuiltin(name, f as SyncFn, null, null, methodDescriptorType, `${t.name}.${name}`);
    t.dict!.set(name, b);
  }
  bumpTypeEpoch();
}

// ---------------------------------------------------------------- small shared value helpers

/** Keep ints canonical: bigint only outside the safe range. */
export function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
