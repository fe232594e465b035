import { makeType, objectType, PyObj, None, defineMethods, typeOf } from '../../vm/objects/base';
import type { PyObject } from '../../vm/objects/base';
import { defineGetSets } from '../../vm/objects/function';
import { pyErr, TypeError } from '../../vm/objects/exceptions';
import { Suspend } from '../../vm/interpreter/suspend';
import type { ThreadRuntime } from '../runtime';

/**
 * sys.stdout / sys.stderr of a threaded run: a line-buffered terminal. Writing a line is a
 * blocking write() that releases the GIL for the time the console takes (Scheduler.consoleWriteNs),
 * as CPython's does on a tty; the text itself appears at once.
 */
export const consoleType = makeType('TextIOWrapper', [objectType], null, '_io');

export class PyConsole extends PyObj {
  constructor(
    readonly rt: ThreadRuntime,
    readonly stream: 'out' | 'err',
  ) {
    super(consoleType);
  }
}

defineMethods(consoleType, {
  write(args) {
    const self = args[0] as PyConsole;
    const s = args[1];
    if (typeof s !== 'string') throw pyErr(TypeError, `write() argument must be str, not ${typeOf(s).name}`);
    if (self.stream === 'out') self.rt.interp.writeStdout(s);
    else self.rt.interp.writeStderr(s);
    if (!s.includes('\n') || self.rt.sched.current === null) return s.length;
    return new Suspend({ kind: 'io', ns: self.rt.sched.consoleWriteNs(), what: 'console', result: s.length });
  },
  writelines(args) {
    const self = args[0] as PyConsole;
    const lines = args[1];
    if (lines !== undefined && typeof lines === 'object' && 'items' in lines) {
      for (const l of (lines as { items: PyObject[] }).items) {
        if (typeof l !== 'string') continue;
        if (self.stream === 'out') self.rt.interp.writeStdout(l);
        else self.rt.interp.writeStderr(l);
      }
    }
    return None;
  },
  flush() {
    return None;
  },
  isatty() {
    return true;
  },
  fileno(args) {
    return (args[0] as PyConsole).stream === 'out' ? 1 : 2;
  },
  writable() {
    return true;
  },
  readable() {
    return false;
  },
  seekable() {
    return false;
  },
  __repr__(args) {
    const self = args[0] as PyConsole;
    return `<_io.TextIOWrapper name='<std${self.stream}>' mode='w' encoding='utf-8'>`;
  },
});

defineGetSets(consoleType, {
  encoding: [() => 'utf-8'],
  errors: [(o) => ((o as PyConsole).stream === 'out' ? 'strict' : 'backslashreplace')],
  name: [(o) => `<std${(o as PyConsole).stream}>`],
  mode: [() => 'w'],
  closed: [() => false],
  line_buffering: [() => true],
});
