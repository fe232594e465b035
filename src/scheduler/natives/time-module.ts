import { builtin, defineMethods, makeType, None } from '../../vm/objects/base';
import type { KwArgs, PyObject } from '../../vm/objects/base';
import { PyDict } from '../../vm/objects/dict';
import { float } from '../../vm/objects/float';
import { defineGetSets } from '../../vm/objects/function';
import { PyModule } from '../../vm/objects/module';
import { PyTuple, tupleType } from '../../vm/objects/tuple';
import { pyErr, TypeError, ValueError } from '../../vm/objects/exceptions';
import { Suspend } from '../../vm/interpreter/suspend';
import type { ThreadRuntime } from '../runtime';
import { SECOND, toSeconds } from './args';

/** The simulated wall clock starts at this moment (UTC), the same for every run. */
export const SIMULATED_EPOCH_S = Date.UTC(2025, 5, 2, 9, 30, 0) / 1000;
/** monotonic()/perf_counter() count from an arbitrary boot time, as on Linux. */
const MONOTONIC_BASE_S = 86_421.5;

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const structTimeType = makeType('struct_time', [tupleType], (cls) => new PyTuple([], cls), 'time');
const getsets: Record<string, [(o: PyObject) => PyObject]> = {};
FIELDS.forEach((f, i) => (getsets[f] = [(o) => (o as PyTuple).items[i]]));
getsets.tm_zone = [() => 'UTC'];
getsets.tm_gmtoff = [() => 0];
defineGetSets(structTimeType, getsets);
defineMethods(structTimeType, {
  __repr__(args) {
    const t = args[0] as PyTuple;
    return `time.struct_time(${FIELDS.map((f, i) => `${f}=${String(t.items[i])}`).join(', ')})`;
  },
});

/** UTC broken-down time of `secs` since the epoch (the simulated machine runs on UTC). */
function structTime(secs: number): PyTuple {
  const d = new Date(Math.floor(secs) * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  const wday = (d.getUTCDay() + 6) % 7; // Monday = 0
  return new PyTuple(
    [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), wday, yday, 0],
    structTimeType,
  );
}

function fieldsOf(t: PyObject): number[] {
  if (!(t instanceof PyTuple) || t.items.length !== 9) throw pyErr(TypeError, 'Tuple or struct_time argument required');
  return t.items.map((x) => toSeconds(x));
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

function strftime(fmt: string, f: number[]): string {
  const [Y, mo, d, H, Mi, S, wd, yd] = f;
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
      case 'x': return strftime('%m/%d/%y', f);
      case 'X': case 'T': return strftime('%H:%M:%S', f);
      case 'D': return strftime('%m/%d/%y', f);
      case 'F': return strftime('%Y-%m-%d', f);
      case 'R': return strftime('%H:%M', f);
      case '%': return '%';
      default: return all;
    }
  });
}

/**
 * `time` on the virtual clock: sleep blocks the thread for virtual time (releasing the GIL),
 * the clocks read the scheduler's time, dates start at a fixed simulated moment.
 */
export function makeTimeModule(rt: ThreadRuntime): PyModule {
  const g = new PyDict();
  const m = new PyModule('time', g);
  const def = (name: string, fn: (args: PyObject[], kw: KwArgs | null) => PyObject | Suspend) => g.set(name, builtin(name, fn));
  const nowNs = () => rt.sched.currentTime();
  const wall = () => SIMULATED_EPOCH_S + nowNs() / SECOND;
  const cpuNs = () => rt.sched.threads.reduce((n, r) => n + r.stats.runningNs, 0);
  const secsArg = (args: PyObject[]) => (args[0] === undefined || args[0] === None ? wall() : toSeconds(args[0]));

  def('sleep', (args) => {
    if (args.length !== 1) throw pyErr(TypeError, `time.sleep() takes exactly one argument (${args.length} given)`);
    const s = toSeconds(args[0]);
    if (Number.isNaN(s)) throw pyErr(ValueError, 'Invalid value NaN (not a number)');
    if (s < 0) throw pyErr(ValueError, 'sleep length must be non-negative');
    return new Suspend({ kind: 'sleep', ns: Math.round(s * SECOND) });
  });
  def('time', () => float(wall()));
  def('time_ns', () => normBig(BigInt(SIMULATED_EPOCH_S) * 1_000_000_000n + BigInt(nowNs())));
  def('monotonic', () => float(MONOTONIC_BASE_S + nowNs() / SECOND));
  def('monotonic_ns', () => MONOTONIC_BASE_S * SECOND + nowNs());
  def('perf_counter', () => float(MONOTONIC_BASE_S + nowNs() / SECOND));
  def('perf_counter_ns', () => MONOTONIC_BASE_S * SECOND + nowNs());
  def('process_time', () => float(cpuNs() / SECOND));
  def('process_time_ns', () => cpuNs());
  def('thread_time', () => float(rt.current().stats.runningNs / SECOND));
  def('thread_time_ns', () => rt.current().stats.runningNs);
  def('gmtime', (args) => structTime(secsArg(args)));
  def('localtime', (args) => structTime(secsArg(args)));
  def('mktime', (args) => {
    const [Y, mo, d, H, Mi, S] = fieldsOf(args[0]);
    return float(Date.UTC(Y, mo - 1, d, H, Mi, S) / 1000);
  });
  def('strftime', (args) => {
    const fmt = args[0];
    if (typeof fmt !== 'string') throw pyErr(TypeError, 'strftime() argument 1 must be str');
    const t = args[1] === undefined ? structTime(wall()) : args[1];
    return strftime(fmt, fieldsOf(t));
  });
  def('asctime', (args) => strftime('%a %b %e %H:%M:%S %Y', fieldsOf(args[0] ?? structTime(wall()))));
  def('ctime', (args) => strftime('%a %b %e %H:%M:%S %Y', fieldsOf(structTime(secsArg(args)))));
  g.set('struct_time', structTimeType);
  g.set('timezone', 0);
  g.set('altzone', 0);
  g.set('daylight', 0);
  g.set('tzname', new PyTuple(['UTC', 'UTC']));
  return m;
}

function normBig(b: bigint): number | bigint {
  return b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}
