import { describe, expect, it } from 'vitest';
import type { RuntimeApi } from './api';
import { WorkerPool, type PooledWorker } from './worker-pool';

function fakeSpawner() {
  const spawned: { terminated: boolean; warmed: boolean }[] = [];
  const spawn = (): PooledWorker => {
    const state = { terminated: false, warmed: false };
    spawned.push(state);
    const worker = { terminate: () => (state.terminated = true) } as unknown as Worker;
    const api = { ready: async () => ((state.warmed = true), true) } as unknown as PooledWorker['api'] & RuntimeApi;
    return { worker, api } as PooledWorker;
  };
  return { spawn, spawned };
}

describe('WorkerPool', () => {
  it('warms one worker and lends it to the first run', async () => {
    const { spawn, spawned } = fakeSpawner();
    const pool = new WorkerPool(2, spawn);
    pool.warmUp();
    pool.warmUp();
    expect(spawned).toHaveLength(1);
    await Promise.resolve();
    expect(spawned[0].warmed).toBe(true);
    await pool.acquire();
    expect(spawned).toHaveLength(1);
  });

  it('shares at most `max` workers between playgrounds; a third run waits for one', async () => {
    const { spawn, spawned } = fakeSpawner();
    const pool = new WorkerPool(2, spawn);
    const a = await pool.acquire();
    await pool.acquire();
    let third: PooledWorker | null = null;
    void pool.acquire().then((w) => (third = w));
    await Promise.resolve();
    expect(third).toBeNull();
    pool.release(a);
    await Promise.resolve();
    expect(third).toBe(a);
    expect(spawned).toHaveLength(2);
  });

  it('replaces a terminated worker for whoever waits', async () => {
    const { spawn, spawned } = fakeSpawner();
    const pool = new WorkerPool(1, spawn);
    const a = await pool.acquire();
    const next = pool.acquire();
    pool.discard(a);
    expect(spawned[0].terminated).toBe(true);
    expect(await next).not.toBe(a);
    expect(pool.size).toBe(1);
  });
});
