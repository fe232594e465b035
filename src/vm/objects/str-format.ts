// `str % args`: the numerics engine (format/percent-format.ts) with hooks onto our objects.
// The engine is synchronous, so user __str__/__repr__ run on a nested loop (syncHooks).
import { typeOf, type PyObject, type Gen } from './base';
import { PyTuple } from './tuple';
import { PyDict } from './dict';
import { PyFloat } from './float';
import { percentFormat, type PercentHooks } from './format/percent-format';
import { strAscii } from './format/string-repr';
import { asciiOf } from './str-util';
import { reprFast, formatErrorToPy } from './repr';
import { getItem } from './sequence';
import { CallReq } from './base';

/** Installed by the interpreter: run a str()/repr()/call synchronously. */
export const syncHooks = {
  str: (_v: PyObject): string => '',
  repr: (_v: PyObject): string => '',
  call: (_r: CallReq): PyObject => _r.fn,
  toInt: (_v: PyObject): number | bigint | null => null,
  toFloat: (_v: PyObject): number | null => null,
};

export const percentHooks: PercentHooks<PyObject> = {
  tupleItems: (a) => (a instanceof PyTuple ? a.items : null),
  isMapping: (a) => typeof a === 'object' && !(a instanceof PyTuple) && (a instanceof PyDict || typeOf(a).lookup('__getitem__') !== undefined),
  getItem: (m, k) => {
    const r = getItem(m, k);
    return r instanceof CallReq ? syncHooks.call(r) : r;
  },
  str: (v) => (typeof v === 'string' ? v : syncHooks.str(v)),
  repr: (v) => reprFast(v) ?? syncHooks.repr(v),
  ascii: (v) => (typeof v === 'string' ? strAscii(v) : asciiOf(reprFast(v) ?? syncHooks.repr(v))),
  exactInt: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : null),
  toInt: (v) => {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof PyFloat) {
      if (!Number.isFinite(v.value)) return syncHooks.toInt(v);
      const t = Math.trunc(v.value);
      return Number.isSafeInteger(t) ? t : BigInt(t);
    }
    return syncHooks.toInt(v);
  },
  toIndex: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : null),
  toFloat: (v) => {
    if (v instanceof PyFloat) return v.value;
    if (typeof v === 'number') return v;
    if (typeof v === 'bigint') return Number(v);
    if (typeof v === 'boolean') return v ? 1 : 0;
    return syncHooks.toFloat(v);
  },
  strValue: (v) => (typeof v === 'string' ? v : null),
  typeName: (v) => typeOf(v).name,
};

// eslint-disable-next-line require-yield
export function* strMod(fmt: string, args: PyObject): Gen<string> {
  try {
    return percentFormat(fmt, args, percentHooks);
  } catch (e) {
    throw formatErrorToPy(e);
  }
}
