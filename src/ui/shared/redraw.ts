// Redraw scheduling for both pages: while a run plays, views redraw at most once per interval;
// when it rests, at once. Charts are the costly part of a frame, so they never redraw per month.
/** Least time between two redraws while a run plays. */
const REDRAW_MS = 250;

export class RedrawScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastDraw = -Infinity;
  private readonly draw: () => void;

  constructor(draw: () => void) {
    this.draw = draw;
  }

  /** Redraws now when `resting`, else within the interval (one redraw for many requests). */
  request(resting: boolean): void {
    if (resting) return this.now();
    if (this.timer !== undefined) return;
    const wait = Math.max(0, REDRAW_MS - (performance.now() - this.lastDraw));
    this.timer = setTimeout(() => this.now(), wait);
  }

  /** Redraws at once, dropping any pending redraw. */
  now(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastDraw = performance.now();
    this.draw();
  }
}
