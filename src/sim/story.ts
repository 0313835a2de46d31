// A followed person's story: each life event told as a sentence, the outcome read from the events'
// kinds (how they crossed, apprehensions, exploitation, identification, how they left), and one person's
// stories under several policies lined up month by month with the first month they differ. Shared by
// the simulator's inspector, the comparison view and `frontera compare --persons`.
import { tickDate } from './engine/calendar';
import { personIdParts } from './engine/crn';
import { sameEvent, type LifeEvent, type LifeEventDetails, type LifeEventKind, type ReleaseReason } from './model/events';
import { PersonSource } from './model/population';
import { Corridor, EmployerType, Exit, EXITS, Form, Mode, Origin, Sector, type SmugglerMode } from './model/enums';

/** A readable name for a person id (pid), from where and when the person came into the model; `start` is the run's first month. */
export function personName(pid: number, start: string): string {
  const { month, cell, index } = personIdParts(pid);
  if (cell === PersonSource.Settled) return `settled person ${index + 1} (in the U.S. at the start)`;
  if (cell === PersonSource.Resident) return `border-city resident ${index + 1} of ${tickDate(start, month)}`;
  return `person ${index + 1} weighing migration in ${tickDate(start, month)}`;
}

/** One event of a followed person's life, with its month ("YYYY-MM"). */
export interface StoryEvent {
  date: string;
  event: LifeEvent;
}

const SECTOR_PLACE: Record<Sector, string> = {
  [Sector.Agriculture]: 'agriculture',
  [Sector.Construction]: 'construction',
  [Sector.Services]: 'services',
  [Sector.Domestic]: 'domestic work',
  [Sector.SexUs]: 'a commercial sex venue (U.S.)',
  [Sector.SexMexico]: 'a venue or criminal group in a Mexican border city',
};
const EMPLOYER_TEXT: Record<EmployerType, string> = {
  [EmployerType.Compliant]: 'compliant employer',
  [EmployerType.Unregulated]: 'off-the-books employer',
  [EmployerType.Coercive]: 'coercive employer',
};
const SMUGGLER_TEXT: Record<SmugglerMode, string> = {
  [Mode.Guide]: 'a community guide',
  [Mode.Professional]: 'a professional smuggling network',
};
const RELEASE_TEXT: Record<ReleaseReason, string> = {
  employer_reformed: 'The employer stopped holding workers; free to leave.',
  business_shut: 'The business was shut down; free to leave.',
  debt_worked_off: 'The debt was counted as worked off; let go.',
  got_away: 'Got away from the exploiters.',
};
const EXIT_SENTENCE: Record<Exit, string> = {
  [Exit.Returned]: 'Went home for good.',
  [Exit.Deported]: 'Deported; did not try again.',
  [Exit.Died]: 'Died while crossing.',
  [Exit.Regularised]: 'Given legal status (regularisation).',
  [Exit.TVisa]: 'Granted a T-visa.',
  [Exit.LocalReleased]: 'Left the venue.',
  [Exit.GaveUp]: 'Gave up and went home.',
  [Exit.DiedInUs]: 'Died in the U.S.',
  [Exit.Adjusted]: 'Adjusted to legal status (a family or employer petition).',
};

