// The person inspector: a tracked person's attributes and plain-language history, fetched from the
// worker when a dot is clicked or a "show someone" button is pressed.
import { tell, type StoryEvent } from '../../sim/story';
import type { PersonView } from '../../sim/view';
import { formatCount } from '../../presentation/format';
import { el, setChildren } from '../shared/dom';

/** Renders one person into the inspector. */
export function showPerson(container: HTMLElement, name: string, person: PersonView | null, events: StoryEvent[]): void {
  const title = name[0].toUpperCase() + name.slice(1);
  if (!person) {
    setChildren(
      container,
      el('p', { class: 'muted' }, `${title} is no longer followed: they have left the model (went home for good, were deported, or died).`),
    );
    return;
  }
  const facts: [string, string][] = [
    ['Now', person.now],
    ['From', person.from],
    ['Person', `${person.female ? 'woman' : 'man'}${person.minor ? ' (under 18)' : ''}`],
    ['Travelled', person.travelled],
    ['Sector', person.sector],
    ['Smuggling debt', person.debt > 0 ? `USD ${formatCount(person.debt)}` : 'none'],
  ];
  const list = events.length
    ? el('ol', { class: 'history' }, ...events.map((e) => el('li', {}, el('time', {}, e.date), ' ', tell(e.event))))
    : el('p', { class: 'muted' }, 'Already in the U.S. when the run began; no events recorded yet.');
  setChildren(
    container,
    el('h3', {}, title),
    el('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('h4', {}, 'Life events'),
    list,
  );
}
