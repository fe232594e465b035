// The one owner of requestAnimationFrame for the timeline: any number of redraw requests and
// per-frame animations within a frame cost one callback (Perfetto's raf_scheduler idea).

export class RafScheduler {
  private pending = 0;
  private readonly animations = new Set<(now: number) => boolean>();

  constructor(
    private readonly draw: () => void,
    private readonly raf: (cb: (now: number) => void) => number = (cb) => requestAnimationFrame(cb),
    private readonly cancel: (id: number) => void = (id) => cancelAnimationFrame(id),
  ) {}

  /** Draw at the next frame (coalesced). */
  schedule(): void {
    if (this.pending === 0) this.pending = this.raf(this.frame);
  }

  /** Runs `step` every frame until it returns false. */
  animate(step: (now: number) => boolean): () => void {
    this.animations.add(step);
    this.schedule();
    return () => this.animations.delete(step);
  }

  dispose(): void {
    if (this.pending) this.cancel(this.pending);
    this.pending = 0;
    this.animations.clear();
  }

  private frame = (now: number): void => {
    this.pending = 0;
    for (const step of [...this.animations]) if (!step(now)) this.animations.delete(step);
    this.draw();
    if (this.animations.size > 0) this.schedule();
  };
}
