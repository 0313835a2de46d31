// The person inspector: a tracked person's attributes and plain-language history, fetched from the
// worker when a dot is clicked or a "show someone" button is pressed.
import { Mode, Origin, MigrantState, SECTOR_NAMES, STATE_NAMES } from '../../sim/model/state';
import type { AgentSnapshot } from '../../sim/run';
import { formatCount } from '../shared/format';
import { el, setChildren } from './dom';

const ORIGIN_TEXT: Record<number, string> = { [Origin.Mexico]: 'Mexico', [Origin.CentralAmerica]: 'Central America', [Origin.BorderCityResident]: 'Mexican border city' };
const MODE_TEXT: Record<number, string> = { [Mode.None]: 'not yet decided', [Mode.Visa]: 'temporary work visa', [Mode.Alone]: 'alone',
  [Mode.Guide]: 'community guide', [Mode.Professional]: 'professional smuggling network' };
const STATE_TEXT: Record<number, string> = {
  [MigrantState.Transit]: 'crossing Mexico', [MigrantState.Waiting]: 'waiting in a border city', [MigrantState.Kidnapped]: 'held for ransom',
  [MigrantState.JobSeeking]: 'in the U.S., looking for work', [MigrantState.Working]: 'in the U.S., working', [MigrantState.LegalWorker]: 'in the U.S. on a work visa',
  [MigrantState.ExploitedUsLabor]: 'held in forced labour (U.S.)', [MigrantState.ExploitedUsSex]: 'held in sexual exploitation (U.S.)',
  [MigrantState.ExploitedMexico]: 'exploited in a Mexican border city', [MigrantState.Protected]: 'identified victim, awaiting a T-visa decision', [MigrantState.AtHome]: 'at home',
};

/** Renders one person into the inspector. */
export function showPerson(container: HTMLElement, id: number, agent: AgentSnapshot | null, events: { date: string; text: string }[]): void {
  if (!agent) {
    setChildren(container, el('p', { class: 'muted' }, `Person ${id} is no longer followed: they have left the model (went home for good, were deported, or died).`));
    return;
  }
  const facts: [string, string][] = [
    ['Now', STATE_TEXT[agent.state] ?? STATE_NAMES[agent.state] ?? 'unknown'],
    ['From', ORIGIN_TEXT[agent.origin] ?? 'unknown'],
    ['Person', `${agent.female ? 'woman' : 'man'}${agent.minor ? ' (under 18)' : ''}`],
    ['Travelled', MODE_TEXT[agent.mode] ?? 'unknown'],
    ['Sector', agent.sector >= 0 ? SECTOR_NAMES[agent.sector] ?? 'unknown' : 'none'],
    ['Smuggling debt', agent.debt > 0 ? `USD ${formatCount(agent.debt)}` : 'none'],
  ];
  const list = events.length
    ? el('ol', { class: 'history' }, ...events.map((e) => el('li', {}, el('time', {}, e.date), ' ', e.text)))
    : el('p', { class: 'muted' }, 'Already in the U.S. when the run began; no events recorded yet.');
  setChildren(container,
    el('h3', {}, `Person ${id}`),
    el('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('h4', {}, 'Life events'),
    list);
}
