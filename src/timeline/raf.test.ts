import { describe, expect, it } from 'vitest';
import { RafScheduler } from './raf';

function fakeFrames() {
  const queue: ((now: number) => void)[] = [];
  let now = 0;
  return {
    raf: (cb: (now: number) => void) => queue.push(cb),
    cancel: () => {},
    /** runs one frame: the callbacks requested before it */
    frame() {
      now += 16;
      for (const cb of queue.splice(0)) cb(now);
    },
    pending: () => queue.length,
  };
}

describe('RafScheduler', () => {
  it('coalesces any number of redraw requests into one draw per frame', () => {
    const f = fakeFrames();
    let draws = 0;
    const s = new RafScheduler(() => draws++, f.raf, f.cancel);
    s.schedule();
    s.schedule();
    s.schedule();
    expect(f.pending()).toBe(1);
    f.frame();
    expect(draws).toBe(1);
    f.frame();
    expect(draws).toBe(1);
  });

  it('runs animations every frame until they finish, drawing once per frame', () => {
    const f = fakeFrames();
    let draws = 0;
    const s = new RafScheduler(() => draws++, f.raf, f.cancel);
    let steps = 0;
    s.animate(() => ++steps < 3);
    s.schedule();
    f.frame();
    f.frame();
    f.frame();
    f.frame();
    expect(steps).toBe(3);
    expect(draws).toBe(3);
  });
});
