import { PyObj, builtin, None } from '../../vm/objects/base';
import type { KwArgs, PyObject } from '../../vm/objects/base';
import { PyDict } from '../../vm/objects/dict';
import { PyFloat } from '../../vm/objects/float';
import { PyModule } from '../../vm/objects/module';
import { PyTuple } from '../../vm/objects/tuple';
import { pyErr, RuntimeError, SystemExit, TypeError, ValueError } from '../../vm/objects/exceptions';
import type { ThreadRuntime } from '../runtime';
import { lockType, PyLockObj, rlockType, TIMEOUT_MAX } from './lock-objects';
import { spawnPythonThread } from './spawn';

/**
 * The native `_thread` module (CPython: Modules/_threadmodule.c): threads, Lock, RLock,
 * identities. threading.py builds everything else on these. Underscore extras feed the trace.
 */
export function makeThreadModule(rt: ThreadRuntime): PyModule {
  const g = new PyDict();
  const m = new PyModule('_thread', g);
  const def = (name: string, fn: (args: PyObject[], kw: KwArgs | null) => PyObject) => g.set(name, builtin(name, fn));

  const newLock = (kind: 'lock' | 'rlock', owner: PyObject | undefined): PyLockObj => {
    const partOf = rt.ownerId(owner);
    const lock = rt.sched.createLock(kind, partOf);
    const obj = new PyLockObj(kind === 'lock' ? lockType : rlockType, lock, rt);
    if (partOf === -1) rt.noteCreated(obj, lock.id);
    return obj;
  };

  def('start_new_thread', (args, kw) => {
    const [fn, fargs, fkw] = args;
    if (fn === undefined || fargs === undefined) {
      throw pyErr(TypeError, `start_new_thread expected at least 2 arguments, got ${args.length}`);
    }
    if (!(fargs instanceof PyTuple)) throw pyErr(TypeError, '2nd arg must be a tuple');
    if (fkw !== undefined && fkw !== None && !(fkw instanceof PyDict)) throw pyErr(TypeError, 'optional 3rd arg must be a dictionary');
    const name = kw?.get('_name');
    const daemon = kw?.get('_daemon');
    const rec = spawnPythonThread(rt, fn, fargs.items, fkw instanceof PyDict ? fkw : null, {
      name: typeof name === 'string' ? name : null,
      daemon: daemon === undefined ? true : daemon === true,
    });
    return rec.ident;
  });
  g.set('start_new', g.get('start_new_thread') as PyObject);
  def('allocate_lock', (_a, kw) => newLock('lock', kw?.get('_owner')));
  g.set('allocate', g.get('allocate_lock') as PyObject);
  def('RLock', (_a, kw) => newLock('rlock', kw?.get('_owner')));
  g.set('LockType', lockType);
  g.set('lock', lockType);
  def('get_ident', () => rt.current().ident);
  def('get_native_id', () => 10_000 + rt.current().id * 7 + 3);
  def('_count', () => rt.sched.threads.filter((r) => !r.finished && r.id !== 0).length);
  def('daemon_threads_allowed', () => true);
  def('stack_size', (args) => {
    const size = args[0];
    if (size !== undefined && typeof size === 'number' && size !== 0 && size < 32768) {
      throw pyErr(ValueError, `size not valid: ${size} bytes`);
    }
    return 0;
  });
  g.set('TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));
  g.set('error', RuntimeError);
  def('exit', () => {
    throw pyErr(SystemExit);
  });
  def('_set_sentinel', () => {
    // released by the runtime when the calling thread ends: Thread.join() waits on it
    const rec = rt.current();
    const lock = newLock('lock', rt.interp.modules.get('_thread'));
    rt.label(lock.lock.id, `${rec.name} finishing`);
    const list = rt.sentinels.get(rec.id) ?? [];
    list.push(lock.lock);
    rt.sentinels.set(rec.id, list);
    return lock;
  });
  def('_set_name', (args) => {
    const [ident, name] = args;
    const rec = rt.sched.threads.find((r) => r.ident === ident);
    if (rec && typeof name === 'string' && rec.name !== name) rt.sched.rename(rec, name);
    return None;
  });
  def('_register', (args) => {
    const [obj, kind, owner] = args;
    if (obj instanceof PyObj && typeof kind === 'number') rt.registerObject(obj, kind, owner);
    return None;
  });
  def('_sync', (args) => {
    const [op, obj] = args;
    const id = obj === undefined ? undefined : rt.objectIdOf(obj);
    if (typeof op === 'number' && id !== undefined) rt.sched.syncOp(op, id);
    return None;
  });
  def('_print_exception', (args) => {
    const [exc] = args;
    rt.exceptionEvent(exc);
    // stderr as the interpreter's own stream (a replaced sys.stderr is not honoured yet)
    rt.interp.writeStderr(rt.formatException(exc));
    return None;
  });
  return m;
}
