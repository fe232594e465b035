import { builtin, None } from '../../vm/objects/base';
import type { PyObject } from '../../vm/objects/base';
import { float } from '../../vm/objects/float';
import { PyModule } from '../../vm/objects/module';
import { pyErr, ValueError } from '../../vm/objects/exceptions';
import type { ThreadRuntime } from '../runtime';
import { SECOND, toSeconds } from './args';
import { PyConsole } from './console';

/**
 * sys functions whose meaning is the scheduler's: the switch interval and whether the GIL
 * is enabled (False under 3.14t, as on free-threaded CPython).
 */
export function installSysHooks(rt: ThreadRuntime): void {
  const sys = rt.interp.modules.get('sys');
  if (!(sys instanceof PyModule)) return;
  const set = (name: string, fn: (args: PyObject[]) => PyObject) => sys.globals.set(name, builtin(name, fn));
  set('setswitchinterval', (args) => {
    const s = toSeconds(args[0], 'a float');
    if (!(s > 0)) throw pyErr(ValueError, 'switch interval must be strictly positive');
    rt.sched.setSwitchInterval(s * SECOND);
    rt.interp.switchInterval = s;
    return None;
  });
  set('getswitchinterval', () => float(rt.sched.switchIntervalNs / SECOND));
  set('_is_gil_enabled', () => rt.sched.gilEnabled);
  rt.interp.switchInterval = rt.sched.switchIntervalNs / SECOND;
  sys.globals.set('stdout', new PyConsole(rt, 'out'));
  sys.globals.set('stderr', new PyConsole(rt, 'err'));
}
