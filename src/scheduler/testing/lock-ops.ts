import type { Scheduler } from '../scheduler';
import type { SimLock } from '../sync/lock';
import type { FakeStep } from './fake-thread';

/** lock.acquire(blocking, timeout) as a native call inside a fake thread. */
export function* acquire(s: Scheduler, lock: SimLock, blocking = true, timeoutNs = -1): Generator<FakeStep, boolean, unknown> {
  const r = s.lockAcquire(lock, blocking, timeoutNs);
  if (typeof r === 'boolean') {
    yield 'breaker'; // CALL
    return r;
  }
  return (yield { block: r }) as boolean;
}

export function* release(s: Scheduler, lock: SimLock): Generator<FakeStep, string | null, unknown> {
  const err = s.lockRelease(lock);
  yield 'breaker';
  return err;
}
