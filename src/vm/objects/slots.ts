// __slots__: each slot name becomes a data descriptor on the class whose values live in a
// per-instance side table; when every Python class in the MRO declares __slots__ (without
// '__dict__'), instances get no __dict__, so assigning any other attribute fails as in CPython.
import { PyObj, PyType, typeOf, type PyObject, type InstanceFactory } from './base';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { PyGetSet } from './function';
import { pyErr, TypeError, AttributeError } from './exceptions';

const slotValues = new WeakMap<object, Map<string, PyObject>>();
/** The factory a slotted class wrapped, so dict-ful subclasses can restore it. */
const unwrapped = new WeakMap<InstanceFactory, InstanceFactory>();

function slotNames(v: PyObject): string[] {
  if (typeof v === 'string') return [v];
  const items = v instanceof PyTuple || v instanceof PyList ? v.items : null;
  if (items === null) throw pyErr(TypeError, `'${typeOf(v).name}' object is not iterable`);
  return items.map((x) => {
    if (typeof x !== 'string') throw pyErr(TypeError, `__slots__ items must be strings, not '${typeOf(x).name}'`);
    return x;
  });
}

function mangle(cls: PyType, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  return '_' + cls.name.replace(/^_+/, '') + name;
}

/** Called by class creation with the namespace's __slots__ (or undefined). */
export function applySlots(t: PyType, slots: PyObject | undefined): void {
  let wantsDict = slots === undefined;
  if (slots !== undefined) {
    for (const raw of slotNames(slots)) {
      if (raw === '__dict__') {
        wantsDict = true;
        continue;
      }
      if (raw === '__weakref__') continue;
      const name = mangle(t, raw);
      if (t.dict!.has(name)) throw pyErr(TypeError, `'${name}' in __slots__ conflicts with class variable`);
      t.dict!.set(name, new PyGetSet(name, (o) => {
        const v = slotValues.get(o as PyObj)?.get(name);
        if (v === undefined) throw pyErr(AttributeError, `'${typeOf(o).name}' object has no attribute '${name}'`);
        return v;
      }, (o, v) => {
        let m = slotValues.get(o as PyObj);
        if (m === undefined) slotValues.set(o as PyObj, (m = new Map()));
        m.set(name, v);
      }));
    }
  }
  // a dict-less instance needs every heap class in the MRO to be slotted
  const dictless = !wantsDict && t.mro.slice(1).every((b) => !b.isHeap || b.slotted === true);
  t.slotted = !wantsDict && dictless;
  const base = t.factory === null ? null : unwrapped.get(t.factory) ?? t.factory;
  if (base === null) return;
  if (t.slotted) {
    const f: InstanceFactory = (cls) => {
      const o = base(cls);
      o.dict = null;
      return o;
    };
    unwrapped.set(f, base);
    t.factory = f;
  } else t.factory = base;
}

declare module './base' {
  interface PyType {
    /** Instances have no __dict__ (__slots__ all the way up). */
    slotted?: boolean;
  }
}
