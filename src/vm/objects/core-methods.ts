// Methods and attributes of object, type, the numbers, exceptions, functions, descriptors,
// generators, ranges, slices and iterators.
import {
  PyObj, PyType, PyBuiltin, unbox, CallReq, GenResume, GenReturn, EXHAUSTED, None, NotImplemented, typeOf, objectType, typeType,
  intType, boolType, floatType, strType, noneType, defineMethods, builtin, builtinGen, objectId, normInt,
  type PyObject, type NativeGen,
} from './base';
import { PyFloat } from './float';
import { PyTuple, tuple, tupleType } from './tuple';
import { PyList } from './list';
import { PyDict } from './dict';
import { PySet, setType } from './set';
import { PyRange, PySlice, rangeType, sliceType, sliceIndices } from './range';
import {
  PyFunction, PyMethod, PyClassMethod, PyStaticMethod, PyProperty, PyGetSet, PyCell, functionType, methodType,
  classmethodType, staticmethodType, propertyType, defineGetSets,
} from './function';
import { PyModule, moduleType } from './module';
import { PyGenerator, generatorType, coroutineType } from './generator';
import {
  PyExc, BaseException, StopIteration, SystemExit, KeyError, OSError, ImportError, NameError, AttributeError,
  SyntaxError, pyErr, TypeError, ValueError, GeneratorExit, RuntimeError, EXCEPTION_TYPES,
} from './exceptions';
import { genericSetAttr, getAttrOpt, delAttr, attrError } from './attributes';
import { hashOf, richCompare, binopBuiltin, intOp } from './operators';
import { objectRepr, builtinReprOf, str, excStr, format, intRepr } from './repr';
import { BINOP_DUNDERS, CMP_DUNDERS } from './ops-table';
import { methodArity, toIndex } from './argparse';
import * as it from './iterators';
import { iterNextFast, iterNext } from './iteration';
import { createClass, finishClass } from './class';
import { PyDictView } from './container-methods';
import { floatRepr } from './format/float-repr';
import { roundFloat, roundFloatToInt, roundInt } from './format/round';
import { formatErrorToPy } from './repr';
import { intToFloat, bitLen } from './int';

function typeArg(a: PyObject[], name: string): PyType {
  const t = a[0];
  if (!(t instanceof PyType)) throw pyErr(TypeError, `descriptor '${name}' for 'type' objects doesn't apply to a '${typeOf(t).name}' object`);
  return t;
}

