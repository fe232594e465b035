import { TraceLog } from '../../trace/trace-log';
import type { PythonModel } from '../cost';
import { Scheduler } from '../scheduler';
import type { RunOutcome, SchedulerOptions } from '../scheduler';
import { FakeThread } from './fake-thread';
import type { FakeScript } from './fake-thread';

export interface FakeRun {
  sched: Scheduler;
  outcome: RunOutcome;
  trace: TraceLog;
  threads: FakeThread[];
}

/**
 * Runs scripted threads: the first is the main thread, the others are started by it at
 * time 0. Each script gets the scheduler (to call the sync API as natives would).
 */
export function runFake(
  model: PythonModel,
  scripts: ((s: Scheduler) => FakeScript)[],
  opts: Omit<SchedulerOptions, 'model' | 'trace'> & { daemon?: boolean[] } = {},
): FakeRun {
  const trace = new TraceLog();
  const sched = new Scheduler({ ...opts, model, trace });
  const every = model === '3.9';
  const threads = scripts.map((mk) => new FakeThread(mk(sched), every));
  threads.forEach((t, i) =>
    sched.spawn(t, { name: i === 0 ? 'MainThread' : `Thread-${i}`, daemon: opts.daemon?.[i] ?? false }),
  );
  const outcome = sched.run();
  return { sched, outcome, trace, threads };
}
