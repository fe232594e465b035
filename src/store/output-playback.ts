// Replays a finished run's output in virtual time, so that "Finished photo.jpg" appears 1 s
// after "Starting", as it would with real CPython. Timers live here, outside React state;
// the console only receives the chunks as they become due.
import type { OutputChunk, TimedOutput } from '../worker/api';

export const PLAYBACK_SPEEDS = ['1', '4', '16', 'instant'] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];
export const DEFAULT_PLAYBACK_SPEED: PlaybackSpeed = '1';
/** A replay never takes longer than this: long programs are sped up to fit. */
export const MAX_REPLAY_SECONDS = 20;

export const isPlaybackSpeed = (v: unknown): v is PlaybackSpeed => typeof v === 'string' && (PLAYBACK_SPEEDS as readonly string[]).includes(v);

/** The speed actually used: the chosen one, or faster when the replay would be too long. */
export function effectiveSpeed(speed: number, virtualSeconds: number): number {
  return Math.max(speed, virtualSeconds / MAX_REPLAY_SECONDS);
}

export interface PlaybackClock {
  now(): number;
  /** Calls fn after roughly one frame; returns a function that cancels it. */
  later(fn: () => void): () => void;
}

const browserClock: PlaybackClock = {
  now: () => performance.now(),
  later(fn) {
    const id = setTimeout(fn, 16);
    return () => clearTimeout(id);
  },
};

export interface PlaybackCallbacks {
  output(chunks: OutputChunk[]): void;
  progress(virtualNow: number): void;
  done(): void;
}

export class OutputPlayback {
  private next = 0;
  private started = 0;
  private cancelTick: (() => void) | null = null;
  private finished = false;

  constructor(
    private readonly timed: TimedOutput[],
    private readonly virtualSeconds: number,
    readonly speed: number,
    private readonly callbacks: PlaybackCallbacks,
    private readonly clock: PlaybackClock = browserClock,
  ) {}

  start(): void {
    this.started = this.clock.now();
    this.tick();
  }

  /** Shows everything that is left at once. */
  skip(): void {
    this.emitUntil(Infinity);
    this.finish();
  }

  /** Stops without showing the rest (a new run replaces this one). */
  cancel(): void {
    this.cancelTick?.();
    this.finished = true;
  }

  private tick = (): void => {
    const virtualNow = ((this.clock.now() - this.started) / 1000) * this.speed;
    this.emitUntil(virtualNow);
    if (this.next >= this.timed.length && virtualNow >= this.virtualSeconds) {
      this.finish();
      return;
    }
    this.callbacks.progress(Math.min(virtualNow, this.virtualSeconds));
    this.cancelTick = this.clock.later(this.tick);
  };

  private emitUntil(virtualNow: number): void {
    const due: OutputChunk[] = [];
    while (this.next < this.timed.length && this.timed[this.next].t <= virtualNow) {
      const { stream, text } = this.timed[this.next++];
      due.push({ stream, text });
    }
    if (due.length > 0) this.callbacks.output(due);
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.cancelTick?.();
    this.callbacks.done();
  }
}

/**
 * The timed writes plus anything the program printed that the trace did not capture (it is
 * added at the end), or null if the two disagree and the output should be shown as it came.
 */
export function completeTimedOutput(timed: TimedOutput[], stdout: string, stderr: string, endTime: number): TimedOutput[] | null {
  const played = { stdout: '', stderr: '' };
  for (const w of timed) played[w.stream] += w.text;
  if (!stdout.startsWith(played.stdout) || !stderr.startsWith(played.stderr)) return null;
  const rest: TimedOutput[] = [];
  if (stdout.length > played.stdout.length) rest.push({ t: endTime, stream: 'stdout', text: stdout.slice(played.stdout.length) });
  if (stderr.length > played.stderr.length) rest.push({ t: endTime, stream: 'stderr', text: stderr.slice(played.stderr.length) });
  return [...timed, ...rest];
}
