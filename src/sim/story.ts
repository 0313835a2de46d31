// A followed person's story read as outcomes (how they crossed, apprehensions, exploitation,
// identification, how they left), and one person's stories under several policies lined up month by
// month with the first month they differ. Shared by the comparison view and `frontera compare --persons`.
import { tickDate } from './engine/calendar';
import { personIdParts } from './engine/crn';
import { PersonSource } from './model/population';
import { EXITS, type Exit } from './model/state';

/** A readable name for a person id (pid), from where and when the person came into the model; `start` is the run's first month. */
export function personName(pid: number, start: string): string {
  const { month, cell, index } = personIdParts(pid);
  if (cell === PersonSource.Settled) return `settled person ${index + 1} (in the U.S. at the start)`;
  if (cell === PersonSource.Resident) return `border-city resident ${index + 1} of ${tickDate(start, month)}`;
  return `person ${index + 1} weighing migration in ${tickDate(start, month)}`;
}

/** One line of a followed person's life, with its month ("YYYY-MM"). */
export interface StoryEvent { date: string; text: string }

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

/** The kinds of life event an outcome counts; every other line is told but not counted. */
const KINDS = {
  visa: /^Entered the U\.S\. legally/,
  alone: /^Set out to cross alone/,
  guide: /^Hired a community guide/,
  network: /^Hired a professional smuggling network/,
  entered: /^Crossed into the U\.S\./,
  apprehended: /^Apprehended/,
  kidnapped: /^Kidnapped/,
  labour: /^Held in forced labour/,
  sexual: /^Held in sexual exploitation/,
  identified: /^Identified as a (trafficking )?victim/,
} as const;

const EXIT_BY_TEXT = new Map(Object.values(EXITS).map((e) => [e.history as string, e.name]));

/** Reads a person's outcome from their life events (in order). */
export function personOutcome(events: readonly StoryEvent[]): PersonOutcome {
  const o: PersonOutcome = { crossing: 'none', entries: 0, apprehensions: 0, kidnappings: 0, exploitation: 'none', identified: false, exit: null };
  let planned: CrossingWay = 'none';
  let labour = false;
  let sexual = false;
  for (const { text } of events) {
    if (KINDS.alone.test(text)) planned = 'alone';
    else if (KINDS.guide.test(text)) planned = 'guide';
    else if (KINDS.network.test(text)) planned = 'network';
    else if (KINDS.visa.test(text)) [o.crossing, o.entries] = ['visa', o.entries + 1];
    else if (KINDS.entered.test(text)) [o.crossing, o.entries] = [planned, o.entries + 1];
    else if (KINDS.apprehended.test(text)) o.apprehensions++;
    else if (KINDS.kidnapped.test(text)) o.kidnappings++;
    else if (KINDS.labour.test(text)) labour = true;
    else if (KINDS.sexual.test(text)) sexual = true;
    else if (KINDS.identified.test(text)) o.identified = true;
    else o.exit = EXIT_BY_TEXT.get(text) ?? o.exit;
  }
  o.exploitation = labour && sexual ? 'labour and sexual' : labour ? 'labour' : sexual ? 'sexual' : 'none';
  return o;
}

/** Whether the outcome counts as a trafficking victim (held in any form of exploitation). */
export function wasVictim(o: PersonOutcome): boolean {
  return o.exploitation !== 'none';
}

const CROSSING_TEXT: Record<CrossingWay, string> = {
  none: 'did not enter the U.S.', visa: 'entered on a work visa', alone: 'crossed alone',
  guide: 'crossed with a community guide', network: 'crossed with a smuggling network',
};

const EXIT_TEXT: Record<NonNullable<PersonOutcome['exit']>, string> = {
  returned: 'went home for good', deported: 'deported', died: 'died while crossing', regularised: 'given legal status',
  t_visa: 'granted a T-visa', local_released: 'left the venue', gave_up: 'gave up and went home',
};

/** The outcome in a few plain phrases, e.g. ["crossed alone", "apprehended 2 times", "held in forced labour", "not identified", "still in the model"]. */
export function outcomePhrases(o: PersonOutcome): string[] {
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  return [
    CROSSING_TEXT[o.crossing],
    o.apprehensions > 0 ? `apprehended ${times(o.apprehensions)}` : 'never apprehended',
    ...(o.kidnappings > 0 ? [`kidnapped ${times(o.kidnappings)}`] : []),
    o.exploitation === 'none' ? 'not held by an exploiter' : `held in ${o.exploitation === 'labour' ? 'forced labour' : o.exploitation === 'sexual' ? 'sexual exploitation' : 'forced labour and sexual exploitation'}`,
    ...(o.exploitation !== 'none' ? [o.identified ? 'identified as a victim' : 'not identified as a victim'] : []),
    o.exit ? EXIT_TEXT[o.exit] : 'still in the model',
  ];
}

/** The first place two stories differ: the month and each side's line there (null when that side has none). */
export interface StoryDifference { date: string; first: string | null; second: string | null }

/** Where two stories first differ (event by event), or null when one is the other. */
export function firstDifference(a: readonly StoryEvent[], b: readonly StoryEvent[]): StoryDifference | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x && y && x.date === y.date && x.text === y.text) continue;
    const date = !x ? y.date : !y ? x.date : x.date < y.date ? x.date : y.date;
    return { date, first: x?.date === date ? x.text : null, second: y?.date === date ? y.text : null };
  }
  return null;
}

/** One month of a person's stories: each policy's lines that month (null for a policy without the person). */
export interface StoryMonth { date: string; lines: (string[] | null)[] }

/** One person's stories under several policies (null: not in that run), lined up by month, with the
 *  first month the stories of the policies that have the person differ (null when they agree). */
export function alignStories(stories: readonly (readonly StoryEvent[] | null)[]): { months: StoryMonth[]; divergence: string | null } {
  const dates = [...new Set(stories.flatMap((s) => s?.map((e) => e.date) ?? []))].sort();
  const months = dates.map((date) => ({ date, lines: stories.map((s) => s?.filter((e) => e.date === date).map((e) => e.text) ?? null) }));
  const present = stories.filter((s): s is readonly StoryEvent[] => s !== null);
  const firsts = present.slice(1).map((s) => firstDifference(present[0], s)?.date).filter((d): d is string => d !== undefined);
  return { months, divergence: firsts.length > 0 ? firsts.sort()[0] : null };
}
