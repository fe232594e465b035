// Native modules: math, random, time, hashlib, os/os.path, dis, traceback, _functools helpers.
import {
  PyObj, PyType, builtin, builtinGen, makeType, defineMethods, None, typeOf, unbox,
  type PyObject, type KwArgs, type NativeGen, type Gen,
} from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { PyList } from '../objects/list';
import { PyTuple, tuple } from '../objects/tuple';
import { PyFloat } from '../objects/float';
import { PyExc, pyErr, TypeError, ValueError, OverflowError, ZeroDivisionError } from '../objects/exceptions';
import { defineNativeModule } from './registry';
import './re-native';
import './except-star';
import './time-module';
import type { Interpreter } from '../interpreter/interpreter';
import { toArray } from '../objects/iteration';
import { truncFloat } from '../objects/core-methods';
import { callMethod } from '../objects/operators';
import { toIndex, toBigIndex } from '../objects/argparse';
import { formatErrorToPy } from '../objects/repr';
import { MersenneTwister } from './native/mersenne-twister';
import * as rm from './native/random-methods';
import { createHash, HASH_NAMES, toHex, type HashName, type Hasher } from './native/hashes';
import { crLog, crLog2, crExp, crPow, crSin, crCos, crAcos } from './native/correctly-rounded-math';
import { PyBytes } from '../objects/bytes';
import { disassembleCode } from '../bytecode/dis';
import { CodeObject } from '../compiler/code';
import { PyFunction, PyMethod } from '../objects/function';
import { formatException } from '../interpreter/traceback';
import { normInt } from '../objects/base';
import { lessThan } from '../objects/operators';
import { parseFloatText } from '../objects/format/number-parse';

export function makeModule(name: string, entries: Record<string, PyObject>): PyModule {
  const g = new PyDict();
  g.set('__name__', name);
  g.set('__doc__', None);
  for (const [k, v] of Object.entries(entries)) g.set(k, v);
  return new PyModule(name, g);
}
function fns(map: Record<string, (a: PyObject[], kw: KwArgs | null) => PyObject>): Record<string, PyObject> {
  const out: Record<string, PyObject> = {};
  for (const [k, f] of Object.entries(map)) out[k] = builtin(k, f);
  return out;
}
function wrap<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw formatErrorToPy(e);
  }
}

// ---------------------------------------------------------------- math

