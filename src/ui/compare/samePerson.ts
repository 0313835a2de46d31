// The same person under each policy: one followed person's story side by side under every policy of
// the comparison (the same person with the same luck, so what differs is what the policy did), their
// outcome under each, their events lined up month by month and the first month the stories part
// highlighted. A modal dialog, so it is keyboard friendly and fills a projector.
import { alignStories, outcomePhrases, personOutcome, type StoryEvent, type StoryMonth } from '../../sim/story';
import type { PersonView } from '../../sim/view';
import { byId, el } from '../shared/dom';
import { SERIES_COLOURS } from '../../presentation/palette';

/** One policy's answer for a person: their view while in the model (at month `tick` of that run), whether the run
 *  follows them, and their life events. */
export interface PersonStory {
  person: PersonView | null;
  followed: boolean;
  events: StoryEvent[];
  tick: number;
}

/** Where the panel gets its stories. */
export interface StorySource {
  labels(): string[];
  /** A readable name for a person id. */
  nameOf(pid: number): string;
  /** The month every policy has reached ("YYYY-MM"), or null before the first month, and its number. */
  shownMonth(): string | null;
  shownTick(): number;
  story(policy: number, id: number): Promise<PersonStory>;
}

export class SamePersonPanel {
  private readonly dialog = byId<HTMLDialogElement>('person-dialog');
  private readonly body = byId('person-body');
  private readonly source: StorySource;
  private request = 0;
  /** The person shown, while the dialog is open. */
  person: number | null = null;
  /** Called when the dialog closes (to clear map selections). */
  onClose: () => void = () => undefined;

  constructor(source: StorySource) {
    this.source = source;
    byId('person-close').addEventListener('click', () => this.close());
    this.dialog.addEventListener('close', () => {
      this.person = null;
      this.onClose();
    });
  }

  get open(): boolean {
    return this.dialog.open;
  }

  /** Opens the dialog on person `id` (a followed person's id, the same under every policy). */
  async show(id: number): Promise<void> {
    this.person = id;
    const name = this.source.nameOf(id);
    byId('person-title').textContent = `The same person under each policy: ${name}`;
    if (!this.dialog.open) this.dialog.showModal();
    await this.refresh(true);
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  /** Asks every policy for the person's story again (after the run moved on). */
  async refresh(scrollToDifference = false): Promise<void> {
    const id = this.person;
    if (id === null) return;
    const request = ++this.request;
    const labels = this.source.labels();
    const shown = this.source.shownMonth();
    const answers = await Promise.all(labels.map((_, p) => this.source.story(p, id)));
    if (request !== this.request || this.person !== id) return;
    const stories = answers.map((a) => storyUpTo(a, shown));
    // A run that already went past the month shown would describe the person later than their story: say nothing of now.
    const tick = this.source.shownTick();
    this.render(
      labels,
      shown,
      answers.map((a) => (a.tick === tick ? a.person : null)),
      stories,
    );
    if (scrollToDifference) showDifference(this.body);
  }

  private render(labels: string[], shown: string | null, people: (PersonView | null)[], stories: (StoryEvent[] | null)[]): void {
    const { months, divergence } = alignStories(stories);
    const present = stories.filter((s) => s !== null).length;
    this.body.replaceChildren(
      el('p', { class: 'person-lead' }, leadText(shown, present, stories.length, divergence)),
      outcomeColumns(labels, people, stories),
      months.length > 0
        ? storyTable(labels, months, divergence)
        : el('p', { class: 'muted' }, 'No life events recorded yet under any policy.'),
    );
    this.body.dataset.divergence = divergence ?? '';
  }
}

/** Scrolls the months (not the dialog) so the first month that differs is near the top. */
function showDifference(body: HTMLElement): void {
  const scroller = body.querySelector<HTMLElement>('.story-scroll');
  const row = body.querySelector<HTMLElement>('tr.diverge');
  const head = body.querySelector<HTMLElement>('.story-table thead');
  if (scroller && row) scroller.scrollTop = row.offsetTop - (head?.offsetHeight ?? 0);
}

/** A policy's story up to the month shown, or null when the person is not in that run. */
function storyUpTo(answer: PersonStory, shown: string | null): StoryEvent[] | null {
  if (!answer.followed) return null;
  return shown === null ? [] : answer.events.filter((e) => e.date <= shown);
}

function leadText(shown: string | null, present: number, policies: number, divergence: string | null): string {
  const upTo = shown ? `Up to ${shown}. ` : '';
  if (present === 0) return `${upTo}This person is not followed in any of these runs.`;
  if (present === 1) return `${upTo}This person exists under one policy only, so there is nothing to line up.`;
  const same = 'Same person, same luck under every policy: where the stories part, the policy made the difference.';
  const where = divergence
    ? ` The stories are identical until ${divergence}, where they first differ (highlighted).`
    : ' So far the stories are identical under every policy.';
  return `${upTo}${same}${where}${present < policies ? ' Under some policies this person was never created.' : ''}`;
}

/** One column per policy: its label and the person's outcome there, phrases that differ from the first policy marked. */
function outcomeColumns(labels: string[], people: (PersonView | null)[], stories: (StoryEvent[] | null)[]): HTMLElement {
  const reference = stories[0] ? outcomePhrases(personOutcome(stories[0])) : [];
  return el(
    'div',
    { class: 'person-outcomes' },
    ...labels.map((label, p) => {
      const story = stories[p];
      const head = el('h3', {}, el('span', { class: 'policy-swatch', style: `background:${SERIES_COLOURS[p]}` }), label);
      if (!story)
        return el(
          'section',
          { class: 'person-column absent', 'data-policy': p },
          head,
          el('p', {}, 'Not in this run: this person was never created under this policy.'),
        );
      const phrases = outcomePhrases(personOutcome(story));
      const now = people[p] ? el('p', { class: 'person-now' }, `Now: ${people[p]!.now}`) : null;
      return el(
        'section',
        { class: 'person-column', 'data-policy': p },
        head,
        el(
          'ul',
          { class: 'person-outcome' },
          ...phrases.map((phrase) => {
            const differs = p > 0 && stories[0] !== null && !reference.includes(phrase);
            return el(
              'li',
              { class: differs ? 'differs' : undefined },
              phrase,
              differs ? el('span', { class: 'visually-hidden' }, ' (differs from the first policy)') : null,
            );
          }),
        ),
        now,
      );
    }),
  );
}

/** The months with any event, one row each, one column per policy; the first month that differs is marked. */
function storyTable(labels: string[], months: StoryMonth[], divergence: string | null): HTMLElement {
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'Month'),
    ...labels.map((label, p) =>
      el('th', { scope: 'col' }, el('span', { class: 'policy-swatch', style: `background:${SERIES_COLOURS[p]}` }), label),
    ),
  );
  const rows = months.map((m) => {
    const first = m.date === divergence;
    return el(
      'tr',
      { class: first ? 'diverge' : undefined, 'data-month': m.date },
      el('th', { scope: 'row' }, el('time', {}, m.date), first ? el('span', { class: 'diverge-tag' }, 'first difference') : null),
      ...m.lines.map((lines) =>
        el('td', {}, ...(lines === null ? [el('span', { class: 'muted' }, 'not in this run')] : lines.map((text) => el('div', {}, text)))),
      ),
    );
  });
  return el(
    'div',
    { class: 'story-scroll', tabindex: 0, role: 'region', 'aria-label': 'Life events month by month' },
    el('table', { class: 'story-table' }, el('thead', {}, head), el('tbody', {}, ...rows)),
  );
}
