// The builtins module: functions and the builtin types' constructors.
// https://docs.python.org/3/library/functions.html
import {
  PyObj, PyType, PyBuiltin, PyBoxed, unbox, CallReq, GenResume, GenReturn, GenStart, EXHAUSTED, None, NotImplemented, Ellipsis, typeOf, objectType, typeType, intType,
  boolType, floatType, strType, builtin, builtinGen, objectId, type PyObject, type KwArgs, type NativeGen, type Gen,
} from '../objects/base';
import { PyFloat } from '../objects/float';
import { PyTuple, tupleType, tuple, EMPTY_TUPLE } from '../objects/tuple';
import { PyList, listType } from '../objects/list';
import { PyDict, dictType } from '../objects/dict';
import { PySet, setType, frozensetType } from '../objects/set';
import { PySlice, rangeType, sliceType, makeRange } from '../objects/range';
import { PyFunction, PyMethod, PyClassMethod, PyStaticMethod, PyProperty, classmethodType, staticmethodType, propertyType, PyCell } from '../objects/function';
import { PyModule } from '../objects/module';
import { PyExc, pyErr, TypeError, ValueError, StopIteration, AttributeError, EXCEPTION_TYPES, EOFError, RuntimeError, OverflowError, FileNotFoundError } from '../objects/exceptions';
import { getAttrOpt, setAttr, delAttr, attrError } from '../objects/attributes';
import { truth, hashOf, binaryOp, richCompare, lessThan, callMethod, unaryOp } from '../objects/operators';
import { iter, iterNext, toArray, getIter } from '../objects/iteration';
import { len, lenFast } from '../objects/sequence';
import { repr, str, format, formatErrorToPy } from '../objects/repr';
import { asciiOf } from '../objects/str-util';
import { arity, toIndex, toBigIndex, checkKw } from '../objects/argparse';
import * as itt from '../objects/iterators';
import { sortItems, updateDict } from '../objects/container-methods';
import { buildClass as buildClassGen } from '../objects/class';
import { objectNew, objectInit, dirOf, truncFloat } from '../objects/core-methods';
import { parseIntLiteral, parseFloatText, intToString } from '../objects/format/number-parse';
import { roundFloat, roundFloatToInt, roundInt } from '../objects/format/round';
import { intPowMod } from '../objects/int';
import { PyGenerator } from '../objects/generator';
import { BodyCall, ExecCall } from '../interpreter/thread';
import type { Interpreter } from '../interpreter/interpreter';
import { Frame } from '../interpreter/frame';
import { makeSuper, superType } from '../objects/super';
import { makeFileType, openFile } from './io';
import { bytesType, bytesNew, PyBytes, bytearrayType } from '../objects/bytes';
import { PythonSyntaxError } from '../parser/syntax-error';

function staticNew(t: PyType, f: (args: PyObject[], kw: KwArgs | null) => PyObject): void {
  const b = builtin('__new__', f);
  b.qualname = `${t.name}.__new__`;
  t.dict!.set('__new__', new PyStaticMethod(staticmethodType, b));
}
function staticNewGen(t: PyType, f: (args: PyObject[], kw: KwArgs | null) => NativeGen): void {
  const b = builtinGen('__new__', f);
  b.qualname = `${t.name}.__new__`;
  t.dict!.set('__new__', new PyStaticMethod(staticmethodType, b));
}

