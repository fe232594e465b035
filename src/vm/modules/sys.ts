// The sys module.
import { toIndex } from '../objects/argparse';
import { frameAt } from './sys-frame';
import { builtin, None, makeType, defineMethods, type PyObject } from '../objects/base';
import { tupleType } from '../objects/tuple';
import { defineGetSets } from '../objects/function';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyFloat } from '../objects/float';
import { PyModule } from '../objects/module';
import { pyErr, SystemExit, ValueError, TypeError, RecursionError } from '../objects/exceptions';
import type { Interpreter } from '../interpreter/interpreter';
import { PyFile } from './io';
import { PyExc } from '../objects/exceptions';

export function makeSys(interp: Interpreter): PyModule {
  const g = new PyDict();
  const m = new PyModule('sys', g);
  g.set('__name__', 'sys');
  g.set('argv', new PyList(interp.argv.slice()));
  g.set('stdout', new PyFile(interp, '<stdout>', 'w', '', undefined, 'stdout'));
  g.set('stderr', new PyFile(interp, '<stderr>', 'w', '', undefined, 'stderr'));
  g.set('stdin', new PyFile(interp, '<stdin>', 'r', '', undefined, 'stdin'));
  g.set('__stdout__', g.get('stdout')!);
  g.set('__stderr__', g.get('stderr')!);
  g.set('version', '3.12.1 (main, Interleave) [TypeScript]');
  const viType = makeType('version_info', [tupleType], null, 'sys');
  viType.isHeap = false;
  defineGetSets(viType, {
    major: [(o) => (o as PyTuple).items[0]],
    minor: [(o) => (o as PyTuple).items[1]],
    micro: [(o) => (o as PyTuple).items[2]],
    releaselevel: [(o) => (o as PyTuple).items[3]],
    serial: [(o) => (o as PyTuple).items[4]],
  });
  defineMethods(viType, {
    __repr__: (a) => {
      const it = (a[0] as PyTuple).items;
      return `sys.version_info(major=${String(it[0])}, minor=${String(it[1])}, micro=${String(it[2])}, releaselevel='${String(it[3])}', serial=${String(it[4])})`;
    },
  });
  const vi = new PyTuple([3, 12, 1, 'final', 0], viType);
  g.set('version_info', vi);
  g.set('hexversion', 0x030c01f0);
  g.set('platform', 'linux');
  g.set('byteorder', 'little');
  g.set('maxsize', 9223372036854775807n);
  g.set('executable', '/usr/bin/python3');
  g.set('path', new PyList(['']));
  g.set('implementation', None);
  g.set('modules', interp.sysModules);
  const fiType = makeType('float_info', [tupleType], null, 'sys');
  const fiNames = ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'];
  const fiValues: PyObject[] = [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1];
  defineGetSets(fiType, Object.fromEntries(fiNames.map((n, i) => [n, [(o: PyObject) => (o as PyTuple).items[i]]])));
  g.set('float_info', new PyTuple(fiValues, fiType));
  g.set('exit', builtin('exit', (a) => {
    throw a.length ? pyErr(SystemExit, a[0]) : pyErr(SystemExit);
  }));
  g.set('getrecursionlimit', builtin('getrecursionlimit', () => interp.recursionLimit));
  g.set('setrecursionlimit', builtin('setrecursionlimit', (a) => {
    const n = a[0];
    if (typeof n !== 'number') throw pyErr(TypeError, "'float' object cannot be interpreted as an integer");
    if (n < 1) throw pyErr(ValueError, 'recursion limit must be greater or equal than 1');
    const t = interp.currentThread;
    if (t && t.depth >= n) {
      throw pyErr(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${t.depth}: the limit is too low`);
    }
    interp.recursionLimit = n;
    return None;
  }));
  g.set('getswitchinterval', builtin('getswitchinterval', () => new PyFloat(interp.switchInterval)));
  g.set('setswitchinterval', builtin('setswitchinterval', (a) => {
    const v = a[0];
    const x = v instanceof PyFloat ? v.value : typeof v === 'number' ? v : NaN;
    if (!(x > 0)) throw pyErr(ValueError, 'switch interval must be strictly positive');
    interp.switchInterval = x;
    return None;
  }));
  g.set('exc_info', builtin('exc_info', () => {
    const e = interp.currentThread?.excInfo ?? null;
    return e === null ? new PyTuple([None, None, None]) : new PyTuple([e.cls, e, interp.makeTraceback(e)]);
  }));
  g.set('exception', builtin('exception', () => interp.currentThread?.excInfo ?? None));
  g.set('getsizeof', builtin('getsizeof', () => 64));
  g.set('intern', builtin('intern', (a) => a[0]));
  g.set('_getframe', builtin('_getframe', (a) => frameAt(interp.currentThread?.currentFrame() ?? null, a[0] === undefined ? 0 : toIndex(a[0]))));
  g.set('set_int_max_str_digits', builtin('set_int_max_str_digits', () => None));
  g.set('get_int_max_str_digits', builtin('get_int_max_str_digits', () => 4300));
  g.set('getdefaultencoding', builtin('getdefaultencoding', () => 'utf-8'));
  g.set('_is_gil_enabled', builtin('_is_gil_enabled', () => true));
  g.set('flags', None);
  void PyExc;
  return m as PyModule & { sysDict?: PyObject };
}