/** The sentence that tells each kind of life event. */
const SENTENCES: { [K in LifeEventKind]: (d: LifeEventDetails[K]) => string } = {
  left_home: (d) =>
    d.origin === Origin.CentralAmerica
      ? 'Left Central America, heading north through Mexico.'
      : 'Left home in Mexico for the northern border.',
  visa_entry: () => 'Entered the U.S. legally on a temporary work visa.',
  crossing_alone: () => 'Set out to cross alone.',
  hired_smuggler: (d) => `Hired ${SMUGGLER_TEXT[d.mode]} for USD ${d.feeUsd}${d.owedUsd === null ? '' : `, owing USD ${d.owedUsd}`}.`,
  crossed: (d) =>
    `Crossed into the U.S. through ${d.corridor === Corridor.Remote ? 'a remote corridor' : 'an urban corridor'} (attempt ${d.attempt}).`,
  apprehended: (d) => (d.removed ? 'Apprehended and formally removed.' : 'Apprehended by the Border Patrol and returned to Mexico.'),
  gave_up_after_apprehension: () => 'Gave up after being apprehended and went home.',
  stopped_in_mexico: () => 'Stopped by Mexican immigration and deported to Central America.',
  reached_border_city: () => 'Reached a Mexican border city.',
  kidnapped: () => 'Kidnapped and held for ransom.',
  ransom_paid: () => 'Released after family paid a ransom.',
  let_go_by_kidnappers: () => 'Let go by the kidnappers with nothing.',
  deceived_at_border: () => 'Recruited with a false job offer in the border city.',
  resident_recruited: () => 'A border-city resident, recruited with a false job offer.',
  recruited_into_venue: () => 'Drawn into a venue by a recruiter with the promise of work.',
  handed_over: () => 'The smuggling network sold them, with the debt, to an exploiter.',
  debt_sold: (d) => `The debt was sold on with them: USD ${d.owedUsd} now owed to the exploiter.`,
  hired: (d) => `Hired in ${SECTOR_PLACE[d.sector]} (${EMPLOYER_TEXT[d.employer]}).`,
  held: (d) => `Held in ${d.form === Form.Sexual ? 'sexual exploitation' : 'forced labour'} at ${SECTOR_PLACE[d.sector]}.`,
  released: (d) => RELEASE_TEXT[d.reason],
  employer_closed: () => 'The employer closed; looking for work again.',
  debt_paid: () => 'Paid off the smuggling debt.',
  trip_home_put_off: () => 'Put off a trip home: coming back across would cost too much.',
  went_home_for_season: () => 'Went home for a season.',
  settled: () => 'Decided to stay in the U.S. for good.',
  interior_arrest: () => 'Arrested at home or at work by immigration agents.',
  set_out_again: () => 'Set out north again.',
  worksite_arrest: () => 'Arrested in a worksite inspection and deported.',
  sought_help: () => 'Contacted a hotline or NGO for help.',
  not_recognised: () => 'Found by officers but not recognised as a victim; deported as an immigration offender.',
  identified: (d) =>
    d.cooperating
      ? 'Identified as a trafficking victim; agreed to assist investigators.'
      : 'Identified as a trafficking victim; did not cooperate (fear of deportation or reprisal).',
  t_visa_applied: (d) => (d.continuedPresence ? 'Granted continued presence; applied for a T-visa.' : 'Applied for a T-visa.'),
  continued_presence: () => 'Allowed to stay (continued presence) while the case runs.',
  removed_despite_identified: () => 'Removed from the U.S. despite being identified.',
  identified_in_mexico: () => 'Identified as a victim by Mexican authorities and released.',
  not_recognised_in_mexico: () => 'Detained in a raid in Mexico and released without being recognised as a victim.',
  t_visa_denied: () => 'T-visa denied.',
  debt_voided: () => 'The debt claimed by the exploiters was voided.',
  exited: (d) => EXIT_SENTENCE[d.exit],
};

/** A life event told as a sentence. */
export function tell(event: LifeEvent): string {
  const sentence = SENTENCES[event.kind] as (d: LifeEvent) => string;
  return sentence(event);
}

/** How a person last entered the U.S.: not (yet), on a work visa, alone, with a guide or a network. */
export type CrossingWay = 'none' | 'visa' | 'alone' | 'guide' | 'network';
/** The forms of exploitation a person was held in. */
export type Exploitation = 'none' | 'labour' | 'sexual' | 'labour and sexual';

/** What happened to one person in one run, read from their life events. */
export interface PersonOutcome {
  /** How they last entered the U.S. */
  crossing: CrossingWay;
  /** Entries into the U.S. (irregular crossings and visa entries). */
  entries: number;
  /** Border apprehensions (returned to Mexico or formally removed). */
  apprehensions: number;
  kidnappings: number;
  exploitation: Exploitation;
  /** Identified as a trafficking victim (U.S. or Mexican authorities). */
  identified: boolean;
  /** How they left the model (an exit's machine name, e.g. "returned"), or null while still in it. */
  exit: (typeof EXITS)[Exit]['name'] | null;
}

const SMUGGLER_CROSSING: Record<SmugglerMode, CrossingWay> = { [Mode.Guide]: 'guide', [Mode.Professional]: 'network' };

