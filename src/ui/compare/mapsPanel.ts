// The comparison's maps: one map of the followed sample per policy, with its colour and key; a
// digit key enlarges one (again, or Esc, to return). Clicking a person on any map picks them on all
// (the same person under every policy), and a list offers people whose situation differs now.
import { SITUATION_LABELS, SITUATIONS, type Situation } from '../../sim/view';
import { MapView } from '../map/mapView';
import { byId, el } from '../shared/dom';
import { SERIES_COLOURS } from '../../presentation/palette';
import type { PackedAgents } from '../shared/protocol';

/** People offered in the list of differing situations. */
const DIFFERING_SHOWN = 6;
const TRAFFICKED: readonly Situation[] = ['labour', 'sexual'];

/** A followed person and their situation under each policy (null: not followed there). */
export interface DifferingPerson {
  id: number;
  situations: (Situation | null)[];
}

/** Followed people whose situation differs between policies, those trafficked under some policies but not all first. */
export function differingPeople(samples: readonly (PackedAgents | undefined)[], limit: number): DifferingPerson[] {
  const byPerson = new Map<number, (Situation | null)[]>();
  samples.forEach((agents, p) => {
    for (let i = 0; agents && i < agents.id.length; i++) {
      // The sample only: a person followed because they became a victim is followed under that policy alone.
      if (agents.asVictim[i]) continue;
      const row = byPerson.get(agents.id[i]) ?? samples.map(() => null);
      row[p] = SITUATIONS[agents.situation[i]];
      byPerson.set(agents.id[i], row);
    }
  });
  const people = [...byPerson.entries()]
    .map(([id, situations]) => ({ id, situations }))
    .filter((d) => d.situations.some((s) => s !== d.situations[0]));
  const trafficked = (d: DifferingPerson) => d.situations.some((s) => s !== null && TRAFFICKED.includes(s));
  return [...people.filter(trafficked), ...people.filter((d) => !trafficked(d))].slice(0, limit);
}

export class MapsPanel {
  private readonly container = byId('maps');
  private maps: MapView[] = [];
  /** The latest sample per policy, drawn at the next redraw (not at every arrival: four maps are costly). */
  private pending: (PackedAgents | undefined)[] = [];
  /** The latest sample per policy (for the list of people whose situation differs). */
  private latest: (PackedAgents | undefined)[] = [];
  private labels: readonly string[] = [];
  /** The enlarged map's policy index, if any. */
  focused: number | null = null;
  /** A person was picked on a map or in the list. */
  onPick: (id: number) => void = () => undefined;
  /** A readable name for a person id. */
  nameOf: (pid: number) => string = (pid) => `person ${pid}`;

  /** One map per policy label. */
  render(labels: readonly string[]): void {
    this.labels = labels;
    const cards = labels.map((label, i) => {
      const canvas = el('canvas', { role: 'img', 'aria-label': `Map of a sample of people under ${label}` });
      const card = el(
        'figure',
        { class: 'map-card', 'data-policy': i },
        el(
          'figcaption',
          {},
          el('span', { class: 'policy-swatch', style: `background:${SERIES_COLOURS[i]}` }),
          el('kbd', {}, String(i + 1)),
          ` ${label}`,
        ),
        canvas,
      );
      return { card, canvas };
    });
    this.container.replaceChildren(...cards.map((c) => c.card));
    this.maps = cards.map((c) => new MapView(c.canvas));
    for (const map of this.maps)
      map.onPick = (id) => {
        if (id !== null) this.onPick(id);
      };
    this.pending = [];
    this.latest = [];
    this.renderDiffering();
    this.focus(null);
  }

  /** Rings person `id` on every map (or nobody). */
  select(id: number | null): void {
    for (const map of this.maps) map.select(id);
  }

  /** Lists followed people whose situation differs between policies in the latest samples. */
  renderDiffering(): void {
    const people = differingPeople(this.latest, DIFFERING_SHOWN);
    const list = byId('differing-people');
    list.replaceChildren(
      ...people.map((d) => {
        const text = d.situations
          .map((s, p) => `${this.labels[p]}: ${s ? lowerFirst(SITUATION_LABELS[s]) : 'no longer in the model (or never in it)'}`)
          .join('; ');
        const name = this.nameOf(d.id);
        const button = el('button', { type: 'button', class: 'link-button', 'data-person': d.id }, name[0].toUpperCase() + name.slice(1));
        button.addEventListener('click', () => this.onPick(d.id));
        return el('li', {}, button, `: ${text}`);
      }),
    );
    if (people.length === 0)
      list.append(
        el(
          'li',
          { class: 'muted' },
          this.latest.length
            ? 'None right now: every followed person is in the same situation under each policy.'
            : 'Step or play the comparison first.',
        ),
      );
  }

  /** Keeps a new sample of policy `index`'s followed people for the next redraw. */
  update(index: number, agents: PackedAgents): void {
    this.pending[index] = agents;
    this.latest[index] = agents;
  }

  /** Draws the samples that arrived since the last redraw. */
  redraw(): void {
    this.pending.forEach((agents, i) => {
      if (agents) this.maps[i]?.update(agents);
    });
    this.pending = [];
  }

  /** Enlarges map `index` (or returns to all maps for null, or when it is already enlarged). */
  focus(index: number | null): void {
    this.focused = index !== null && index < this.maps.length && index !== this.focused ? index : null;
    this.container.dataset.focus = this.focused === null ? '' : String(this.focused);
    document.documentElement.classList.toggle('map-focus', this.focused !== null);
    for (const card of this.container.querySelectorAll<HTMLElement>('.map-card'))
      card.classList.toggle('focused', card.dataset.policy === String(this.focused));
  }
}

/** A label inside a sentence: only its first letter lowered, so abbreviations (U.S.) keep their case. */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
