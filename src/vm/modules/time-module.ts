// `time` for single-threaded VM runs (the scheduler installs its own over the virtual clock):
// a private virtual clock advanced by sleep(), and the calendar functions in UTC.
import { makeType, None, builtin, type PyObject, type PyType } from '../objects/base';
import { PyTuple, tupleType } from '../objects/tuple';
import { PyFloat } from '../objects/float';
import { pyErr, TypeError, ValueError, OverflowError } from '../objects/exceptions';
import { defineGetSets } from '../objects/function';
import { defineMethods } from '../objects/base';
import { normInt } from '../objects/base';
import { defineNativeModule } from './registry';
import { makeModule } from './native-modules';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const structTimeType: PyType = makeType('struct_time', [tupleType], (cls) => new PyTuple([], cls), 'time');
FIELDS.forEach((f, i) => defineGetSets(structTimeType, { [f]: [(o: PyObject) => (o as PyTuple).items[i]] }));
defineGetSets(structTimeType, { tm_zone: [() => 'UTC'], tm_gmtoff: [() => 0] });
defineMethods(structTimeType, {
  __repr__: (a) => `time.struct_time(${FIELDS.map((f, i) => `${f}=${String((a[0] as PyTuple).items[i])}`).join(', ')})`,
});

function seconds(x: PyObject, what = 'an integer or float'): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  if (x instanceof PyFloat) return x.value;
  throw pyErr(TypeError, `'${typeof x === 'string' ? 'str' : (x as { cls: PyType }).cls.name}' object cannot be interpreted as ${what}`);
}

function structTime(secs: number): PyTuple {
  if (!Number.isFinite(secs) || Math.abs(secs) > 1e14) throw pyErr(OverflowError, 'timestamp out of range for platform time_t');
  const d = new Date(Math.floor(secs) * 1000);
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  const wday = (d.getUTCDay() + 6) % 7;
  return new PyTuple([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), wday, yday, 0], structTimeType);
}

function fieldsOf(t: PyObject): number[] {
  if (!(t instanceof PyTuple) || t.items.length !== 9) throw pyErr(TypeError, 'Tuple or struct_time argument required');
  return t.items.map((x) => seconds(x));
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

export function strftime(fmt: string, f: number[]): string {
  const [Y, mo, d, H, Mi, S, wd, yd] = f;
  if (mo < 1 || mo > 12) throw pyErr(ValueError, 'month out of range');
  return fmt.replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case 'Y': return String(Y);
      case 'y': return pad(Y % 100);
      case 'm': return pad(mo);
      case 'd': return pad(d);
      case 'e': return pad(d, 2, ' ');
      case 'H': return pad(H);
      case 'I': return pad(H % 12 === 0 ? 12 : H % 12);
      case 'M': return pad(Mi);
      case 'S': return pad(S);
      case 'p': return H < 12 ? 'AM' : 'PM';
      case 'a': return DAYS[wd].slice(0, 3);
      case 'A': return DAYS[wd];
      case 'b': case 'h': return MONTHS[mo - 1].slice(0, 3);
      case 'B': return MONTHS[mo - 1];
      case 'j': return pad(yd, 3);
      case 'w': return String((wd + 1) % 7);
      case 'u': return String(wd + 1);
      case 'Z': return 'UTC';
      case 'z': return '+0000';
      case 'c': return strftime('%a %b %e %H:%M:%S %Y', f);
      case 'x': case 'D': return strftime('%m/%d/%y', f);
      case 'X': case 'T': return strftime('%H:%M:%S', f);
      case 'F': return strftime('%Y-%m-%d', f);
      case 'R': return strftime('%H:%M', f);
      case '%': return '%';
      default: return all;
    }
  });
}

defineNativeModule('time', () => {
  const start = Date.now() / 1000;
  let virtual = 0;
  const wall = () => start + virtual;
  const F = (x: number) => new PyFloat(x);
  const ns = (s: number) => normInt(BigInt(Math.round(s * 1e9)));
  const secsArg = (a: PyObject[]) => (a[0] === undefined || a[0] === None ? wall() : seconds(a[0]));
  const asc = (f: number[]) => strftime('%a %b %e %H:%M:%S %Y', f);
  const fns: Record<string, (a: PyObject[]) => PyObject> = {
    time: () => F(wall()),
    time_ns: () => ns(wall()),
    perf_counter: () => F(virtual),
    perf_counter_ns: () => ns(virtual),
    monotonic: () => F(virtual),
    monotonic_ns: () => ns(virtual),
    process_time: () => F(virtual),
    process_time_ns: () => ns(virtual),
    thread_time: () => F(virtual),
    sleep: (a) => {
      const s = seconds(a[0]);
      if (Number.isNaN(s)) throw pyErr(ValueError, 'Invalid value NaN (not a number)');
      if (s < 0) throw pyErr(ValueError, 'sleep length must be non-negative');
      virtual += s;
      return None;
    },
    gmtime: (a) => structTime(secsArg(a)),
    localtime: (a) => structTime(secsArg(a)),
    mktime: (a) => {
      const [Y, mo, d, H, Mi, S] = fieldsOf(a[0]);
      return F(Date.UTC(Y, mo - 1, d, H, Mi, S) / 1000);
    },
    strftime: (a) => {
      if (typeof a[0] !== 'string') throw pyErr(TypeError, 'strftime() argument 1 must be str');
      return strftime(a[0], fieldsOf(a[1] === undefined ? structTime(wall()) : a[1]));
    },
    asctime: (a) => asc(fieldsOf(a[0] === undefined ? structTime(wall()) : a[0])),
    ctime: (a) => asc(fieldsOf(structTime(secsArg(a)))),
  };
  const entries: Record<string, PyObject> = { struct_time: structTimeType, timezone: 0, altzone: 0, daylight: 0, tzname: new PyTuple(['UTC', 'UTC']) };
  for (const [k, f] of Object.entries(fns)) entries[k] = builtin(k, f);
  return makeModule('time', entries);
});