/** Reads a person's outcome from their life events (in order); events the outcome does not count are skipped. */
export function personOutcome(events: readonly StoryEvent[]): PersonOutcome {
  const o: PersonOutcome = {
    crossing: 'none',
    entries: 0,
    apprehensions: 0,
    kidnappings: 0,
    exploitation: 'none',
    identified: false,
    exit: null,
  };
  let planned: CrossingWay = 'none';
  let labour = false;
  let sexual = false;
  for (const { event } of events) {
    switch (event.kind) {
      case 'crossing_alone':
        planned = 'alone';
        break;
      case 'hired_smuggler':
        planned = SMUGGLER_CROSSING[event.mode];
        break;
      case 'visa_entry':
        [o.crossing, o.entries] = ['visa', o.entries + 1];
        break;
      case 'crossed':
        [o.crossing, o.entries] = [planned, o.entries + 1];
        break;
      case 'apprehended':
        o.apprehensions++;
        break;
      case 'kidnapped':
        o.kidnappings++;
        break;
      case 'held':
        if (event.form === Form.Sexual) sexual = true;
        else labour = true;
        break;
      case 'identified':
      case 'identified_in_mexico':
        o.identified = true;
        break;
      case 'exited':
        o.exit = EXITS[event.exit].name;
        break;
    }
  }
  o.exploitation = labour && sexual ? 'labour and sexual' : labour ? 'labour' : sexual ? 'sexual' : 'none';
  return o;
}

/** Whether the outcome counts as a trafficking victim (held in any form of exploitation). */
export function wasVictim(o: PersonOutcome): boolean {
  return o.exploitation !== 'none';
}

const CROSSING_TEXT: Record<CrossingWay, string> = {
  none: 'did not enter the U.S.',
  visa: 'entered on a work visa',
  alone: 'crossed alone',
  guide: 'crossed with a community guide',
  network: 'crossed with a smuggling network',
};

const EXIT_TEXT: Record<NonNullable<PersonOutcome['exit']>, string> = {
  returned: 'went home for good',
  deported: 'deported',
  died: 'died while crossing',
  regularised: 'given legal status',
  t_visa: 'granted a T-visa',
  local_released: 'left the venue',
  gave_up: 'gave up and went home',
  died_in_us: 'died in the U.S.',
  adjusted: 'adjusted to legal status',
};

/** The outcome in a few plain phrases, e.g. ["crossed alone", "apprehended 2 times", "held in forced labour", "not identified", "still in the model"]. */
export function outcomePhrases(o: PersonOutcome): string[] {
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  return [
    CROSSING_TEXT[o.crossing],
    o.apprehensions > 0 ? `apprehended ${times(o.apprehensions)}` : 'never apprehended',
    ...(o.kidnappings > 0 ? [`kidnapped ${times(o.kidnappings)}`] : []),
    o.exploitation === 'none'
      ? 'not held by an exploiter'
      : `held in ${o.exploitation === 'labour' ? 'forced labour' : o.exploitation === 'sexual' ? 'sexual exploitation' : 'forced labour and sexual exploitation'}`,
    ...(o.exploitation !== 'none' ? [o.identified ? 'identified as a victim' : 'not identified as a victim'] : []),
    o.exit ? EXIT_TEXT[o.exit] : 'still in the model',
  ];
}

/** The first place two stories differ: the month and each side's event there, told (null when that side has none). */
export interface StoryDifference {
  date: string;
  first: string | null;
  second: string | null;
}

/** Where two stories first differ (event by event), or null when one is the other. */
export function firstDifference(a: readonly StoryEvent[], b: readonly StoryEvent[]): StoryDifference | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x && y && x.date === y.date && sameEvent(x.event, y.event)) continue;
    const date = !x ? y.date : !y ? x.date : x.date < y.date ? x.date : y.date;
    return { date, first: x?.date === date ? tell(x.event) : null, second: y?.date === date ? tell(y.event) : null };
  }
  return null;
}

/** One month of a person's stories: each policy's lines that month (null for a policy without the person). */
export interface StoryMonth {
  date: string;
  lines: (string[] | null)[];
}

/** One person's stories under several policies (null: not in that run), lined up by month, with the
 *  first month the stories of the policies that have the person differ (null when they agree). */
export function alignStories(stories: readonly (readonly StoryEvent[] | null)[]): { months: StoryMonth[]; divergence: string | null } {
  const dates = [...new Set(stories.flatMap((s) => s?.map((e) => e.date) ?? []))].sort();
  const months = dates.map((date) => ({
    date,
    lines: stories.map((s) => s?.filter((e) => e.date === date).map((e) => tell(e.event)) ?? null),
  }));
  const present = stories.filter((s): s is readonly StoryEvent[] => s !== null);
  const firsts = present
    .slice(1)
    .map((s) => firstDifference(present[0], s)?.date)
    .filter((d): d is string => d !== undefined);
  return { months, divergence: firsts.length > 0 ? firsts.sort()[0] : null };
}
