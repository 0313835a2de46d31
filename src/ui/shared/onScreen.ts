// Drawing only what can be seen while a run plays: Chart.js lays out and draws a chart whether or not
// it is on screen, so views with many charts leave those off screen (scrolled away or hidden) stale
// and draw each when it comes into view, when the run rests, or before an export.

/** Items this close to the viewport count as on screen, so scrolling rarely reveals a stale one. */
const MARGIN = '200px';

export class OnScreenDrawer<T> {
  private readonly visible = new Set<T>();
  private readonly stale = new Set<T>();
  private readonly items: readonly T[];
  private readonly drawItem: (item: T) => void;

  /** `elementOf` gives the element whose visibility decides; `drawItem` brings an item up to date. */
  constructor(items: readonly T[], elementOf: (item: T) => Element, drawItem: (item: T) => void) {
    this.items = items;
    this.drawItem = drawItem;
    const byElement = new Map(items.map((item) => [elementOf(item), item]));
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const item = byElement.get(entry.target)!;
          if (!entry.isIntersecting) this.visible.delete(item);
          else {
            this.visible.add(item);
            if (this.stale.has(item)) this.drawOne(item);
          }
        }
      },
      { rootMargin: MARGIN },
    );
    for (const element of byElement.keys()) observer.observe(element);
  }

  /** Draws every item, or with `onScreenOnly` only those on screen (the others become stale). */
  draw(onScreenOnly: boolean): void {
    for (const item of this.items) {
      if (onScreenOnly && !this.visible.has(item)) this.stale.add(item);
      else this.drawOne(item);
    }
  }

  /** Draws the items left stale (before exporting them). */
  catchUp(): void {
    for (const item of [...this.stale]) this.drawOne(item);
  }

  private drawOne(item: T): void {
    this.stale.delete(item);
    this.drawItem(item);
  }
}
