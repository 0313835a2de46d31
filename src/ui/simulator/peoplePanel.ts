// The people panel of the simulator: the map of the followed sample, its legend and caption, the
// "show someone" buttons and the inspector with one person's story, asked from the run's worker.
import type { StoryEvent } from '../../sim/story';
import { SITUATION_LABELS, SITUATIONS, type PersonView, type Situation } from '../../sim/view';
import { MapView } from '../map/mapView';
import { byId, el } from '../shared/dom';
import { formatCount } from '../../presentation/format';
import { SITUATION_COLOURS } from '../../presentation/palette';
import type { PackedAgents } from '../shared/protocol';
import { showPerson } from './inspector';

type History = (id: number) => Promise<{ person: PersonView | null; events: StoryEvent[] }>;

const SHOW_SOMEONE: [string, readonly Situation[]][] = [
  ['in forced labour', ['labour']],
  ['in sexual exploitation', ['sexual']],
  ['held for ransom', ['ransom']],
  ['on the way', ['onTheWay']],
  ['protected', ['protected']],
  ['anyone', SITUATIONS],
];

/** What the dots are: every victim, from the month they were taken, and a sample of everyone else. */
export function followedText(followed: number, asVictims: number, liveAgents: number): string {
  const sampled = followed - asVictims;
  const oneIn = sampled > 0 ? Math.round(liveAgents / sampled) : 0;
  return (
    `Dots: ${formatCount(followed)} people followed out of ${formatCount(liveAgents)} simulated: everyone who has become a victim ` +
    `(followed from the month they were taken; ${formatCount(asVictims)} followed for that reason) and a sample of the others` +
    `${oneIn > 0 ? ` (about 1 in ${formatCount(oneIn)})` : ''}. A dot is one followed person, not a count.`
  );
}

export class PeoplePanel {
  private readonly map = new MapView(byId<HTMLCanvasElement>('map'));
  private readonly person = byId('person');
  private readonly history: History;
  private readonly nameOf: (pid: number) => string;
  private selected: number | null = null;

  /** `history` asks the run for a followed person's view and life events (by person id); `nameOf` names a person id. */
  constructor(history: History, nameOf: (pid: number) => string) {
    this.history = history;
    this.nameOf = nameOf;
    this.map.onPick = (id) => void this.inspect(id);
    byId('show-someone').replaceChildren(
      ...SHOW_SOMEONE.map(([label, situations]) => {
        const button = el('button', { type: 'button', class: 'small' }, label);
        button.addEventListener('click', () => this.showSomeone(label, situations));
        return button;
      }),
    );
    this.renderLegend();
  }

  /** Takes a new sample of the followed people. */
  update(agents: PackedAgents): void {
    this.map.update(agents);
    this.renderLegend();
  }

  /** The caption: how many people the dots are out of how many simulated, each standing for `scale`. */
  renderCaption(liveAgents: number, scale: number): void {
    byId('population').textContent = `${formatCount(liveAgents)} simulated people, each standing for ${formatCount(scale)} real people`;
    byId('map-caption').textContent = followedText(this.map.size, this.map.followedAsVictims, liveAgents);
  }

  /** Reads the selected person's story again (when the run rests). */
  refresh(): void {
    if (this.selected !== null) void this.inspect(this.selected);
  }

  private async inspect(id: number | null): Promise<void> {
    this.selected = id;
    this.map.select(id);
    if (id === null) return;
    const { person, events } = await this.history(id);
    if (this.selected === id) showPerson(this.person, this.nameOf(id), person, events);
  }

  private renderLegend(): void {
    const counts = this.map.situationCounts();
    byId('map-legend').replaceChildren(
      ...SITUATIONS.map((s) =>
        el(
          'li',
          {},
          el('span', { class: 'swatch', style: `background:${SITUATION_COLOURS[s]}` }),
          `${SITUATION_LABELS[s]} (${formatCount(counts[s])})`,
        ),
      ),
    );
  }

  private showSomeone(label: string, situations: readonly Situation[]): void {
    const ids = this.map.idsIn(situations);
    if (ids.length === 0) {
      this.person.replaceChildren(
        el('p', { class: 'muted' }, `Nobody in the sample is ${label} right now. Play on, or try another group.`),
      );
      return;
    }
    void this.inspect(ids[Math.floor(Math.random() * ids.length)]);
  }
}