export const objectNew = builtin('__new__', (a) => {
  const cls = a[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'object.__new__(X): X is not a type object');
  if (cls.factory === null) throw pyErr(TypeError, `object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  return cls.factory(cls);
});
objectNew.qualname = 'object.__new__';
export const objectInit = new PyBuiltin('__init__', () => None, null, null, typeOf(objectNew) === undefined ? typeType : (objectNew.cls), 'object.__init__');

function* typeNew(a: PyObject[], kw: Map<string, PyObject> | null): NativeGen {
  const meta = a[0];
  if (!(meta instanceof PyType)) throw pyErr(TypeError, 'type.__new__(X): X is not a type object');
  if (a.length === 2) return typeOf(a[1]);
  if (a.length !== 4) throw pyErr(TypeError, 'type() takes 1 or 3 arguments');
  const [, name, bases, ns] = a;
  if (typeof name !== 'string') throw pyErr(TypeError, `type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw pyErr(TypeError, `type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw pyErr(TypeError, `type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const t = createClass(meta, name, bases, ns);
  return yield* finishClass(t, kw);
}

export function installCoreMethods(): void {
  objectType.dict!.set('__new__', new PyStaticMethod(staticmethodType, objectNew));
  objectType.dict!.set('__init__', objectInit);
  defineMethods(objectType, {
    __repr__: (a) => objectRepr(a[0]),
    *__str__(a) {
      return yield* builtinReprOf(a[0]);
    },
    __hash__: (a) => hashOf(a[0]),
    __eq__: (a) => (a[0] === a[1] ? true : NotImplemented),
    __ne__: (a) => (a[0] === a[1] ? false : NotImplemented),
    __setattr__: (a) => {
      const r = genericSetAttr(a[0], a[1] as string, a[2]);
      if (r !== undefined) throw pyErr(TypeError, 'object.__setattr__ cannot call a Python setter here');
      return None;
    },
    *__getattribute__(a) {
      const saved = typeOf(a[0]).hasGetattribute;
      typeOf(a[0]).hasGetattribute = false;
      let r: PyObject | CallReq | undefined;
      try {
        r = getAttrOpt(a[0], a[1] as string);
      } finally {
        typeOf(a[0]).hasGetattribute = saved;
      }
      if (r instanceof CallReq) return yield r;
      if (r === undefined) throw attrError(a[0], a[1] as string);
      return r;
    },
    *__delattr__(a) {
      const r = delAttr(a[0], a[1] as string);
      if (r !== undefined) yield r;
      return None;
    },
    __format__: (a) => {
      if (a[1] !== '') throw pyErr(TypeError, `unsupported format string passed to ${typeOf(a[0]).name}.__format__`);
      return NotImplemented;
    },
    __init_subclass__: (a, kw) => {
      if (kw && kw.size) throw pyErr(TypeError, `${a[0] instanceof PyType ? a[0].name : 'object'}.__init_subclass__() takes no keyword arguments`);
      return None;
    },
    __dir__: (a) => new PyList(dirOf(a[0])),
    __reduce_ex__: () => None,
    __sizeof__: () => 16,
  });
  for (const n of ['__str__', '__repr__', '__hash__', '__eq__', '__ne__', '__setattr__', '__format__', '__init_subclass__', '__getattribute__', '__delattr__', '__dir__']) {
    (objectType.dict!.get(n) as PyBuiltin).qualname = `object.${n}`;
  }
  objectType.dict!.set('__init_subclass__', new PyClassMethod(classmethodType, objectType.dict!.get('__init_subclass__')!));
  // comparisons other than ==/!= are not defined on object
  defineGetSets(objectType, {
    __class__: [(o) => typeOf(o)],
    __dict__: [(o) => {
      if (typeof o === 'object' && o.dict !== null) return PyDict.wrap(o.dict);
      throw attrError(o, '__dict__');
    }],
    __doc__: [() => None],
    __module__: [(o) => typeOf(o).module],
  });

  // ---------------------------------------------------------------- type
  typeType.dict!.set('__new__', new PyStaticMethod(staticmethodType, builtinGen('__new__', typeNew)));
  defineMethods(typeType, {
    __init__: () => None,
    mro: (a) => new PyList(typeArg(a, 'mro').mro),
    __subclasses__: () => new PyList([]),
    __instancecheck__: (a) => typeOf(a[1]).isSubtypeOf(typeArg(a, '__instancecheck__')),
    __subclasscheck__: (a) => (a[1] as PyType).isSubtypeOf(typeArg(a, '__subclasscheck__')),
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
    __or__: (a) => new PyTuple([a[0], a[1]]),
    __ror__: (a) => new PyTuple([a[1], a[0]]),
  });
  defineGetSets(typeType, {
    __name__: [(o) => (o as PyType).name, (o, v) => {
      (o as PyType).name = v as string;
    }],
    __qualname__: [(o) => (o as PyType).qualname, (o, v) => {
      (o as PyType).qualname = v as string;
    }],
    __module__: [(o) => {
      const t = o as PyType;
      return t.isHeap ? (t.dict!.get('__module__') ?? t.module) : t.module;
    }, (o, v) => {
      (o as PyType).module = v as string;
      (o as PyType).dict!.set('__module__', v);
    }],
    __bases__: [(o) => new PyTuple((o as PyType).bases)],
    __base__: [(o) => (o as PyType).bases[0] ?? None],
    __mro__: [(o) => new PyTuple((o as PyType).mro)],
    __dict__: [(o) => new PyDict(undefined, (() => {
      const d = new PyDict();
      for (const [k, v] of (o as PyType).dict!) d.set(k as string, v);
      return d.table;
    })())],
    __doc__: [(o) => (o as PyType).dict!.get('__doc__') ?? None],
    __abstractmethods__: [(o) => {
      const v = (o as PyType).dict!.get('__abstractmethods__');
      if (v === undefined) throw attrError(o, '__abstractmethods__');
      return v;
    }, (o, v) => {
      (o as PyType).dict!.set('__abstractmethods__', v);
    }],
  });

  // ---------------------------------------------------------------- numbers
  installNumberMethods();

  // ---------------------------------------------------------------- None
  defineMethods(noneType, {
    __repr__: () => 'None',
    __bool__: () => false,
  });
  noneType.dict!.set('__new__', new PyStaticMethod(staticmethodType, builtin('__new__', () => None)));

  // ---------------------------------------------------------------- exceptions
  installExceptionMethods();

  // ---------------------------------------------------------------- functions and methods
  defineGetSets(functionType, {
    __name__: [(o) => (o as PyFunction).name, (o, v) => {
      (o as PyFunction).name = v as string;
    }],
    __qualname__: [(o) => (o as PyFunction).qualname, (o, v) => {
      (o as PyFunction).qualname = v as string;
    }],
    __doc__: [(o) => (o as PyFunction).doc, (o, v) => {
      (o as PyFunction).doc = v;
    }],
    __module__: [(o) => (o as PyFunction).module, (o, v) => {
      (o as PyFunction).module = v;
    }],
    __defaults__: [(o) => ((o as PyFunction).defaults ? tuple((o as PyFunction).defaults!) : None), (o, v) => {
      (o as PyFunction).defaults = v === None ? null : (v as PyTuple).items;
    }],
    __kwdefaults__: [(o) => {
      const k = (o as PyFunction).kwdefaults;
      if (!k) return None;
      const d = new PyDict();
      for (const [n, v] of k) d.set(n, v);
      return d;
    }],
    __code__: [(o) => (o as PyFunction).code],
    __globals__: [(o) => (o as PyFunction).globals],
    __closure__: [(o) => ((o as PyFunction).closure ? tuple((o as PyFunction).closure!) : None)],
    __annotations__: [(o) => {
      const f = o as PyFunction;
      if (f.annotations === null) f.annotations = new PyDict();
      return f.annotations;
    }, (o, v) => {
      (o as PyFunction).annotations = v;
    }],
    __dict__: [(o) => PyDict.wrap((o as PyFunction).dict!)],
  });
  defineMethods(functionType, {
    __get__: (a) => (a[1] === None ? a[0] : new PyMethod(a[0], a[1])),
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
  });
  defineGetSets(methodType, {
    __self__: [(o) => (o as PyMethod).self],
    __func__: [(o) => (o as PyMethod).func],
    __name__: [(o) => getName((o as PyMethod).func)],
    __qualname__: [(o) => {
      const f = (o as PyMethod).func;
      return f instanceof PyFunction ? f.qualname : getName(f);
    }],
    __doc__: [(o) => ((o as PyMethod).func instanceof PyFunction ? ((o as PyMethod).func as PyFunction).doc : None)],
  });
  defineMethods(methodType, {
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
    __eq__: (a) => a[1] instanceof PyMethod && (a[1] as PyMethod).func === (a[0] as PyMethod).func && (a[1] as PyMethod).self === (a[0] as PyMethod).self,
    __hash__: (a) => Number(BigInt.asIntN(32, BigInt(hashOf((a[0] as PyMethod).func)))) ^ 7,
  });
  const bft = typeOf(builtin('x', () => None));
  defineGetSets(bft, {
    __name__: [(o) => (o as PyBuiltin).name],
    __qualname__: [(o) => (o as PyBuiltin).qualname],
    __self__: [(o) => (o as PyBuiltin).self ?? None],
    __doc__: [() => None],
    __module__: [() => 'builtins'],
  });
  defineGetSets(typeOf(objectType.dict!.get('__repr__')!), {
    __name__: [(o) => (o as PyBuiltin).name],
    __qualname__: [(o) => (o as PyBuiltin).qualname],
    __doc__: [() => None],
  });
  defineMethods(typeOf(objectType.dict!.get('__repr__')!), {
    __get__: (a) => (a[1] === None ? a[0] : (a[0] as PyBuiltin).bind(a[1])),
  });

  // ---------------------------------------------------------------- descriptors
  defineMethods(classmethodType, {
    __init__: (a) => {
      (a[0] as PyClassMethod).func = a[1];
      return None;
    },
    __get__: (a) => new PyMethod((a[0] as PyClassMethod).func!, a[2] !== undefined && a[2] !== None ? a[2] : typeOf(a[1])),
  });
  defineGetSets(classmethodType, {
    __func__: [(o) => (o as PyClassMethod).func!],
    __wrapped__: [(o) => (o as PyClassMethod).func!],
    __isabstractmethod__: [(o) => isAbstract((o as PyClassMethod).func!)],
  });
  defineMethods(staticmethodType, {
    __init__: (a) => {
      (a[0] as PyStaticMethod).func = a[1];
      return None;
    },
    __get__: (a) => (a[0] as PyStaticMethod).func!,
    *__call__(a, kw) {
      return yield new CallReq((a[0] as PyStaticMethod).func!, a.slice(1), kw);
    },
  });
  defineGetSets(staticmethodType, {
    __func__: [(o) => (o as PyStaticMethod).func!],
    __wrapped__: [(o) => (o as PyStaticMethod).func!],
    __isabstractmethod__: [(o) => isAbstract((o as PyStaticMethod).func!)],
  });
  defineMethods(propertyType, {
    __init__: (a, kw) => {
      const p = a[0] as PyProperty;
      const get = (i: number, n: string) => {
        const v = a[i] ?? kw?.get(n) ?? None;
        return v === None ? null : v;
      };
      p.fget = get(1, 'fget');
      p.fset = get(2, 'fset');
      p.fdel = get(3, 'fdel');
      p.doc = get(4, 'doc');
      if (p.doc === null && p.fget instanceof PyFunction) p.doc = p.fget.doc;
      return None;
    },
    *__get__(a) {
      const p = a[0] as PyProperty;
      if (a[1] === None) return p;
      if (p.fget === null) throw pyErr(AttributeError, `property of '${typeOf(a[1]).name}' object has no getter`);
      return yield new CallReq(p.fget, [a[1]]);
    },
    *__set__(a) {
      const p = a[0] as PyProperty;
      if (p.fset === null) throw pyErr(AttributeError, `property of '${typeOf(a[1]).name}' object has no setter`);
      yield new CallReq(p.fset, [a[1], a[2]]);
      return None;
    },
    *__delete__(a) {
      const p = a[0] as PyProperty;
      if (p.fdel === null) throw pyErr(AttributeError, `property of '${typeOf(a[1]).name}' object has no deleter`);
      yield new CallReq(p.fdel, [a[1]]);
      return None;
    },
    getter: (a) => copyProp(a[0] as PyProperty, { fget: a[1] }),
    setter: (a) => copyProp(a[0] as PyProperty, { fset: a[1] }),
    deleter: (a) => copyProp(a[0] as PyProperty, { fdel: a[1] }),
    __set_name__: (a) => {
      (a[0] as PyProperty).name = a[2] as string;
      return None;
    },
  });
  defineGetSets(propertyType, {
    fget: [(o) => (o as PyProperty).fget ?? None],
    fset: [(o) => (o as PyProperty).fset ?? None],
    fdel: [(o) => (o as PyProperty).fdel ?? None],
    __doc__: [(o) => (o as PyProperty).doc ?? None],
    __isabstractmethod__: [(o) => isAbstract((o as PyProperty).fget ?? None)],
  });

  // ---------------------------------------------------------------- generators
  const genSend = function* (a: PyObject[]): NativeGen {
    const g = a[0] as PyGenerator;
    const r = yield new GenResume(g, a.length > 1 ? a[1] : None);
    if (r instanceof GenReturn) throw stopIteration(r.value);
    return r;
  };
  const genThrow = function* (a: PyObject[]): NativeGen {
    const g = a[0] as PyGenerator;
    let exc = a[1];
    if (exc instanceof PyType) exc = yield new CallReq(exc, a.length > 2 && a[2] !== None ? [a[2]] : []);
    if (!(exc instanceof PyExc)) throw pyErr(TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + typeOf(exc).name);
    if (!g.started) {
      g.finished = true;
      throw exc;
    }
    const r = yield new GenResume(g, None, exc);
    if (r instanceof GenReturn) throw stopIteration(r.value);
    return r;
  };
  for (const gt of [generatorType, coroutineType]) {
    defineMethods(gt, {
      __iter__: (a) => a[0],
      *__next__(a) {
        return yield* genSend([a[0]]);
      },
      send: genSend,
      throw: genThrow,
      *close(a) {
        const g = a[0] as PyGenerator;
        if (g.finished || !g.started) {
          g.finished = true;
          return None;
        }
        try {
          const r = yield new GenResume(g, None, pyErr(GeneratorExit));
          if (!(r instanceof GenReturn)) throw pyErr(RuntimeError, 'generator ignored GeneratorExit');
        } catch (e) {
          if (e instanceof PyExc && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration))) return None;
          throw e;
        }
        return None;
      },
      *__repr__(a) {
        return yield* builtinReprOf(a[0]);
      },
      __await__: (a) => a[0],
    });
    defineGetSets(gt, {
      __name__: [(o) => (o as PyGenerator).name],
      __qualname__: [(o) => (o as PyGenerator).qualname],
      gi_running: [(o) => (o as PyGenerator).running],
      gi_frame: [(o) => ((o as PyGenerator).finished ? None : new PyObj(frameTypeRef()))],
    });
  }

  // ---------------------------------------------------------------- module
  defineMethods(moduleType, {
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
    __init__: (a) => {
      const m = a[0] as PyModule;
      m.name = a[1] as string;
      m.globals.set('__name__', a[1]);
      m.globals.set('__doc__', a[2] ?? None);
      return None;
    },
  });
  moduleType.factory = (cls) => new PyModule('?', new PyDict(), cls);
  defineGetSets(moduleType, {
    __dict__: [(o) => (o as PyModule).globals],
  });

  // ---------------------------------------------------------------- range, slice
  defineMethods(rangeType, {
    __len__: (a) => (a[0] as PyRange).length,
    __iter__: (a) => new it.PyRangeIter(a[0] as PyRange),
    __reversed__: (a) => {
      const r = a[0] as PyRange;
      const last = r.at(r.length - 1);
      return new it.PyRangeIter(new PyRange(last, last - r.length * r.step, -r.step));
    },
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
    index: (a) => {
      const r = a[0] as PyRange;
      const v = a[1];
      if (typeof v === 'number') {
        const i = (v - r.start) / r.step;
        if (Number.isInteger(i) && i >= 0 && i < r.length) return i;
      }
      throw pyErr(ValueError, `${typeof v === 'number' ? v : '?'} is not in range`);
    },
    count: (a) => {
      const r = a[0] as PyRange;
      const v = a[1];
      if (typeof v !== 'number') return 0;
      const i = (v - r.start) / r.step;
      return Number.isInteger(i) && i >= 0 && i < r.length ? 1 : 0;
    },
    __eq__: (a) => {
      const x = a[0] as PyRange, y = a[1];
      if (!(y instanceof PyRange)) return NotImplemented;
      if (x.length !== y.length) return false;
      if (x.length === 0) return true;
      return x.start === y.start && (x.length === 1 || x.step === y.step);
    },
    __hash__: (a) => hashOf(new PyTuple([(a[0] as PyRange).length, (a[0] as PyRange).start, (a[0] as PyRange).step])),
  });
  defineGetSets(rangeType, {
    start: [(o) => (o as PyRange).start],
    stop: [(o) => (o as PyRange).stop],
    step: [(o) => (o as PyRange).step],
  });
  defineGetSets(sliceType, {
    start: [(o) => (o as PySlice).start],
    stop: [(o) => (o as PySlice).stop],
    step: [(o) => (o as PySlice).step],
  });
  defineMethods(sliceType, {
    indices: (a) => {
      const [s, e, st] = sliceIndices(a[0] as PySlice, toIndex(a[1]));
      return new PyTuple([s, e, st]);
    },
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
    *__eq__(a) {
      const x = a[0] as PySlice, y = a[1];
      if (!(y instanceof PySlice)) return NotImplemented;
      return yield* richCompare(new PyTuple([x.start, x.stop, x.step]), new PyTuple([y.start, y.stop, y.step]), 2);
    },
  });

  // ---------------------------------------------------------------- iterators
  const iterTypes = [
    it.listIterType, it.tupleIterType, it.strIterType, it.rangeIterType, it.dictKeyIterType, it.dictValueIterType,
    it.dictItemIterType, it.setIterType, it.reversedType, it.enumerateType, it.zipType, it.mapType, it.filterType,
    it.callIterType, it.seqIterType,
  ];
  for (const t of iterTypes) {
    defineMethods(t, {
      __iter__: (a) => a[0],
      *__next__(a) {
        const f = iterNextFast(a[0]);
        const v = f !== undefined ? f : yield* iterNext(a[0]);
        if (v === EXHAUSTED) throw pyErr(StopIteration);
        return v;
      },
      __length_hint__: (a) => {
        const x = a[0];
        if (x instanceof it.PyListIter) return Math.max(0, x.list.items.length - x.idx);
        if (x instanceof it.PyArrayIter) return Math.max(0, x.items.length - x.idx);
        if (x instanceof it.PyRangeIter) return Math.max(0, x.r.length - x.idx);
        return 0;
      },
    });
  }
  void PyDictView;
  void PySet;
  void setType;
  void tupleType;
  void PyCell;
  void PyGetSet;
  void objectId;
}

function getName(f: PyObject): PyObject {
  if (f instanceof PyFunction) return f.name;
  if (f instanceof PyBuiltin) return f.name;
  return '?';
}

function isAbstract(f: PyObject): boolean {
  if (typeof f !== 'object') return false;
  const v = f.dict?.get('__isabstractmethod__');
  return v === true;
}

function copyProp(p: PyProperty, changes: Partial<Pick<PyProperty, 'fget' | 'fset' | 'fdel'>>): PyProperty {
  const q = new PyProperty(p.cls);
  q.fget = p.fget;
  q.fset = p.fset;
  q.fdel = p.fdel;
  q.doc = p.doc;
  q.name = p.name;
  if ('fget' in changes) q.fget = changes.fget ?? null;
  if ('fset' in changes) q.fset = changes.fset ?? null;
  if ('fdel' in changes) q.fdel = changes.fdel ?? null;
  if (q.doc === null && q.fget instanceof PyFunction) q.doc = q.fget.doc;
  return q;
}

export function stopIteration(value: PyObject): PyExc {
  const e = value === None ? pyErr(StopIteration) : pyErr(StopIteration, value);
  return e;
}

export function dirOf(o: PyObject): string[] {
  const names = new Set<string>();
  if (typeof o === 'object' && o.dict) for (const k of o.dict.keys()) if (typeof k === 'string') names.add(k);
  if (o instanceof PyModule) {
    for (const k of o.globals.table.map.keys()) if (typeof k === 'string') names.add(k);
    return [...names].sort();
  }
  const t = o instanceof PyType ? o : typeOf(o);
  for (const m of (o instanceof PyType ? o.mro : t.mro)) for (const k of m.dict!.keys()) names.add(k as string);
  if (!(o instanceof PyType)) names.add('__class__');
  return [...names].sort();
}

// ---------------------------------------------------------------- exceptions

function installExceptionMethods(): void {
  const B = BaseException;
  B.dict!.set('__new__', new PyStaticMethod(staticmethodType, builtin('__new__', (a) => {
    const cls = a[0] as PyType;
    const e = cls.factory!(cls) as PyExc;
    e.args = tuple(a.slice(1));
    return e;
  })));
  defineMethods(B, {
    __init__: (a) => {
      (a[0] as PyExc).args = tuple(a.slice(1));
      return None;
    },
    *__str__(a) {
      return yield* excStr(a[0] as PyExc);
    },
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
    with_traceback: (a) => a[0],
    add_note: (a) => {
      const e = a[0] as PyExc;
      if (typeof a[1] !== 'string') throw pyErr(TypeError, `note must be a str, not '${typeOf(a[1]).name}'`);
      let notes = e.dict!.get('__notes__');
      if (!(notes instanceof PyList)) {
        notes = new PyList([]);
        e.dict!.set('__notes__', notes);
      }
      (notes as PyList).items.push(a[1]);
      return None;
    },
  });
  defineGetSets(B, {
    args: [(o) => (o as PyExc).args, (o, v) => {
      (o as PyExc).args = v instanceof PyTuple ? v : tuple([v]);
    }],
    __traceback__: [(o) => tbHook(o as PyExc), (o, v) => {
      if (v === None) (o as PyExc).traceback = [];
    }],
    __cause__: [(o) => (o as PyExc).cause ?? None, (o, v) => {
      (o as PyExc).cause = v === None ? null : (v as PyExc);
      (o as PyExc).suppressContext = true;
    }],
    __context__: [(o) => (o as PyExc).context ?? None, (o, v) => {
      (o as PyExc).context = v === None ? null : (v as PyExc);
    }],
    __suppress_context__: [(o) => (o as PyExc).suppressContext, (o, v) => {
      (o as PyExc).suppressContext = v === true;
    }],
  });
  const firstArgProp = (o: PyObject) => {
    const e = o as PyExc;
    return e.args.items.length ? e.args.items[0] : None;
  };
  defineGetSets(StopIteration, { value: [firstArgProp] });
  defineGetSets(SystemExit, {
    code: [(o) => {
      const e = o as PyExc;
      if (e.args.items.length === 0) return None;
      return e.args.items.length === 1 ? e.args.items[0] : e.args;
    }],
  });
  defineMethods(KeyError, {
    *__str__(a) {
      return yield* excStr(a[0] as PyExc);
    },
  });
  defineGetSets(OSError, {
    errno: [(o) => ((o as PyExc).args.items.length >= 2 ? (o as PyExc).args.items[0] : None)],
    strerror: [(o) => ((o as PyExc).args.items.length >= 2 ? (o as PyExc).args.items[1] : None)],
    filename: [(o) => ((o as PyExc).args.items.length >= 3 ? (o as PyExc).args.items[2] : None)],
  });
  defineMethods(OSError, {
    *__str__(a) {
      const e = a[0] as PyExc;
      const it = e.args.items;
      if (it.length >= 3) return `[Errno ${(yield* str(it[0])) as string}] ${(yield* str(it[1])) as string}: ${(yield* builtinReprOf(it[2])) as string}`;
      if (it.length === 2) return `[Errno ${(yield* str(it[0])) as string}] ${(yield* str(it[1])) as string}`;
      return yield* excStr(e);
    },
  });
  for (const t of [ImportError, NameError, AttributeError]) {
    defineGetSets(t, {
      name: [(o) => (o as PyExc).dict!.get('name') ?? None, (o, v) => {
        (o as PyExc).dict!.set('name', v);
      }],
    });
  }
  defineMethods(ImportError, {
    __init__: (a, kw) => {
      const e = a[0] as PyExc;
      e.args = tuple(a.slice(1));
      if (kw?.has('name')) e.dict!.set('name', kw.get('name')!);
      return None;
    },
  });
  defineMethods(SyntaxError, {
    __init__: (a) => {
      const e = a[0] as PyExc;
      e.args = tuple(a.slice(1));
      if (a.length > 1) e.dict!.set('msg', a[1]);
      const det = a[2];
      if (det instanceof PyTuple && det.items.length >= 4) {
        const [fn, ln, off, text] = det.items;
        e.dict!.set('filename', fn);
        e.dict!.set('lineno', ln);
        e.dict!.set('offset', off);
        e.dict!.set('text', text);
        if (det.items.length >= 6) {
          e.dict!.set('end_lineno', det.items[4]);
          e.dict!.set('end_offset', det.items[5]);
        }
      }
      return None;
    },
    *__str__(a) {
      const e = a[0] as PyExc;
      const msg = e.dict!.get('msg');
      return typeof msg === 'string' ? msg : yield* excStr(e);
    },
  });
  for (const n of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset']) {
    defineGetSets(SyntaxError, { [n]: [(o: PyObject) => (o as PyExc).dict!.get(n) ?? None] });
  }
  void EXCEPTION_TYPES;
}
let tbHook: (e: PyExc) => PyObject = () => None;
export function setTracebackHook(f: (e: PyExc) => PyObject): void {
  tbHook = f;
}

// ---------------------------------------------------------------- int, float, bool

function num(a: PyObject): number | bigint {
  a = unbox(a);
  if (typeof a === 'boolean') return a ? 1 : 0;
  if (typeof a !== 'number' && typeof a !== 'bigint') throw pyErr(TypeError, `'${typeOf(a).name}' object cannot be interpreted as an integer`);
  return a;
}

function installNumberMethods(): void {
  const reflected = (t: PyType) => {
    for (let op = 0; op < BINOP_DUNDERS.length; op++) {
      const name = BINOP_DUNDERS[op];
      defineMethods(t, {
        [`__${name}__`]: (a: PyObject[]) => binopBuiltin(unbox(a[0]), unbox(a[1]), op),
        [`__r${name}__`]: (a: PyObject[]) => binopBuiltin(unbox(a[1]), unbox(a[0]), op),
      });
    }
    for (let op = 0; op < CMP_DUNDERS.length; op++) {
      defineMethods(t, {
        *[CMP_DUNDERS[op]](a: PyObject[]) {
          const other = unbox(a[1]);
          const ok = typeof other === 'number' || typeof other === 'bigint' || typeof other === 'boolean' || other instanceof PyFloat || (t === strType && typeof other === 'string');
          if (!ok) return NotImplemented;
          return yield* richCompare(unbox(a[0]), other, op);
        },
      });
    }
  };
  reflected(intType);
  reflected(floatType);
  defineMethods(strType, {
    __add__: (a) => (typeof unbox(a[1]) === 'string' ? (unbox(a[0]) as string) + (unbox(a[1]) as string) : NotImplemented),
    __mul__: (a) => binopBuiltin(unbox(a[0]), unbox(a[1]), 5),
    __rmul__: (a) => binopBuiltin(unbox(a[1]), unbox(a[0]), 5),
    *__repr__(a) {
      return yield* builtinReprOf(a[0]);
    },
    *__format__(a) {
      return yield* format(unbox(a[0]), a[1] as string);
    },
    __getitem__: (a) => {
      return getItemFn(unbox(a[0]), a[1]);
    },
    __contains__: (a) => {
      const x = unbox(a[1]);
      if (typeof x !== 'string') throw pyErr(TypeError, `'in <string>' requires string as left operand, not ${typeOf(a[1]).name}`);
      return (unbox(a[0]) as string).includes(x);
    },
    __iter__: (a) => new it.PyStrIter(unbox(a[0]) as string),
  });
  for (let op = 0; op < CMP_DUNDERS.length; op++) {
    defineMethods(strType, {
      *[CMP_DUNDERS[op]](a: PyObject[]) {
        if (typeof unbox(a[1]) !== 'string') return NotImplemented;
        return yield* richCompare(unbox(a[0]), unbox(a[1]), op);
      },
    });
  }
  defineMethods(intType, {
    bit_length: (a) => {
      const v = num(a[0]);
      return typeof v === 'number' ? (v === 0 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1 - (Math.abs(v) >= 2 ** 52 ? 0 : 0)) && bitLen(BigInt(v)) : bitLen(v);
    },
    bit_count: (a) => {
      let v = BigInt(num(a[0]));
      if (v < 0n) v = -v;
      return [...v.toString(2)].filter((c) => c === '1').length;
    },
    conjugate: (a) => num(a[0]),
    is_integer: () => true,
    as_integer_ratio: (a) => new PyTuple([num(a[0]), 1]),
    __index__: (a) => num(a[0]),
    __int__: (a) => num(a[0]),
    __float__: (a) => new PyFloat(intToFloat(num(a[0]))),
    __bool__: (a) => num(a[0]) !== 0 && num(a[0]) !== 0n,
    __hash__: (a) => hashOf(a[0]),
    __neg__: (a) => intOp(0, num(a[0]), 10),
    __pos__: (a) => num(a[0]),
    __abs__: (a) => {
      const v = num(a[0]);
      return v < 0 ? intOp(0, v, 10) : v;
    },
    __invert__: (a) => intOp(intOp(0, num(a[0]), 10) as number | bigint, 1, 10),
    *__repr__(a) {
      return yield* builtinReprOf(unbox(a[0]));
    },
    *__format__(a) {
      return yield* format(unbox(a[0]), a[1] as string);
    },
    __round__: (a) => {
      try {
        return a.length > 1 && a[1] !== None ? roundInt(num(a[0]), num(a[1])) : num(a[0]);
      } catch (e) {
        throw formatErrorToPy(e);
      }
    },
    __trunc__: (a) => num(a[0]),
    __floor__: (a) => num(a[0]),
    __ceil__: (a) => num(a[0]),
    to_bytes: (a, kw) => intToBytes(a, kw),
    __getnewargs__: (a) => new PyTuple([num(a[0])]),
    __sizeof__: () => 28,
  });
  defineGetSets(intType, {
    real: [(o) => num(o)],
    imag: [() => 0],
    numerator: [(o) => num(o)],
    denominator: [() => 1],
  });
  defineMethods(boolType, {
    __repr__: (a) => (a[0] ? 'True' : 'False'),
    __and__: (a) => binopBuiltin(a[0], a[1], 1),
    __or__: (a) => binopBuiltin(a[0], a[1], 7),
    __xor__: (a) => binopBuiltin(a[0], a[1], 12),
  });
  const fv = (a: PyObject) => (a as PyFloat).value;
  defineMethods(floatType, {
    is_integer: (a) => Number.isInteger(fv(a[0])),
    as_integer_ratio: (a) => {
      const x = fv(a[0]);
      if (!Number.isFinite(x)) throw pyErr(x !== x ? ValueError : TypeError, x !== x ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
      let num2 = x;
      let e = 0;
      while (!Number.isInteger(num2)) {
        num2 *= 2;
        e++;
      }
      let den = 1n << BigInt(e);
      let n = BigInt(num2);
      const g = gcd(n < 0n ? -n : n, den);
      n /= g;
      den /= g;
      return new PyTuple([normInt(n), normInt(den)]);
    },
    conjugate: (a) => a[0],
    hex: (a) => floatHex(fv(a[0])),
    __int__: (a) => truncFloat(fv(a[0])),
    __trunc__: (a) => truncFloat(fv(a[0])),
    __float__: (a) => a[0],
    __floor__: (a) => truncFloat(Math.floor(fv(a[0]))),
    __ceil__: (a) => truncFloat(Math.ceil(fv(a[0]))),
    __bool__: (a) => fv(a[0]) !== 0,
    __hash__: (a) => hashOf(a[0]),
    __neg__: (a) => new PyFloat(-fv(a[0])),
    __pos__: (a) => a[0],
    __abs__: (a) => new PyFloat(Math.abs(fv(a[0]))),
    __repr__: (a) => floatRepr(fv(a[0])),
    *__format__(a) {
      return yield* format(a[0], a[1] as string);
    },
    __round__: (a) => {
      try {
        if (a.length < 2 || a[1] === None) return roundFloatToInt(fv(a[0]));
        return new PyFloat(roundFloat(fv(a[0]), num(a[1])));
      } catch (e) {
        throw formatErrorToPy(e);
      }
    },
    __getnewargs__: (a) => new PyTuple([a[0]]),
  });
  defineGetSets(floatType, {
    real: [(o) => o],
    imag: [() => new PyFloat(0)],
  });
  intType.dict!.set('from_bytes', new PyClassMethod(classmethodType, builtin('from_bytes', (a, kw) => {
    const src = a[1];
    const order = (a[2] ?? kw?.get('byteorder') ?? 'big') as string;
    const signed = kw?.get('signed') === true;
    let d: number[];
    if (src instanceof PyObj && 'data' in src) d = Array.from((src as unknown as { data: Uint8Array }).data);
    else if (src instanceof PyList || src instanceof PyTuple) d = src.items.map((x) => Number(x));
    else throw pyErr(TypeError, 'cannot convert object to bytes');
    if (order === 'little') d.reverse();
    let v = 0n;
    for (const b of d) v = (v << 8n) | BigInt(b);
    if (signed && d.length && d[0] & 0x80) v -= 1n << BigInt(d.length * 8);
    return normInt(v);
  })));
  floatType.dict!.set('fromhex', new PyClassMethod(classmethodType, builtin('fromhex', (a) => new PyFloat(parseHexFloat(a[1] as string)))));
  void intRepr;
}

let getItemFn: (o: PyObject, k: PyObject) => PyObject = () => None;
export function setGetItemFn(f: typeof getItemFn): void {
  getItemFn = f;
}

export function truncFloat(x: number): number | bigint {
  if (x !== x) throw pyErr(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyErr(OverflowErrorT(), 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}
import { OverflowError } from './exceptions';
function OverflowErrorT(): PyType {
  return OverflowError;
}
function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}
function floatHex(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  if (!Number.isFinite(x)) return x !== x ? 'nan' : x > 0 ? 'inf' : '-inf';
  const sign = x < 0 ? '-' : '';
  let m = Math.abs(x);
  let e = 0;
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  let frac = m - 1;
  let hex = '';
  for (let i = 0; i < 13; i++) {
    frac *= 16;
    const d = Math.floor(frac);
    hex += d.toString(16);
    frac -= d;
  }
  return `${sign}0x1.${hex}p${e >= 0 ? '+' : ''}${e}`;
}
function parseHexFloat(s: string): number {
  const m = /^\s*([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?\s*$/i.exec(s);
  if (!m) throw pyErr(ValueError, 'invalid hexadecimal floating-point string');
  let v = parseInt(m[2] || '0', 16);
  const frac = m[3] ?? '';
  for (let i = 0; i < frac.length; i++) v += parseInt(frac[i], 16) / 16 ** (i + 1);
  v *= 2 ** Number(m[4] ?? 0);
  return m[1] === '-' ? -v : v;
}

function intToBytes(a: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const v = BigInt(num(a[0]));
  const length = toIndex(a[1] ?? kw?.get('length') ?? 1);
  const order = (a[2] ?? kw?.get('byteorder') ?? 'big') as string;
  const signed = kw?.get('signed') === true;
  let x = v;
  if (x < 0n) {
    if (!signed) throw pyErr(OverflowError, "can't convert negative int to unsigned");
    x += 1n << BigInt(length * 8);
  }
  const out: number[] = [];
  for (let i = 0; i < length; i++) {
    out.push(Number(x & 0xffn));
    x >>= 8n;
  }
  if (x !== 0n) throw pyErr(OverflowError, 'int too big to convert');
  if (order === 'big') out.reverse();
  return bytesMaker(new Uint8Array(out));
}
let bytesMaker: (b: Uint8Array) => PyObject = () => None;
export function setBytesMaker(f: (b: Uint8Array) => PyObject): void {
  bytesMaker = f;
}

export { PyDictView, methodArity, PyObj };
import { frameType } from '../interpreter/traceback-object';
function frameTypeRef(): PyType {
  return frameType;
}