function fl(x: PyObject, fname = 'math'): number {
  x = unbox(x);
  if (x instanceof PyFloat) return x.value;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') {
    const f = Number(x);
    if (!Number.isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
    return f;
  }
  void fname;
  throw pyErr(TypeError, `must be real number, not ${typeOf(x).name}`);
}
const F = (v: number): PyFloat => new PyFloat(v);
function domain(v: number): PyFloat {
  if (Number.isNaN(v)) throw pyErr(ValueError, 'math domain error');
  return F(v);
}
function isInt(x: PyObject): x is number | bigint | boolean {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean';
}
function bigOf(x: PyObject): bigint {
  return BigInt(toBigIndex(x));
}
function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}
function isqrt(n: bigint): bigint {
  if (n < 0n) throw pyErr(ValueError, 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function* floorCeil(a: PyObject[], name: '__floor__' | '__ceil__'): NativeGen {
  const x = a[0];
  if (isInt(x)) return typeof x === 'boolean' ? (x ? 1 : 0) : x;
  if (x instanceof PyFloat && !x.cls.isHeap) return truncFloat(name === '__floor__' ? Math.floor(x.value) : Math.ceil(x.value));
  const m = typeOf(x).lookup(name);
  if (m !== undefined) return yield* callMethod(m, [x]);
  return truncFloat(name === '__floor__' ? Math.floor(fl(x)) : Math.ceil(fl(x)));
}

defineNativeModule('math', () => {
  const m = makeModule('math', {
    pi: F(Math.PI), e: F(Math.E), tau: F(2 * Math.PI), inf: F(Infinity), nan: F(NaN),
    ...fns({
      sqrt: (a) => {
        const x = fl(a[0]);
        if (x < 0) throw pyErr(ValueError, 'math domain error');
        return F(Math.sqrt(x));
      },
      exp: (a) => {
        const r = crExp(fl(a[0]));
        if (!Number.isFinite(r) && Number.isFinite(fl(a[0]))) throw pyErr(OverflowError, 'math range error');
        return F(r);
      },
      log: (a) => {
        const x = a[0];
        const lg = (v: PyObject): number => {
          if (typeof v === 'bigint' && v > 0n) {
            const s = v.toString(2).length;
            return crLog(Number(v >> BigInt(Math.max(0, s - 60)))) + Math.max(0, s - 60) * Math.LN2;
          }
          const f = fl(v);
          if (f <= 0) throw pyErr(ValueError, 'math domain error');
          return crLog(f);
        };
        if (a.length > 1) {
          const d = lg(a[1]);
          if (d === 0) throw pyErr(ZeroDivisionError, 'float division by zero');
          return F(lg(x) / d);
        }
        return F(lg(x));
      },
      log2: (a) => {
        const f = fl(a[0]);
        if (f <= 0) throw pyErr(ValueError, 'math domain error');
        return F(crLog2(f));
      },
      log10: (a) => {
        const f = fl(a[0]);
        if (f <= 0) throw pyErr(ValueError, 'math domain error');
        return F(Math.log10(f));
      },
      log1p: (a) => domain(Math.log1p(fl(a[0]))),
      expm1: (a) => F(Math.expm1(fl(a[0]))),
      pow: (a) => {
        const x = fl(a[0]), y = fl(a[1]);
        if (x === 0 && y < 0) throw pyErr(ValueError, 'math domain error');
        if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) throw pyErr(ValueError, 'math domain error');
        const r = crPow(x, y);
        if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw pyErr(OverflowError, 'math range error');
        return F(r);
      },
      sin: (a) => domain(crSin(fl(a[0]))),
      cos: (a) => domain(crCos(fl(a[0]))),
      tan: (a) => domain(Math.tan(fl(a[0]))),
      asin: (a) => domain(Math.asin(fl(a[0]))),
      acos: (a) => domain(crAcos(fl(a[0]))),
      atan: (a) => F(Math.atan(fl(a[0]))),
      atan2: (a) => F(Math.atan2(fl(a[0]), fl(a[1]))),
      sinh: (a) => F(Math.sinh(fl(a[0]))),
      cosh: (a) => F(Math.cosh(fl(a[0]))),
      tanh: (a) => F(Math.tanh(fl(a[0]))),
      asinh: (a) => F(Math.asinh(fl(a[0]))),
      acosh: (a) => domain(Math.acosh(fl(a[0]))),
      atanh: (a) => domain(Math.atanh(fl(a[0]))),
      degrees: (a) => F((fl(a[0]) * 180) / Math.PI),
      radians: (a) => F((fl(a[0]) * Math.PI) / 180),
      hypot: (a) => F(Math.hypot(...a.map((x) => fl(x)))),
      fabs: (a) => F(Math.abs(fl(a[0]))),
      remainder: (a) => {
        const x = fl(a[0]), y = fl(a[1]);
        if (y === 0 || !Number.isFinite(x)) throw pyErr(ValueError, 'math domain error');
        if (!Number.isFinite(y)) return F(x);
        const n = x / y;
        let r = Math.round(n);
        if (Math.abs(n - Math.trunc(n)) === 0.5) r = 2 * Math.round(n / 2);
        return F(x - r * y);
      },
      fmod: (a) => {
        const y = fl(a[1]);
        if (y === 0) throw pyErr(ValueError, 'math domain error');
        return F(fl(a[0]) % y);
      },
      copysign: (a) => {
        const x = Math.abs(fl(a[0])), y = fl(a[1]);
        return F(y < 0 || Object.is(y, -0) ? -x : x);
      },
      isnan: (a) => Number.isNaN(fl(a[0])),
      isinf: (a) => {
        const x = fl(a[0]);
        return x === Infinity || x === -Infinity;
      },
      isfinite: (a) => Number.isFinite(fl(a[0])),
      isclose: (a, kw) => {
        const x = fl(a[0]), y = fl(a[1]);
        const rel = kw?.get('rel_tol') !== undefined ? fl(kw.get('rel_tol')!) : 1e-9;
        const abs = kw?.get('abs_tol') !== undefined ? fl(kw.get('abs_tol')!) : 0;
        if (rel < 0 || abs < 0) throw pyErr(ValueError, 'tolerances must be non-negative');
        if (x === y) return true;
        if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
        const d = Math.abs(x - y);
        return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
      },
      trunc: (a) => {
        const x = a[0];
        if (isInt(x)) return typeof x === 'boolean' ? (x ? 1 : 0) : x;
        return truncFloat(fl(x));
      },
      factorial: (a) => {
        const x = a[0];
        if (x instanceof PyFloat) throw pyErr(TypeError, "'float' object cannot be interpreted as an integer");
        const n = toIndex(x);
        if (n < 0) throw pyErr(ValueError, 'factorial() not defined for negative values');
        let r = 1n;
        for (let i = 2n; i <= BigInt(n); i++) r *= i;
        return normInt(r);
      },
      gcd: (a) => normInt(a.reduce<bigint>((acc, x) => gcd2(acc, bigOf(x)), 0n)),
      lcm: (a) => {
        let r = 1n;
        for (const x of a) {
          const b = bigOf(x);
          if (b === 0n) return 0;
          r = (r * (b < 0n ? -b : b)) / gcd2(r, b);
        }
        return normInt(r);
      },
      isqrt: (a) => normInt(isqrt(bigOf(a[0]))),
      comb: (a) => {
        const n = bigOf(a[0]);
        let k = bigOf(a[1]);
        if (n < 0n || k < 0n) throw pyErr(ValueError, `${n < 0n ? 'n' : 'k'} must be a non-negative integer`);
        if (k > n) return 0;
        if (k > n - k) k = n - k;
        let r = 1n;
        for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
        return normInt(r);
      },
      perm: (a) => {
        const n = bigOf(a[0]);
        const k = a.length > 1 && a[1] !== None ? bigOf(a[1]) : n;
        if (k > n) return 0;
        let r = 1n;
        for (let i = 0n; i < k; i++) r *= n - i;
        return normInt(r);
      },
      modf: (a) => {
        const x = fl(a[0]);
        const i = Math.trunc(x);
        return new PyTuple([F(x - i), F(i)]);
      },
      frexp: (a) => {
        const x = fl(a[0]);
        if (x === 0 || !Number.isFinite(x)) return new PyTuple([F(x), 0]);
        let e = Math.ceil(Math.log2(Math.abs(x)));
        let m = x / 2 ** e;
        if (Math.abs(m) >= 1) {
          m /= 2;
          e++;
        }
        if (Math.abs(m) < 0.5) {
          m *= 2;
          e--;
        }
        return new PyTuple([F(m), e]);
      },
      ldexp: (a) => F(fl(a[0]) * 2 ** toIndex(a[1])),
      dist: (a) => {
        const p = (a[0] as PyTuple).items.map((x) => fl(x)), q = (a[1] as PyTuple).items.map((x) => fl(x));
        return F(Math.hypot(...p.map((v, i) => v - q[i])));
      },
      ulp: (a) => {
        const x = Math.abs(fl(a[0]));
        const buf = new DataView(new ArrayBuffer(8));
        buf.setFloat64(0, x);
        buf.setBigUint64(0, buf.getBigUint64(0) + 1n);
        return F(buf.getFloat64(0) - x);
      },
    }),
  });
  const g = m.globals;
  g.set('floor', builtinGen('floor', (a) => floorCeil(a, '__floor__')));
  g.set('ceil', builtinGen('ceil', (a) => floorCeil(a, '__ceil__')));
  g.set('fsum', builtinGen('fsum', function* (a) {
    const items = yield* toArray(a[0]);
    // exact summation via Shewchuk partials
    const partials: number[] = [];
    for (const item of items) {
      let x = fl(item);
      let i = 0;
      for (let y of partials) {
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo) partials[i++] = lo;
        x = hi;
      }
      partials.length = i;
      partials.push(x);
    }
    let hi = 0;
    let n = partials.length;
    if (n > 0) {
      hi = partials[--n];
      let lo = 0;
      while (n > 0) {
        const x = hi;
        const y = partials[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo) break;
      }
      if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
        const y = lo * 2;
        const x = hi + y;
        if (y === x - hi) hi = x;
      }
    }
    return F(hi);
  }));
  g.set('prod', builtinGen('prod', function* (a, kw) {
    const items = yield* toArray(a[0]);
    let acc: PyObject = kw?.get('start') ?? 1;
    for (const x of items) acc = yield* opsModule.binaryOp(acc, x, 5);
    return acc;
  }));
  return m;
});
import * as opsModule from '../objects/operators';