function* toInt(x: PyObject, base: PyObject | undefined): NativeGen {
  if (base !== undefined) {
    x = unbox(x);
    const b = toIndex(base);
    if (typeof x === 'string') {
      try {
        return parseIntLiteral(x, b);
      } catch (e) {
        throw formatErrorToPy(e);
      }
    }
    if (x instanceof PyBytes) return yield* toInt(new TextDecoder().decode(x.data), base);
    throw pyErr(TypeError, "int() can't convert non-string with explicit base");
  }
  if (x instanceof PyBoxed && (typeof x.value === 'number' || typeof x.value === 'bigint')) return x.value;
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyBoxed && typeof x.value === 'string') x = x.value;
  if (typeof x === 'string') {
    try {
      return parseIntLiteral(x, 10);
    } catch (e) {
      throw formatErrorToPy(e);
    }
  }
  if (x instanceof PyFloat && !x.cls.isHeap) return truncFloat(x.value);
  if (x instanceof PyBytes) return yield* toInt(new TextDecoder().decode(x.data), undefined);
  const t = typeOf(x);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const m = t.lookup(name);
    if (m !== undefined) {
      const r: PyObject = yield* callMethod(m, [x]);
      if (typeof r === 'number' || typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      throw pyErr(TypeError, `${name} returned non-int (type ${typeOf(r).name})`);
    }
  }
  if (x instanceof PyFloat) return truncFloat(x.value);
  throw pyErr(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

function* toFloat(x: PyObject): NativeGen {
  x = unbox(x);
  if (x instanceof PyFloat) return x.cls === floatType ? x : new PyFloat(x.value);
  if (typeof x === 'number') return new PyFloat(x);
  if (typeof x === 'bigint') {
    const f = Number(x);
    if (!Number.isFinite(f)) throw pyErr(OverflowError, 'int too large to convert to float');
    return new PyFloat(f);
  }
  if (typeof x === 'boolean') return new PyFloat(x ? 1 : 0);
  if (typeof x === 'string') {
    try {
      return new PyFloat(parseFloatText(x));
    } catch (e) {
      throw formatErrorToPy(e);
    }
  }
  const t = typeOf(x);
  const m = t.lookup('__float__') ?? t.lookup('__index__');
  if (m !== undefined) {
    const r = yield* callMethod(m, [x]);
    if (r instanceof PyFloat) return r;
    if (typeof r === 'number') return new PyFloat(r);
    throw pyErr(TypeError, `${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  throw pyErr(TypeError, `float() argument must be a string or a real number, not '${t.name}'`);
}

function* minmax(args: PyObject[], kw: KwArgs | null, isMin: boolean): NativeGen {
  const name = isMin ? 'min' : 'max';
  checkKw(name, kw, ['key', 'default']);
  const key = kw?.get('key') ?? None;
  const dflt = kw?.get('default');
  let items: PyObject[];
  if (args.length === 0) throw pyErr(TypeError, `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = yield* toArray(args[0]);
  else {
    if (dflt !== undefined) throw pyErr(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw pyErr(ValueError, `${name}() iterable argument is empty`);
  }
  let best = items[0];
  let bestKey = key === None ? best : yield new CallReq(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === None ? x : yield new CallReq(key, [x]);
    const better = isMin ? yield* lessThan(k, bestKey) : yield* lessThan(bestKey, k);
    if (better) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

function* sum(args: PyObject[], kw: KwArgs | null): NativeGen {
  arity('sum', args, 1, 2);
  let acc: PyObject = args[1] ?? kw?.get('start') ?? 0;
  if (typeof acc === 'string') throw pyErr(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const it = yield* iter(args[0]);
  // float accumulation uses Neumaier compensation like CPython 3.12
  let fsum: number | null = null;
  let comp = 0;
  for (;;) {
    const x: PyObject = yield* iterNext(it);
    if (x === EXHAUSTED) break;
    if (typeof acc === 'number' && typeof x === 'number') {
      const r: number = acc + x;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    if ((acc instanceof PyFloat || fsum !== null) && (x instanceof PyFloat || typeof x === 'number' || typeof x === 'boolean')) {
      if (fsum === null) fsum = (acc as PyFloat).value;
      const xv = x instanceof PyFloat ? x.value : typeof x === 'boolean' ? (x ? 1 : 0) : x;
      const t: number = fsum + xv;
      if (Math.abs(fsum!) >= Math.abs(xv)) comp += fsum! - t + xv;
      else comp += xv - t + fsum!;
      fsum = t;
      acc = new PyFloat(fsum);
      continue;
    }
    if (fsum !== null) {
      acc = new PyFloat(fsum + comp);
      fsum = null;
      comp = 0;
    }
    acc = yield* binaryOp(acc, x, 0);
  }
  if (fsum !== null) return new PyFloat(Number.isFinite(comp) && comp !== 0 ? fsum + comp : fsum);
  return acc;
}

function* roundFn(args: PyObject[], kw: KwArgs | null): NativeGen {
  const x = args[0] ?? kw?.get('number');
  const nd = args[1] ?? kw?.get('ndigits') ?? None;
  if (x === undefined) throw pyErr(TypeError, "round() missing required argument 'number' (pos 1)");
  try {
    if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
      const v = typeof x === 'boolean' ? (x ? 1 : 0) : x;
      return nd === None ? v : roundInt(v, toBigIndex(nd));
    }
    if (x instanceof PyFloat && !x.cls.isHeap) {
      if (nd === None) return roundFloatToInt(x.value);
      return new PyFloat(roundFloat(x.value, toBigIndex(nd)));
    }
  } catch (e) {
    throw formatErrorToPy(e);
  }
  const m = typeOf(x).lookup('__round__');
  if (m === undefined) throw pyErr(TypeError, `type ${typeOf(x).name} doesn't define __round__ method`);
  return yield* callMethod(m, nd === None ? [x] : [x, nd]);
}

function* isinstanceCheck(obj: PyObject, cls: PyObject, fname: string): Gen<boolean> {
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (yield* isinstanceCheck(obj, c, fname)) return true;
    return false;
  }
  if (cls instanceof PyType) {
    if (typeOf(obj).isSubtypeOf(cls)) return true;
    const chk = cls.cls.lookup('__instancecheck__');
    if (chk !== undefined && !(chk instanceof PyBuiltin)) return !!(yield* truth(yield new CallReq(chk, [cls, obj])));
    return false;
  }
  if (typeof cls === 'object' && cls.cls.name === 'UnionType') {
    const args = cls.dict?.get('__args__');
    if (args instanceof PyTuple) return yield* isinstanceCheck(obj, args, fname);
  }
  const chk = typeOf(cls).lookup('__instancecheck__');
  if (chk !== undefined) return !!(yield* truth(yield new CallReq(chk, [cls, obj])));
  throw pyErr(TypeError, `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}
function* issubclassCheck(c: PyObject, cls: PyObject): Gen<boolean> {
  if (!(c instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
  if (cls instanceof PyTuple) {
    for (const x of cls.items) if (yield* issubclassCheck(c, x)) return true;
    return false;
  }
  if (cls instanceof PyType) {
    if (c.isSubtypeOf(cls)) return true;
    const chk = cls.cls.lookup('__subclasscheck__');
    if (chk !== undefined && !(chk instanceof PyBuiltin)) return !!(yield* truth(yield new CallReq(chk, [cls, c])));
    return false;
  }
  throw pyErr(TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

export function makeBuiltins(interp: Interpreter): { dict: PyDict; buildClass: PyBuiltin; objectNew: PyObject; objectInit: PyObject } {
  const d = new PyDict();
  const def = (name: string, f: (args: PyObject[], kw: KwArgs | null) => PyObject | { request: unknown } | GenStart) => {
    d.set(name, builtin(name, f as never));
  };
  const defGen = (name: string, f: (args: PyObject[], kw: KwArgs | null) => NativeGen) => {
    d.set(name, builtinGen(name, f));
  };

  // ---------------------------------------------------------------- types
  const types: [string, PyType][] = [
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['float', floatType],
    ['str', strType], ['list', listType], ['tuple', tupleType], ['dict', dictType], ['set', setType],
    ['frozenset', frozensetType], ['range', rangeType], ['slice', sliceType], ['property', propertyType],
    ['classmethod', classmethodType], ['staticmethod', staticmethodType], ['enumerate', itt.enumerateType],
    ['zip', itt.zipType], ['map', itt.mapType], ['filter', itt.filterType], ['reversed', itt.reversedType],
    ['super', superType], ['bytes', bytesType], ['bytearray', bytearrayType],
  ];
  for (const [n, t] of types) d.set(n, t);
  for (const t of EXCEPTION_TYPES) d.set(t.name, t);
  d.set('EnvironmentError', d.get('OSError')!);
  d.set('IOError', d.get('OSError')!);
  d.set('None', None);
  d.set('NotImplemented', NotImplemented);
  d.set('Ellipsis', Ellipsis);
  d.set('__debug__', true);
  d.set('__name__', 'builtins');

  staticNewGen(intType, function* (a, kw) {
    const cls = a[0] as PyType;
    checkKw('int', kw, ['base']);
    if (a.length > 3) throw pyErr(TypeError, `int() takes at most 2 arguments (${a.length - 1} given)`);
    const v = a.length === 1 ? 0 : yield* toInt(a[1], a[2] ?? kw?.get('base'));
    if (cls === intType) return v;
    return subclassValue(cls, v);
  });
  staticNew(boolType, (a) => {
    if (a.length > 2) throw pyErr(TypeError, `bool expected at most 1 argument, got ${a.length - 1}`);
    return a.length > 1 ? interp.runGenSync(truth(a[1]) as NativeGen) : false;
  });
  boolType.dict!.set('__new__', new PyStaticMethod(staticmethodType, builtinGen('__new__', function* (a) {
    if (a.length > 2) throw pyErr(TypeError, `bool expected at most 1 argument, got ${a.length - 1}`);
    return a.length > 1 ? yield* truth(a[1]) : false;
  })));
  staticNewGen(floatType, function* (a) {
    const cls = a[0] as PyType;
    if (a.length > 2) throw pyErr(TypeError, `float expected at most 1 argument, got ${a.length - 1}`);
    const v = a.length === 1 ? new PyFloat(0) : ((yield* toFloat(a[1])) as PyFloat);
    if (cls === floatType) return v;
    return new PyFloat(v.value, cls);
  });
  staticNewGen(strType, function* (a, kw) {
    const cls = a[0] as PyType;
    const x = a[1] ?? kw?.get('object');
    let v: string;
    if (x === undefined) v = '';
    else if (x instanceof PyBytes && (a.length > 2 || kw?.has('encoding'))) v = new TextDecoder().decode(x.data);
    else v = yield* str(x);
    if (cls === strType) return v;
    return subclassValue(cls, v);
  });
  staticNew(listType, (a) => {
    const cls = a[0] as PyType;
    return new PyList([], cls);
  });
  staticNewGen(tupleType, function* (a) {
    const cls = a[0] as PyType;
    if (a.length > 2) throw pyErr(TypeError, `tuple expected at most 1 argument, got ${a.length - 1}`);
    const items = a.length > 1 ? yield* toArray(a[1]) : [];
    if (cls === tupleType) return tuple(items);
    return new PyTuple(items, cls);
  });
  staticNew(dictType, (a) => new PyDict(a[0] as PyType));
  staticNew(setType, (a) => new PySet(a[0] as PyType));
  staticNewGen(frozensetType, function* (a) {
    const s = new PySet(a[0] as PyType);
    if (a.length > 1) for (const x of yield* toArray(a[1])) s.add(x);
    return s;
  });
  staticNew(rangeType, (a) => {
    const args = a.slice(1);
    if (args.length === 0) throw pyErr(TypeError, 'range expected at least 1 argument, got 0');
    if (args.length > 3) throw pyErr(TypeError, `range expected at most 3 arguments, got ${args.length}`);
    for (const x of args) {
      if (x instanceof PyFloat) throw pyErr(TypeError, "'float' object cannot be interpreted as an integer");
    }
    return makeRange(args.map((x) => toBigIndex(x)));
  });
  staticNew(sliceType, (a) => {
    const args = a.slice(1);
    if (args.length === 1) return new PySlice(None, args[0], None);
    return new PySlice(args[0], args[1], args[2] ?? None);
  });
  staticNewGen(itt.enumerateType, function* (a, kw) {
    const src = a[1] ?? kw?.get('iterable');
    if (src === undefined) throw pyErr(TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    const start = a[2] ?? kw?.get('start') ?? 0;
    return new itt.PyEnumerate(yield* iter(src), toBigIndex(start));
  });
  staticNewGen(itt.zipType, function* (a, kw) {
    const its: PyObject[] = [];
    for (let i = 1; i < a.length; i++) {
      try {
        its.push(yield* iter(a[i]));
      } catch (e) {
        if (e instanceof PyExc && e.cls === TypeError) {
          throw pyErr(TypeError, `'${typeOf(a[i]).name}' object is not iterable`);
        }
        throw e;
      }
    }
    return new itt.PyZip(its, kw?.get('strict') === true);
  });
  staticNewGen(itt.mapType, function* (a) {
    if (a.length < 3) throw pyErr(TypeError, 'map() must have at least two arguments.');
    const its: PyObject[] = [];
    for (let i = 2; i < a.length; i++) its.push(yield* iter(a[i]));
    return new itt.PyMapIter(a[1], its);
  });
  staticNewGen(itt.filterType, function* (a) {
    if (a.length !== 3) throw pyErr(TypeError, `filter expected 2 arguments, got ${a.length - 1}`);
    return new itt.PyFilter(a[1], yield* iter(a[2]));
  });
  staticNewGen(itt.reversedType, function* (a) {
    const x = a[1];
    if (x instanceof PyList && !x.cls.isHeap) return new itt.PyReversedList(() => x.items, x.items.length - 1);
    if (x instanceof PyTuple) return new itt.PyReversedList(() => x.items, x.items.length - 1);
    if (typeof x === 'string') {
      const chars = Array.from(x);
      return new itt.PyReversedList(() => chars, chars.length - 1);
    }
    const m = typeOf(x).lookup('__reversed__');
    if (m !== undefined) return yield* callMethod(m, [x]);
    const gi = typeOf(x).lookup('__getitem__');
    const ln = typeOf(x).lookup('__len__');
    if (gi === undefined || ln === undefined) throw pyErr(TypeError, `'${typeOf(x).name}' object is not reversible`);
    const n = (yield* len(x)) as number;
    const items: PyObject[] = [];
    for (let i = 0; i < n; i++) items.push(yield* callMethod(gi, [x, i]));
    return new itt.PyReversedList(() => items, items.length - 1);
  });
  staticNew(propertyType, (a) => new PyProperty(a[0] as PyType));
  staticNew(classmethodType, (a) => new PyClassMethod(a[0] as PyType, a[1] ?? null));
  staticNew(staticmethodType, (a) => new PyStaticMethod(a[0] as PyType, a[1] ?? null));
  staticNew(superType, (a) => makeSuper(interp, a.slice(1)));
  staticNewGen(bytesType, bytesNew);

  // ---------------------------------------------------------------- functions
  defGen('print', function* (a, kw) {
    if (kw) for (const k of kw.keys()) if (!['sep', 'end', 'file', 'flush'].includes(k)) throw pyErr(TypeError, `'${k}' is an invalid keyword argument for print()`);
    const sep = kw?.get('sep') ?? None;
    const end = kw?.get('end') ?? None;
    const file = kw?.get('file') ?? None;
    if (sep !== None && typeof sep !== 'string') throw pyErr(TypeError, `sep must be None or a string, not ${typeOf(sep).name}`);
    if (end !== None && typeof end !== 'string') throw pyErr(TypeError, `end must be None or a string, not ${typeOf(end).name}`);
    const parts: string[] = [];
    for (const x of a) parts.push(typeof x === 'string' ? x : yield* str(x));
    const text = parts.join(sep === None ? ' ' : (sep as string)) + (end === None ? '\n' : (end as string));
    if (file === None) {
      const out = interp.modules.get('sys')?.globals.get('stdout');
      if (out === undefined || out === None) return None;
      if (out instanceof PyObj && out.cls.name === 'TextIOWrapper' && (out as { stream?: string } & PyObj).stream === 'stdout') interp.writeStdout(text);
      else yield* writeTo(out, text);
      return None;
    }
    yield* writeTo(file, text);
    if (kw?.get('flush') === true) {
      const fl = typeOf(file).lookup('flush');
      if (fl !== undefined) yield new CallReq(fl, [file]);
    }
    return None;
  });
  function* writeTo(file: PyObject, text: string): NativeGen {
    if (file instanceof PyObj && (file as { stream?: string } & PyObj).stream === 'stdout') interp.writeStdout(text);
    else if (file instanceof PyObj && (file as { stream?: string } & PyObj).stream === 'stderr') interp.writeStderr(text);
    else {
      let w = getAttrOpt(file, 'write');
      if (w instanceof CallReq) w = yield w;
      if (w === undefined) throw pyErr(AttributeError, `'${typeOf(file).name}' object has no attribute 'write'`);
      yield new CallReq(w as PyObject, [text]);
    }
    return None;
  }
  def('len', (a, kw) => {
    if (kw && kw.size) throw pyErr(TypeError, 'len() takes no keyword arguments');
    arity('len', a, 1);
    const n = lenFast(a[0]);
    return n !== undefined ? n : new GenStart(len(a[0]));
  });
  defGen('repr', function* (a) {
    arity('repr', a, 1);
    return yield* repr(a[0]);
  });
  defGen('ascii', function* (a) {
    arity('ascii', a, 1);
    return asciiOf((yield* repr(a[0])) as string);
  });
  defGen('format', function* (a) {
    arity('format', a, 1, 2);
    const spec = a[1] ?? '';
    if (typeof spec !== 'string') throw pyErr(TypeError, `format() argument 2 must be str, not ${typeOf(spec).name}`);
    return yield* format(a[0], spec);
  });
  defGen('sorted', function* (a, kw) {
    if (a.length !== 1) throw pyErr(TypeError, `sorted expected 1 argument, got ${a.length}`);
    checkKw('sort', kw, ['key', 'reverse']);
    const items = yield* toArray(a[0]);
    return new PyList(yield* sortItems(items, kw?.get('key') ?? None, !!(kw?.get('reverse') ?? false) && (yield* truth(kw!.get('reverse')!))));
  });
  defGen('sum', sum);
  defGen('min', (a, kw) => minmax(a, kw, true));
  defGen('max', (a, kw) => minmax(a, kw, false));
  defGen('abs', function* (a) {
    arity('abs', a, 1);
    const x = a[0];
    if (typeof x === 'number') return Math.abs(x);
    if (typeof x === 'bigint') return x < 0n ? -x : x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (x instanceof PyFloat && !x.cls.isHeap) return new PyFloat(Math.abs(x.value));
    const m = typeOf(x).lookup('__abs__');
    if (m === undefined) throw pyErr(TypeError, `bad operand type for abs(): '${typeOf(x).name}'`);
    return yield* callMethod(m, [x]);
  });
  defGen('round', roundFn);
  defGen('divmod', function* (a) {
    arity('divmod', a, 2);
    const q = yield* binaryOp(a[0], a[1], 2);
    const r = yield* binaryOp(a[0], a[1], 6);
    return new PyTuple([q, r]);
  });
  defGen('pow', function* (a, kw) {
    const base = a[0] ?? kw?.get('base');
    const exp = a[1] ?? kw?.get('exp');
    const mod = a[2] ?? kw?.get('mod') ?? None;
    if (mod !== None) {
      if ((typeof base === 'number' || typeof base === 'bigint') && (typeof exp === 'number' || typeof exp === 'bigint') && (typeof mod === 'number' || typeof mod === 'bigint')) {
        if (exp < 0) {
          // modular inverse
          const inv = modInverse(BigInt(base), BigInt(mod));
          return intPowMod(inv, -BigInt(exp), mod);
        }
        return intPowMod(base, exp, mod);
      }
      const m = typeOf(base!).lookup('__pow__');
      if (m !== undefined && typeOf(base!).isHeap) return yield* callMethod(m, [base!, exp!, mod]);
      throw pyErr(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    }
    return yield* binaryOp(base!, exp!, 8);
  });
  def('isinstance', (a) => {
    arity('isinstance', a, 2);
    const cls = a[1];
    if (cls instanceof PyType && !cls.cls.isHeap) return typeOf(a[0]).isSubtypeOf(cls);
    return new GenStart(isinstanceCheck(a[0], a[1], 'isinstance'));
  });
  defGen('issubclass', function* (a) {
    arity('issubclass', a, 2);
    return yield* issubclassCheck(a[0], a[1]);
  });
  defGen('hasattr', function* (a) {
    arity('hasattr', a, 2);
    if (typeof a[1] !== 'string') throw pyErr(TypeError, 'attribute name must be string, not ' + `'${typeOf(a[1]).name}'`);
    try {
      const r = getAttrOpt(a[0], a[1]);
      if (r instanceof CallReq) yield r;
      return r !== undefined;
    } catch (e) {
      if (e instanceof PyExc && e.cls.isSubtypeOf(AttributeError)) return false;
      throw e;
    }
  });
  defGen('getattr', function* (a) {
    arity('getattr', a, 2, 3);
    const name = a[1];
    if (typeof name !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeOf(name).name}'`);
    try {
      const r0 = getAttrOpt(a[0], name);
      const r: PyObject | undefined = r0 instanceof CallReq ? yield r0 : r0;
      if (r === undefined) throw attrError(a[0], name);
      return r;
    } catch (e) {
      if (a.length > 2 && e instanceof PyExc && e.cls.isSubtypeOf(AttributeError)) return a[2];
      throw e;
    }
  });
  defGen('setattr', function* (a) {
    arity('setattr', a, 3);
    if (typeof a[1] !== 'string') throw pyErr(TypeError, `attribute name must be string, not '${typeOf(a[1]).name}'`);
    const r = setAttr(a[0], a[1], a[2]);
    if (r !== undefined) yield r;
    return None;
  });
  defGen('delattr', function* (a) {
    arity('delattr', a, 2);
    const r = delAttr(a[0], a[1] as string);
    if (r !== undefined) yield r;
    return None;
  });
  def('id', (a) => {
    arity('id', a, 1);
    const x = a[0];
    if (typeof x === 'object') return 140000000000000 + objectId(x) * 16;
    return 94000000000000 + Math.abs(Number(BigInt(hashOf(x)) % 1000000n)) * 32;
  });
  def('hash', (a) => {
    arity('hash', a, 1);
    return hashOf(a[0]);
  });
  def('chr', (a) => {
    arity('chr', a, 1);
    const i = toIndex(a[0]);
    if (i < 0 || i > 0x10ffff) throw pyErr(ValueError, 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(i);
  });
  def('ord', (a) => {
    arity('ord', a, 1);
    const s = a[0];
    if (s instanceof PyBytes) {
      if (s.data.length !== 1) throw pyErr(TypeError, `ord() expected a character, but string of length ${s.data.length} found`);
      return s.data[0];
    }
    if (typeof s !== 'string') throw pyErr(TypeError, `ord() expected string of length 1, but ${typeOf(s).name} found`);
    const n = [...s].length;
    if (n !== 1) throw pyErr(TypeError, `ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  });
  const radix = (name: string, base: 2 | 8 | 16) =>
    def(name, (a) => {
      arity(name, a, 1);
      return intToString(toBigIndex(a[0]), base);
    });
  radix('bin', 2);
  radix('oct', 8);
  radix('hex', 16);
  defGen('iter', function* (a) {
    arity('iter', a, 1, 2);
    if (a.length === 2) return new itt.PyCallIter(a[0], a[1]);
    return yield* iter(a[0]);
  });
  defGen('next', function* (a) {
    arity('next', a, 1, 2);
    const it = a[0];
    if (typeOf(it).lookup('__next__') === undefined && !(it instanceof PyGenerator)) {
      throw pyErr(TypeError, `'${typeOf(it).name}' object is not an iterator`);
    }
    if (it instanceof PyGenerator) {
      if (it.finished) {
        if (a.length > 1) return a[1];
        throw pyErr(StopIteration);
      }
      const r = yield new GenResume(it, None);
      if (r instanceof GenReturn) {
        if (a.length > 1) return a[1];
        throw r.value === None ? pyErr(StopIteration) : pyErr(StopIteration, r.value);
      }
      return r;
    }
    const v = yield* iterNext(it);
    if (v === EXHAUSTED) {
      if (a.length > 1) return a[1];
      throw pyErr(StopIteration);
    }
    return v;
  });
  defGen('any', function* (a) {
    arity('any', a, 1);
    const it = yield* iter(a[0]);
    for (;;) {
      const v = yield* iterNext(it);
      if (v === EXHAUSTED) return false;
      if (yield* truth(v)) return true;
    }
  });
  defGen('all', function* (a) {
    arity('all', a, 1);
    const it = yield* iter(a[0]);
    for (;;) {
      const v = yield* iterNext(it);
      if (v === EXHAUSTED) return true;
      if (!(yield* truth(v))) return false;
    }
  });
  def('callable', (a) => {
    arity('callable', a, 1);
    const x = a[0];
    return x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyType || x instanceof PyMethod || typeOf(x).lookup('__call__') !== undefined;
  });
  def('vars', (a) => {
    if (a.length === 0) return currentLocals(interp);
    const x = a[0];
    if (x instanceof PyModule) return x.globals;
    if (x instanceof PyType) {
      const dd = new PyDict();
      for (const [k, v] of x.dict!) dd.set(k as string, v);
      return dd;
    }
    if (typeof x === 'object' && x.dict !== null) return PyDict.wrap(x.dict);
    throw pyErr(TypeError, 'vars() argument must have __dict__ attribute');
  });
  defGen('dir', function* (a) {
    if (a.length === 0) {
      const l = currentLocals(interp);
      return new PyList([...l.table.keys()].filter((k) => typeof k === 'string').sort() as PyObject[]);
    }
    const m = typeOf(a[0]).lookup('__dir__');
    if (m !== undefined && !(m instanceof PyBuiltin)) {
      const r = yield* callMethod(m, [a[0]]);
      const items = yield* toArray(r);
      return new PyList(items.sort((x, y) => (String(x) < String(y) ? -1 : 1)));
    }
    return new PyList(dirOf(a[0]));
  });
  def('globals', () => {
    const f = interp.currentThread?.currentFrame();
    return f ? f.globals : new PyDict();
  });
  def('locals', () => currentLocals(interp));
  def('input', (a) => {
    if (a.length) interp.writeStdout(typeof a[0] === 'string' ? a[0] : interp.strSync(a[0]));
    const rest = interp.stdinText.slice(interp.stdinPos);
    if (rest.length === 0) throw pyErr(EOFError, 'EOF when reading a line');
    const nl = rest.indexOf('\n');
    const line = nl < 0 ? rest : rest.slice(0, nl);
    interp.stdinPos += nl < 0 ? rest.length : nl + 1;
    return line.replace(/\r$/, '');
  });
  def('open', (a, kw) => openFile(interp, a, kw));
  defGen('exec', function* (a) {
    return yield* execEval(interp, a, 'exec');
  });
  defGen('eval', function* (a) {
    return yield* execEval(interp, a, 'eval');
  });
  def('compile', (a) => {
    const src = a[0] as string;
    const mode = (a[2] as string) ?? 'exec';
    try {
      return interp.compile(src, (a[1] as string) ?? '<string>', mode as 'exec');
    } catch (e) {
      if (e instanceof PythonSyntaxError) throw interp.syntaxErrorObject(e);
      throw e;
    }
  });
  defGen('__import__', function* (a) {
    return yield* interp.importGen(a[0] as string, a[3] ?? None, (a[4] as number) ?? 0, new PyDict());
  });
  def('breakpoint', () => None);
  def('aiter', () => {
    throw pyErr(TypeError, 'aiter() is not supported');
  });
  def('NotImplementedType', () => NotImplemented);
  const buildClass = builtinGen('__build_class__', (a, kw) => buildClassGen(a, kw, (f, ns) => new BodyCall(f, ns)));
  d.set('__build_class__', buildClass);
  d.set('open', d.get('open')!);
  makeFileType();
  void getIter;
  void EMPTY_TUPLE;
  void richCompare;
  void unaryOp;
  void updateDict;
  void ExecCall;
  void PyCell;
  void RuntimeError;
  void FileNotFoundError;
  void Frame;
  return { dict: d, buildClass, objectNew, objectInit };
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyErr(ValueError, 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

function subclassValue(cls: PyType, v: PyObject): PyObject {
  return new PyBoxed(cls, v);
}

function currentLocals(interp: Interpreter): PyDict {
  const f = interp.currentThread?.currentFrame();
  if (!f) return new PyDict();
  if (f.locals) return f.locals;
  const d = new PyDict();
  const code = f.code;
  const nv = code.varnames.length;
  for (let i = 0; i < nv; i++) {
    const v = f.fast[i];
    if (v !== undefined) d.set(code.varnames[i], v instanceof PyCell ? (v.value ?? None) : v);
  }
  for (let i = nv; i < f.fast.length; i++) {
    const v = f.fast[i];
    if (v instanceof PyCell && v.value !== undefined) {
      const extra = code.cellvars.filter((c) => !code.varnames.includes(c));
      const name = i - nv < extra.length ? extra[i - nv] : code.freevars[i - nv - extra.length];
      d.set(name, v.value);
    }
  }
  return d;
}

function* execEval(interp: Interpreter, a: PyObject[], mode: 'exec' | 'eval'): NativeGen {
  const src = a[0];
  const f = interp.currentThread?.currentFrame();
  const globals = a[1] !== undefined && a[1] !== None ? (a[1] as PyDict) : (f?.globals ?? new PyDict());
  const locals = a[2] !== undefined && a[2] !== None ? (a[2] as PyDict) : a[1] !== undefined && a[1] !== None ? globals : f ? (f.locals ?? currentLocals(interp)) : globals;
  if (!(globals instanceof PyDict)) throw pyErr(TypeError, `${mode}() globals must be a dict, not ${typeOf(globals).name}`);
  if (!globals.table.has('__builtins__')) globals.set('__builtins__', interp.builtinsModule);
  let code: import('../compiler/code').CodeObject;
  if (typeof src === 'string') {
    try {
      code = interp.compile(mode === 'eval' ? src.trim() : src, '<string>', mode);
    } catch (e) {
      if (e instanceof PythonSyntaxError) throw interp.syntaxErrorObject(e);
      throw e;
    }
  } else if (src instanceof PyObj && src.cls.name === 'code') code = src as import('../compiler/code').CodeObject;
  else throw pyErr(TypeError, `${mode}() arg 1 must be a string, bytes or code object`);
  const r = yield new CallReq(new ExecCall(code, globals, locals), []);
  return mode === 'eval' ? r : None;
}
