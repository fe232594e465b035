import type { KwArgs, PyObject } from '../../vm/objects/base';
import type { PyDict } from '../../vm/objects/dict';
import type { ThreadRuntime } from '../runtime';
import type { ThreadRecord } from '../thread-record';
import { VmThread } from '../vm-thread';

/** Starts `fn(*args, **kwargs)` as a new Python thread on the scheduler. */
export function spawnPythonThread(
  rt: ThreadRuntime,
  fn: PyObject,
  args: PyObject[],
  kwargs: PyDict | null,
  info: { name: string | null; daemon: boolean },
): ThreadRecord {
  let kw: KwArgs | null = null;
  if (kwargs !== null) {
    kw = new Map();
    for (const [k, v] of kwargs.table.entries()) kw.set(String(k), v);
  }
  const t = rt.interp.newThread(fn, args, kw);
  const rec = rt.sched.spawn(new VmThread(rt, t), { name: info.name ?? `thread ${rt.sched.threads.length}`, daemon: info.daemon });
  t.hostData = rec;
  return rec;
}
