import { PyObj, None, defineMethods, makeType, objectType } from '../../vm/objects/base';
import type { KwArgs, PyObject } from '../../vm/objects/base';
import { pyErr, OverflowError, RuntimeError, ValueError } from '../../vm/objects/exceptions';
import { hexId } from '../../vm/objects/repr';
import { Suspend } from '../../vm/interpreter/suspend';
import type { SimLock } from '../sync/lock';
import type { ThreadRuntime } from '../runtime';
import { arg, SECOND, toSeconds, truthy } from './args';

/** CPython's PY_TIMEOUT_MAX / 1e6 on 64-bit Linux, as `_thread.TIMEOUT_MAX` shows it. */
export const TIMEOUT_MAX = 9223372036.0;

/** `_thread.lock` and `_thread.RLock` instances: a Python face on a scheduler SimLock. */
export class PyLockObj extends PyObj {
  constructor(
    cls: typeof lockType,
    readonly lock: SimLock,
    readonly runtime: ThreadRuntime,
  ) {
    super(cls);
  }
}

export const lockType = makeType('lock', [objectType], null, '_thread');
export const rlockType = makeType('RLock', [objectType], null, '_thread');

/** acquire(blocking=True, timeout=-1) with CPython's argument checks. */
function acquire(args: PyObject[], kw: KwArgs | null): PyObject | Suspend {
  const self = args[0] as PyLockObj;
  const blocking = truthy(arg(args, kw, 1, 'blocking'), true);
  const t = arg(args, kw, 2, 'timeout');
  const timeout = t === undefined ? -1 : toSeconds(t, 'an integer');
  if (!blocking && timeout !== -1) throw pyErr(ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw pyErr(ValueError, 'timeout value must be positive');
  if (timeout > TIMEOUT_MAX) throw pyErr(OverflowError, 'timeout value is too large');
  self.runtime.refreshLine(self.runtime.current());
  const r = self.runtime.sched.lockAcquire(self.lock, blocking, timeout < 0 ? -1 : Math.round(timeout * SECOND));
  if (typeof r === 'boolean') return r;
  return new Suspend(r);
}

function release(args: PyObject[]): PyObject {
  const self = args[0] as PyLockObj;
  const err = self.runtime.sched.lockRelease(self.lock);
  if (err) throw pyErr(RuntimeError, err);
  return None;
}

const common = {
  acquire,
  release,
  __enter__: acquire,
  __exit__(args: PyObject[]) {
    return release(args);
  },
};

defineMethods(lockType, {
  ...common,
  acquire_lock: acquire,
  release_lock: release,
  locked(args) {
    return (args[0] as PyLockObj).lock.locked;
  },
  locked_lock(args) {
    return (args[0] as PyLockObj).lock.locked;
  },
  __repr__(args) {
    const self = args[0] as PyLockObj;
    return `<${self.lock.locked ? 'locked' : 'unlocked'} _thread.lock object at ${hexId(self)}>`;
  },
});

defineMethods(rlockType, {
  ...common,
  _is_owned(args) {
    const self = args[0] as PyLockObj;
    const me = self.runtime.sched.current;
    return self.lock.locked && me !== null && self.lock.owner === me.id;
  },
  _recursion_count(args) {
    const self = args[0] as PyLockObj;
    const me = self.runtime.sched.current;
    return self.lock.locked && me !== null && self.lock.owner === me.id ? self.lock.count : 0;
  },
  __repr__(args) {
    const self = args[0] as PyLockObj;
    const l = self.lock;
    const owner = l.locked ? self.runtime.sched.threads[l.owner].ident : 0;
    return `<${l.locked ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${l.count} at ${hexId(self)}>`;
  },
});
