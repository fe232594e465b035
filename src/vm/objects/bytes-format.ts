// `bytes % args` (PEP 461): the str %-engine on the latin-1 view, with bytes rules for
// %s/%b (bytes-like or __bytes__ only), %r/%a (ascii repr) and %c (int < 256 or one byte).
import { typeOf, type PyObject, type Gen, CallReq } from './base';
import { percentFormat, type PercentHooks } from './format/percent-format';
import { percentHooks, syncHooks } from './str-format';
import { formatErrorToPy, reprFast } from './repr';
import { asciiOf } from './str-util';
import { PyBytes, latin1, fromLatin1 } from './bytes';
import { pyErr, TypeError, OverflowError } from './exceptions';

function bytesText(v: PyObject): string {
  if (v instanceof PyBytes) return latin1(v.data);
  const m = typeof v === 'object' ? v.cls.lookup('__bytes__') : undefined;
  if (m !== undefined) {
    const r = syncHooks.call(new CallReq(m, [v]));
    if (r instanceof PyBytes) return latin1(r.data);
    throw pyErr(TypeError, `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
  }
  throw pyErr(TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

const hooks: PercentHooks<PyObject> = {
  ...percentHooks,
  // %(name)s looks the name up as bytes
  getItem: (m, k) => percentHooks.getItem(m, new PyBytes(fromLatin1(k)) as unknown as string),
  str: bytesText,
  repr: (v) => asciiOf(reprFast(v) ?? syncHooks.repr(v)),
  ascii: (v) => asciiOf(reprFast(v) ?? syncHooks.repr(v)),
  strValue: (v) => {
    if (v instanceof PyBytes) {
      if (v.data.length === 1) return latin1(v.data);
      throw pyErr(TypeError, '%c requires an integer in range(256) or a single byte');
    }
    if (typeof v === 'number' && (v < 0 || v > 255)) throw pyErr(OverflowError, '%c arg not in range(256)');
    if (typeof v === 'string') throw pyErr(TypeError, '%c requires an integer in range(256) or a single byte');
    return null;
  },
};

// %b is %s for bytes; the engine only knows %s (skip "%%").
const CONV = /%%|%(?:\([^)]*\))?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+)?)?[hlL]?([a-zA-Z])/g;

// eslint-disable-next-line require-yield
export function* bytesPercent(fmt: Uint8Array, args: PyObject): Gen<Uint8Array> {
  const template = latin1(fmt).replace(CONV, (m: string, ch: string | undefined) => (ch === 'b' ? m.slice(0, -1) + 's' : m));
  try {
    return fromLatin1(percentFormat(template, args, hooks));
  } catch (e) {
    throw formatErrorToPy(e);
  }
}