// ---------------------------------------------------------------- random

const randomType = makeType('Random', undefined, (cls) => new PyRandom(cls), 'random');
class PyRandom extends PyObj {
  rng = new MersenneTwister(0);
  constructor(cls: PyType) {
    super(cls, new Map());
  }
}
function rngOf(a: PyObject[]): MersenneTwister {
  return (a[0] as PyRandom).rng;
}
function seedRng(interp: Interpreter, rng: MersenneTwister, x: PyObject | undefined): void {
  x = x === undefined ? None : unbox(x);
  if (x === None) rng.seedInt(Date.now() % 2 ** 31 + (interp ? 0 : 0));
  else if (typeof x === 'number' || typeof x === 'bigint') rng.seedInt(typeof x === 'bigint' && x < 0n ? -x : typeof x === 'number' ? Math.abs(x) : x);
  else if (typeof x === 'boolean') rng.seedInt(x ? 1 : 0);
  else if (typeof x === 'string') rng.seedStr(x);
  else if (x instanceof PyBytes) rng.seedBytes(x.data);
  else if (x instanceof PyFloat) rng.seedHash(opsModule.hashOf(x));
  else throw pyErr(TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}
function* population(x: PyObject): Gen<PyObject[]> {
  if (x instanceof PyObj && x.cls.name === 'set') {
    throw pyErr(TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  return (yield* toArray(x)) as PyObject[];
}

function installRandomMethods(interp: Interpreter): void {
  defineMethods(randomType, {
    __init__: (a) => {
      (a[0] as PyRandom).rng = new MersenneTwister(0);
      seedRng(interp, rngOf(a), a[1]);
      return None;
    },
    seed: (a, kw) => {
      seedRng(interp, rngOf(a), a[1] ?? kw?.get('a'));
      return None;
    },
    random: (a) => F(rngOf(a).random()),
    getrandbits: (a) => rngOf(a).getrandbits(toIndex(a[1])),
    randrange: (a) => wrap(() => rm.randrange(rngOf(a), toBigIndex(a[1]), a.length > 2 && a[2] !== None ? toBigIndex(a[2]) : null, a.length > 3 ? toBigIndex(a[3]) : undefined)),
    randint: (a) => wrap(() => rm.randint(rngOf(a), toBigIndex(a[1]), toBigIndex(a[2]))),
    uniform: (a) => F(rm.uniform(rngOf(a), fl(a[1]), fl(a[2]))),
    triangular: (a) => F(rm.triangular(rngOf(a), a[1] !== undefined ? fl(a[1]) : 0, a[2] !== undefined ? fl(a[2]) : 1, a[3] !== undefined && a[3] !== None ? fl(a[3]) : null)),
    gauss: (a, kw) => F(rm.gauss(rngOf(a), fl(a[1] ?? kw?.get('mu') ?? F(0)), fl(a[2] ?? kw?.get('sigma') ?? F(1)))),
    normalvariate: (a, kw) => F(rm.normalvariate(rngOf(a), fl(a[1] ?? kw?.get('mu') ?? F(0)), fl(a[2] ?? kw?.get('sigma') ?? F(1)))),
    expovariate: (a) => F(rm.expovariate(rngOf(a), a[1] !== undefined ? fl(a[1]) : 1)),
    lognormvariate: (a) => F(rm.lognormvariate(rngOf(a), fl(a[1]), fl(a[2]))),
    betavariate: (a) => F(rm.betavariate(rngOf(a), fl(a[1]), fl(a[2]))),
    gammavariate: (a) => F(rm.gammavariate(rngOf(a), fl(a[1]), fl(a[2]))),
    paretovariate: (a) => F(rm.paretovariate(rngOf(a), fl(a[1]))),
    weibullvariate: (a) => F(rm.weibullvariate(rngOf(a), fl(a[1]), fl(a[2]))),
    vonmisesvariate: (a) => F(rm.vonmisesvariate(rngOf(a), fl(a[1]), fl(a[2]))),
    binomialvariate: (a, kw) => wrap(() => rm.binomialvariate(rngOf(a), toIndex(a[1] ?? kw?.get('n') ?? 1), fl(a[2] ?? kw?.get('p') ?? F(0.5)))),
    *choice(a) {
      const items = yield* population(a[1]);
      if (items.length === 0) throw pyErr(IndexErrorT(), 'Cannot choose from an empty sequence');
      return items[rm.choiceIndex(rngOf(a), items.length)];
    },
    *choices(a, kw) {
      const items = yield* population(a[1]);
      const weights = a[2] ?? kw?.get('weights') ?? None;
      const cum = kw?.get('cum_weights') ?? None;
      const k = toIndex(a[3] ?? kw?.get('k') ?? 1);
      const w = weights === None ? null : (yield* toArray(weights)).map((x) => fl(x));
      const c = cum === None ? null : (yield* toArray(cum)).map((x) => fl(x));
      const idx = wrap(() => rm.choicesIndices(rngOf(a), items.length, k, w, c));
      return new PyList(idx.map((i) => items[i]));
    },
    shuffle: (a) => {
      const l = a[1] as PyList;
      rm.shuffle(rngOf(a), l.items);
      return None;
    },
    *sample(a, kw) {
      const items = yield* population(a[1]);
      const k = toIndex(a[2] ?? kw?.get('k') ?? 0);
      const counts = kw?.get('counts');
      if (counts !== undefined && counts !== None) {
        const cs = (yield* toArray(counts)).map((x) => toIndex(x));
        return new PyList(wrap(() => rm.sampleIndicesWithCounts(rngOf(a), items.length, cs, k)).map((i) => {
          let j = i;
          for (let p = 0; p < cs.length; p++) {
            if (j < cs[p]) return items[p];
            j -= cs[p];
          }
          return None;
        }));
      }
      return new PyList(wrap(() => rm.sampleIndices(rngOf(a), items.length, k)).map((i) => items[i]));
    },
    randbytes: (a) => new PyBytes(rm.randbytes(rngOf(a), toIndex(a[1]))),
    getstate: (a) => {
      const s = rngOf(a).getstate();
      return new PyTuple([s.version, tuple(s.internal), s.gaussNext === null ? None : F(s.gaussNext)]);
    },
    setstate: (a) => {
      const t = a[1] as PyTuple;
      rngOf(a).setstate({ version: t.items[0] as number, internal: (t.items[1] as PyTuple).items as number[], gaussNext: t.items[2] === None ? null : (t.items[2] as PyFloat).value });
      return None;
    },
  });
}
import { IndexError } from '../objects/exceptions';
function IndexErrorT(): PyType {
  return IndexError;
}

let randomInstalled = false;
defineNativeModule('random', (interp) => {
  if (!randomInstalled) {
    installRandomMethods(interp);
    randomInstalled = true;
  }
  const inst = new PyRandom(randomType);
  seedRng(interp, inst.rng, None);
  const entries: Record<string, PyObject> = { Random: randomType };
  for (const [k, v] of randomType.dict!) {
    if (typeof k === 'string' && !k.startsWith('_')) entries[k] = (v as import('../objects/base').PyBuiltin).bind(inst);
  }
  return makeModule('random', entries);
});

// time: see time-module.ts (single-threaded; the scheduler replaces it)

// ---------------------------------------------------------------- hashlib

const hashType = makeType('HASH', undefined, null, '_hashlib');
class PyHash extends PyObj {
  constructor(
    readonly name: HashName,
    public h: Hasher,
    public data: Uint8Array[],
  ) {
    super(hashType);
  }
}
function bytesOf(x: PyObject): Uint8Array {
  if (x instanceof PyBytes) return x.data;
  if (typeof x === 'string') throw pyErr(TypeError, 'Strings must be encoded before hashing');
  throw pyErr(TypeError, `object supporting the buffer API required`);
}
defineMethods(hashType, {
  update: (a) => {
    const h = a[0] as PyHash;
    const d = bytesOf(a[1]);
    h.h.update(d);
    h.data.push(d);
    return None;
  },
  hexdigest: (a) => toHex(cloneHash(a[0] as PyHash).digest()),
  digest: (a) => new PyBytes(cloneHash(a[0] as PyHash).digest()),
  copy: (a) => {
    const h = a[0] as PyHash;
    return new PyHash(h.name, cloneHash(h), h.data.slice());
  },
});
function cloneHash(h: PyHash): Hasher {
  const c = createHash(h.name);
  for (const d of h.data) c.update(d);
  return c;
}
import { defineGetSets } from '../objects/function';
defineGetSets(hashType, {
  name: [(o) => (o as PyHash).name],
  digest_size: [(o) => cloneHash(o as PyHash).digest().length],
});
defineNativeModule('hashlib', () => {
  const entries: Record<string, PyObject> = {};
  const mk = (name: HashName) => (a: PyObject[]) => {
    const h = new PyHash(name, createHash(name), []);
    if (a.length && a[0] !== None) {
      const d = bytesOf(a[0]);
      h.h.update(d);
      h.data.push(d);
    }
    return h;
  };
  for (const n of HASH_NAMES) entries[n] = builtin(n, mk(n));
  entries.new = builtin('new', (a) => {
    const n = String(a[0]).toLowerCase() as HashName;
    if (!HASH_NAMES.includes(n)) throw pyErr(ValueError, `unsupported hash type ${String(a[0])}`);
    return mk(n)(a.slice(1));
  });
  entries.algorithms_available = new PyList([...HASH_NAMES]);
  entries.algorithms_guaranteed = new PyList([...HASH_NAMES]);
  return makeModule('hashlib', entries);
});

// ---------------------------------------------------------------- os, os.path

function normpath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const parts: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else if (s === '..' && abs) continue;
    else parts.push(s);
  }
  const r = (abs ? '/' : '') + parts.join('/');
  return r || (abs ? '/' : '.');
}
const osPathFactory = (interp: Interpreter): PyModule => {
  const s = (x: PyObject) => String(unbox(x));
  const isDir = (p: string) => ['.', '', '/', './', '/home/user', '/tmp'].includes(p) || [...interp.files.keys()].some((k) => k.startsWith(p.replace(/\/?$/, '/')));
  return makeModule('os.path', {
    sep: '/',
    ...fns({
      join: (a) => {
        let out = s(a[0]);
        for (const p of a.slice(1).map(s)) {
          if (p.startsWith('/')) out = p;
          else if (out === '' || out.endsWith('/')) out += p;
          else out += '/' + p;
        }
        return out;
      },
      basename: (a) => s(a[0]).slice(s(a[0]).lastIndexOf('/') + 1),
      dirname: (a) => {
        const p = s(a[0]);
        const i = p.lastIndexOf('/');
        if (i < 0) return '';
        const head = p.slice(0, i + 1);
        return head.replace(/\/+$/, '') || head;
      },
      split: (a) => {
        const p = s(a[0]);
        const i = p.lastIndexOf('/');
        const head = p.slice(0, i + 1);
        return new PyTuple([head.replace(/\/+$/, '') || head, p.slice(i + 1)]);
      },
      splitext: (a) => {
        const p = s(a[0]);
        const base = p.slice(p.lastIndexOf('/') + 1);
        const dot = base.lastIndexOf('.');
        if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return new PyTuple([p, '']);
        const cut = p.length - base.length + dot;
        return new PyTuple([p.slice(0, cut), p.slice(cut)]);
      },
      exists: (a) => interp.files.has(s(a[0])) || isDir(s(a[0])),
      isfile: (a) => interp.files.has(s(a[0])),
      isdir: (a) => isDir(s(a[0])),
      isabs: (a) => s(a[0]).startsWith('/'),
      abspath: (a) => normpath(s(a[0]).startsWith('/') ? s(a[0]) : '/home/user/' + s(a[0])),
      normpath: (a) => normpath(s(a[0])),
      getsize: (a) => {
        const c = interp.files.get(s(a[0]));
        if (c === undefined) throw pyErr(FileNotFoundErrorT(), 2, 'No such file or directory', s(a[0]));
        return new TextEncoder().encode(c).length;
      },
      expanduser: (a) => s(a[0]).replace(/^~/, '/home/user'),
    }),
  });
};
defineNativeModule('os.path', osPathFactory);
import { FileNotFoundError } from '../objects/exceptions';
function FileNotFoundErrorT(): PyType {
  return FileNotFoundError;
}
defineNativeModule('os', (interp) => {
  let path = interp.modules.get('os.path');
  if (path === undefined) {
    path = osPathFactory(interp);
    interp.modules.set('os.path', path);
  }
  const environ = new PyDict();
  environ.set('HOME', '/home/user');
  environ.set('PATH', '/usr/bin:/bin');
  return makeModule('os', {
    path, environ, sep: '/', linesep: '\n', name: 'posix', curdir: '.', pardir: '..',
    ...fns({
      getcwd: () => '/home/user',
      getpid: () => 4242,
      cpu_count: () => 4,
      listdir: (a) => {
        const dir = (a.length ? String(a[0]) : '.').replace(/\/?$/, '/');
        const names = new Set<string>();
        for (const k of interp.files.keys()) {
          const rel = dir === './' ? k : k.startsWith(dir) ? k.slice(dir.length) : null;
          if (rel) names.add(rel.split('/')[0]);
        }
        return new PyList([...names].sort());
      },
      remove: (a) => {
        if (!interp.files.delete(String(a[0]))) throw pyErr(FileNotFoundError, 2, 'No such file or directory', a[0]);
        return None;
      },
      unlink: (a) => {
        interp.files.delete(String(a[0]));
        return None;
      },
      makedirs: () => None,
      mkdir: () => None,
      rename: (a) => {
        const c = interp.files.get(String(a[0]));
        if (c === undefined) throw pyErr(FileNotFoundError, 2, 'No such file or directory', a[0]);
        interp.files.delete(String(a[0]));
        interp.files.set(String(a[1]), c);
        return None;
      },
      getenv: (a) => environ.get(a[0]) ?? a[1] ?? None,
      urandom: (a) => new PyBytes(new Uint8Array(toIndex(a[0]))),
      fspath: (a) => a[0],
    }),
  });
});

// ---------------------------------------------------------------- dis, traceback

// `_dis` backs lib/dis.py: the listing, and the same listing split into instruction rows.
defineNativeModule('_dis', (interp) => {
  const codeOf = (x: PyObject): CodeObject => {
    if (x instanceof PyMethod) x = x.func;
    if (x instanceof PyFunction) return x.code;
    if (x instanceof CodeObject) return x;
    if (typeof x === 'string') return interp.compile(x, '<dis>');
    const c = typeof x === 'object' && x.dict ? x.dict.get('__code__') : undefined;
    if (c instanceof CodeObject) return c;
    throw pyErr(TypeError, `don't know how to disassemble ${typeOf(x).name} objects`);
  };
  return makeModule('_dis', fns({
    dis: (a) => {
      interp.writeStdout(disassembleCode(codeOf(a[0])).join('\n') + '\n');
      return None;
    },
    /** (opname, arg, argrepr, offset, starts_line, is_jump_target) for the code's own instructions. */
    instructions: (a) => {
      const rows: PyObject[] = [];
      for (const line of disassembleCode(codeOf(a[0]))) {
        if (line.startsWith('ExceptionTable:') || line.startsWith('Disassembly of')) break;
        const m = /^(.{3}) {4}(>>| {2}) +(\d+) (\S+)(?: +(-?\d+))?(?: +\((.*)\))?$/.exec(line);
        if (!m) continue;
        const ln = m[1].trim();
        rows.push(tuple([m[4], m[5] === undefined ? None : Number(m[5]), m[6] ?? '', Number(m[3]), ln === '' ? None : Number(ln), m[2] === '>>']));
      }
      return new PyList(rows);
    },
  }));
});

defineNativeModule('traceback', (interp) => {
  const fmt = (e: PyObject): string => (e instanceof PyExc ? formatException(e, interp) : 'NoneType: None\n');
  const cur = (): PyObject => interp.currentThread?.excInfo ?? None;
  const write = (s: string, file: PyObject | undefined) => {
    if (file === undefined || file === None) interp.writeStderr(s);
    else interp.callSync((file as PyObj).cls.lookup('write')!, [file, s]);
  };
  return makeModule('traceback', fns({
    format_exc: () => fmt(cur()),
    print_exc: (_a, kw) => {
      write(fmt(cur()), kw?.get('file'));
      return None;
    },
    format_exception: (a) => {
      const e = a.length === 1 ? a[0] : a[1];
      const text = fmt(e);
      return new PyList(text.split(/(?<=\n)/));
    },
    print_exception: (a, kw) => {
      const e = a.length === 1 ? a[0] : a[1];
      write(fmt(e), kw?.get('file'));
      return None;
    },
    format_exception_only: (a) => {
      const e = a.length === 1 ? a[0] : a[1];
      const lines = fmt(e).split('\n').filter(Boolean);
      return new PyList([lines[lines.length - 1] + '\n']);
    },
    print_stack: () => None,
    format_tb: () => new PyList([]),
  }));
});

void lessThan;
void parseFloatText;
void builtinGen;
