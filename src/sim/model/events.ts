// The life events the model records for followed people: a kind and its typed details. The model
// records kinds only; sentences are written where a story is told (sim/story.ts), and outcomes are read from kinds.
import type { Corridor, EmployerType, Exit, Form, Origin, Sector, SmugglerMode } from './enums';

/** Why an exploiter stopped holding someone, other than identification. */
export type ReleaseReason = 'employer_reformed' | 'business_shut' | 'debt_worked_off' | 'got_away';

type NoDetails = Record<never, never>;

/** Each kind of life event and its details. Details hold exactly what the story tells (amounts in whole
 *  dollars), so two events are the same event when their kind and details are equal. */
export interface LifeEventDetails {
  /** Set out from home (Central America or Mexico). */
  left_home: { origin: Origin };
  /** Entered the U.S. on a temporary work visa. */
  visa_entry: NoDetails;
  crossing_alone: NoDetails;
  /** Hired a guide or network; `owedUsd` is null when nothing is owed. */
  hired_smuggler: { mode: SmugglerMode; feeUsd: number; owedUsd: number | null };
  /** An irregular entry into the U.S. */
  crossed: { corridor: Corridor; attempt: number };
  /** A border apprehension: returned to Mexico, or formally removed. */
  apprehended: { removed: boolean };
  gave_up_after_apprehension: NoDetails;
  stopped_in_mexico: NoDetails;
  reached_border_city: NoDetails;
  kidnapped: NoDetails;
  ransom_paid: NoDetails;
  let_go_by_kidnappers: NoDetails;
  /** Recruited with a false job offer while waiting in a border city. */
  deceived_at_border: NoDetails;
  /** A border-city resident recruited into a venue. */
  resident_recruited: NoDetails;
  /** Drawn into a U.S. venue by a recruiter or an acquaintance while looking for work. */
  recruited_into_venue: NoDetails;
  /** Handed over by the smuggling network to pay off the debt. */
  handed_over: NoDetails;
  debt_sold: { owedUsd: number };
  hired: { sector: Sector; employer: EmployerType };
  /** The start of a trafficking situation. */
  held: { form: Form; sector: Sector };
  released: { reason: ReleaseReason };
  employer_closed: NoDetails;
  debt_paid: NoDetails;
  trip_home_put_off: NoDetails;
  went_home_for_season: NoDetails;
  /** A sojourner decided to stay in the U.S. for good (model/outflows). */
  settled: NoDetails;
  /** Arrested at home or at work by ICE (an interior removal). */
  interior_arrest: NoDetails;
  set_out_again: NoDetails;
  worksite_arrest: NoDetails;
  /** Contacted a hotline or NGO. */
  sought_help: NoDetails;
  /** Found by U.S. officers and deported without being recognised as a victim. */
  not_recognised: NoDetails;
  /** Identified as a trafficking victim in the U.S. */
  identified: { cooperating: boolean };
  t_visa_applied: { continuedPresence: boolean };
  continued_presence: NoDetails;
  removed_despite_identified: NoDetails;
  identified_in_mexico: NoDetails;
  not_recognised_in_mexico: NoDetails;
  t_visa_denied: NoDetails;
  debt_voided: NoDetails;
  /** Left the model for good. */
  exited: { exit: Exit };
}

export type LifeEventKind = keyof LifeEventDetails;

/** One life event: its kind and that kind's details. */
export type LifeEvent = { [K in LifeEventKind]: { kind: K } & LifeEventDetails[K] }[LifeEventKind];

/** A life event in the month (tick) it happened. */
export interface HistoryEvent {
  tick: number;
  event: LifeEvent;
}

/** Whether two life events are the same: same kind and details. */
export function sameEvent(a: LifeEvent, b: LifeEvent): boolean {
  const x: Readonly<Record<string, unknown>> = a;
  const y: Readonly<Record<string, unknown>> = b;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}
