// Collects the program's writes and sends them in batches: at most one message per frame-ish
// interval or per size step, so `while True: print(1)` cannot flood the page with messages.
import type { OutputChunk } from './api';

export interface BatcherOptions {
  /** Send when this much time has passed since the last send. */
  maxDelayMs: number;
  /** Send when this much text is waiting. */
  maxChars: number;
  /** Stop forwarding (and report truncation) past this much text in one run. */
  limitChars: number;
}

export const DEFAULT_BATCHER_OPTIONS: BatcherOptions = { maxDelayMs: 16, maxChars: 16_384, limitChars: 2_000_000 };

export class OutputBatcher {
  private pending: OutputChunk[] = [];
  private pendingChars = 0;
  private sentChars = 0;
  private lastSend: number;
  /** What the latest send returned: awaiting it means every earlier batch has arrived too. */
  private lastSent: unknown;
  truncated = false;

  constructor(
    /** May return a promise (a comlink call) that settles once the page has the chunks. */
    private readonly send: (chunks: OutputChunk[]) => unknown,
    private readonly now: () => number,
    private readonly options: BatcherOptions = DEFAULT_BATCHER_OPTIONS,
  ) {
    this.lastSend = now();
  }

  write(stream: OutputChunk['stream'], text: string): void {
    if (text === '') return;
    const room = this.options.limitChars - this.sentChars - this.pendingChars;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    if (text.length > room) {
      text = text.slice(0, room);
      this.truncated = true;
    }
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.pendingChars += text.length;
    // stderr is flushed at once: it is rare and usually the last thing a failing run prints.
    if (stream === 'stderr' || this.pendingChars >= this.options.maxChars || this.now() - this.lastSend >= this.options.maxDelayMs) {
      this.flush();
    }
  }

  /** Sends what is waiting; returns the latest send's result (even if nothing was waiting), so
   * awaiting the final flush waits for all output to arrive. */
  flush(): unknown {
    this.lastSend = this.now();
    if (this.pending.length > 0) {
      const chunks = this.pending;
      this.sentChars += this.pendingChars;
      this.pending = [];
      this.pendingChars = 0;
      this.lastSent = this.send(chunks);
    }
    return this.lastSent;
  }
}
