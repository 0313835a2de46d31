// The comparison's maps: one map of the followed sample per policy, with its colour and key; a
// digit key enlarges one (again, or Esc, to return).
import { MapView } from '../map/mapView';
import { byId, el } from '../shared/dom';
import { SERIES_COLOURS } from '../shared/palette';
import type { PackedAgents } from '../shared/protocol';

export class MapsPanel {
  private readonly container = byId('maps');
  private maps: MapView[] = [];
  /** The latest sample per policy, drawn at the next redraw (not at every arrival: four maps are costly). */
  private pending: (PackedAgents | undefined)[] = [];
  /** The enlarged map's policy index, if any. */
  focused: number | null = null;

  /** One map per policy label. */
  render(labels: readonly string[]): void {
    const cards = labels.map((label, i) => {
      const canvas = el('canvas', { role: 'img', 'aria-label': `Map of a sample of people under ${label}` });
      const card = el('figure', { class: 'map-card', 'data-policy': i },
        el('figcaption', {}, el('span', { class: 'policy-swatch', style: `background:${SERIES_COLOURS[i]}` }), el('kbd', {}, String(i + 1)), ` ${label}`),
        canvas);
      return { card, canvas };
    });
    this.container.replaceChildren(...cards.map((c) => c.card));
    this.maps = cards.map((c) => new MapView(c.canvas));
    this.pending = [];
    this.focus(null);
  }

  /** Keeps a new sample of policy `index`'s followed people for the next redraw. */
  update(index: number, agents: PackedAgents): void {
    this.pending[index] = agents;
  }

  /** Draws the samples that arrived since the last redraw. */
  redraw(): void {
    this.pending.forEach((agents, i) => { if (agents) this.maps[i]?.update(agents); });
    this.pending = [];
  }

  /** Enlarges map `index` (or returns to all maps for null, or when it is already enlarged). */
  focus(index: number | null): void {
    this.focused = index !== null && index < this.maps.length && index !== this.focused ? index : null;
    this.container.dataset.focus = this.focused === null ? '' : String(this.focused);
    document.documentElement.classList.toggle('map-focus', this.focused !== null);
    for (const card of this.container.querySelectorAll<HTMLElement>('.map-card')) card.classList.toggle('focused', card.dataset.policy === String(this.focused));
  }
}
