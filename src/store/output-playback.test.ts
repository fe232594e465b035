import { describe, expect, it } from 'vitest';
import type { OutputChunk } from '../worker/api';
import { completeTimedOutput, effectiveSpeed, OutputPlayback, type PlaybackClock } from './output-playback';

function fakeClock() {
  let time = 0;
  let pending: (() => void) | null = null;
  const clock: PlaybackClock = {
    now: () => time,
    later(fn) {
      pending = fn;
      return () => (pending = null);
    },
  };
  const advance = (ms: number) => {
    time += ms;
    const fn = pending;
    pending = null;
    fn?.();
  };
  return { clock, advance, hasPending: () => pending !== null };
}

const timed = [
  { t: 0, stream: 'stdout' as const, text: 'Starting\n' },
  { t: 1, stream: 'stdout' as const, text: 'Finished photo\n' },
  { t: 3, stream: 'stdout' as const, text: 'Finished video\n' },
];

describe('OutputPlayback', () => {
  it('shows each write when its virtual time comes, at the chosen speed', () => {
    const { clock, advance } = fakeClock();
    const shown: OutputChunk[] = [];
    let done = false;
    const playback = new OutputPlayback(timed, 3, 2, { output: (c) => shown.push(...c), progress: () => {}, done: () => (done = true) }, clock);
    playback.start();
    expect(shown.map((c) => c.text)).toEqual(['Starting\n']);
    advance(499);
    expect(shown).toHaveLength(1);
    advance(1);
    expect(shown.map((c) => c.text)).toEqual(['Starting\n', 'Finished photo\n']);
    advance(1000);
    expect(shown).toHaveLength(3);
    expect(done).toBe(true);
  });

  it('skip shows the rest at once and ends; cancel ends without showing it', () => {
    const { clock, hasPending } = fakeClock();
    const shown: OutputChunk[] = [];
    const skipped = new OutputPlayback(timed, 3, 1, { output: (c) => shown.push(...c), progress: () => {}, done: () => {} }, clock);
    skipped.start();
    skipped.skip();
    expect(shown).toHaveLength(3);
    expect(hasPending()).toBe(false);

    const hidden: OutputChunk[] = [];
    const cancelled = new OutputPlayback(timed, 3, 1, { output: (c) => hidden.push(...c), progress: () => {}, done: () => {} }, clock);
    cancelled.start();
    cancelled.cancel();
    expect(hidden).toHaveLength(1);
    expect(hasPending()).toBe(false);
  });

  it('speeds long programs up so a replay fits in the limit', () => {
    expect(effectiveSpeed(1, 6)).toBe(1);
    expect(effectiveSpeed(1, 200)).toBe(10);
    expect(effectiveSpeed(16, 200)).toBe(16);
  });
});

describe('completeTimedOutput', () => {
  it('adds output the trace did not capture at the end, and gives up when they disagree', () => {
    expect(completeTimedOutput(timed.slice(0, 1), 'Starting\nmore\n', 'Traceback\n', 5)).toEqual([
      timed[0],
      { t: 5, stream: 'stdout', text: 'more\n' },
      { t: 5, stream: 'stderr', text: 'Traceback\n' },
    ]);
    expect(completeTimedOutput(timed, 'something else\n', '', 3)).toBeNull();
  });
});
