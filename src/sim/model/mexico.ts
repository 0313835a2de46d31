// Mexico: Central Americans crossing the country (Mexican immigration checks, bribes, kidnapping),
// migrants waiting in border cities (kidnapping for ransom, deceptive recruitment into venues that
// have vacancies), and Mexican raids on venues, whose victims go to Mexican authorities.
import { roundStochastic } from '../engine/rng';
import { CONSTANTS } from './constants';
import { drawAt } from '../engine/crn';
import { Exit, Form, Origin, MigrantState, VenueMarket } from './enums';
import { F32, getF32, getI32, getU8, I32, setF32, U8 } from './record';
import { Stream } from './streams';
import type { SimState } from './state';
import { countDraws, entityKey, pickVenue, personKey, subKey } from './draws';
import { exitMigrant, followVictim, moveTo, record, scheduleWake, workersOf } from './population';
import { holdVictim } from './employers';
import { handleDetectedVictim, openCase } from './justice';
import { mexicoVacancies } from './venues';

const K = CONSTANTS;

function kidnapRisk(st: SimState, id: number): number {
  const p = st.params;
  const crime = p['context.organizedCrime'];
  const corruption = p['corruption.mexico'];
  return (
    K.KIDNAP_RISK.value *
    (crime / K.REFERENCE_ORGANIZED_CRIME.value) *
    (K.KIDNAP_CORRUPTION_BASE.value + corruption) *
    (getU8(st.migrants, id, U8.Origin) === Origin.CentralAmerica ? K.CENTRAL_AMERICAN_KIDNAP.value : 1)
  );
}

/** Kidnaps a person for ransom, if the risk comes up. Returns true if it did. */
function maybeKidnap(st: SimState, id: number): boolean {
  if (drawAt(personKey(st, Stream.MexicoKidnap, id), 0) >= kidnapRisk(st, id)) return false;
  st.tally.kidnappings++;
  moveTo(st, id, MigrantState.Kidnapped);
  followVictim(st, id);
  record(st, id, { kind: 'kidnapped' });
  return true;
}

/** A Central American crossing Mexico: checks, bribes, kidnapping, and arrival at the border. */
/** Draws of a month crossing Mexico, by purpose (fixed indices: no branch shifts a later one). */
const enum TransitDraw {
  Stopped = 0,
  Bribe = 1,
  Retry = 2,
  HomeMonths = 3,
  Arrival = 4,
}

export function travelThroughMexico(st: SimState, id: number): void {
  if (maybeKidnap(st, id)) return;
  const key = personKey(st, Stream.MexicoTransit, id);
  if (drawAt(key, TransitDraw.Stopped) < K.TRANSIT_STOP.value) {
    if (drawAt(key, TransitDraw.Bribe) < st.params['corruption.mexico']) {
      st.tally.bribes++;
    } else {
      record(st, id, { kind: 'stopped_in_mexico' });
      if (drawAt(key, TransitDraw.Retry) < K.TRANSIT_DEPORTED_RETRY.value) {
        moveTo(st, id, MigrantState.AtHome);
        scheduleWake(
          st,
          id,
          K.TRANSIT_DEPORTED_WAIT_MIN_MONTHS.value +
            Math.floor(drawAt(key, TransitDraw.HomeMonths) * K.TRANSIT_DEPORTED_WAIT_SPREAD_MONTHS.value),
        );
      } else {
        st.tally.trips_abandoned++;
        exitMigrant(st, id, Exit.Deported);
      }
      return;
    }
  }
  if (st.tick > getI32(st.migrants, id, I32.Since) && drawAt(key, TransitDraw.Arrival) < K.TRANSIT_ARRIVAL.value) {
    moveTo(st, id, MigrantState.Waiting);
    record(st, id, { kind: 'reached_border_city' });
  }
}

/** Draws of a month in a border city, of a kidnapping's end and of a raid, by purpose. */
const enum BorderDraw {
  Deceived = 0,
  Venue = 1,
}
const enum RansomDraw {
  Paid = 0,
  Sold = 1,
  Venue = 2,
}
const enum RaidDraw {
  Bribe = 0,
  Venue = 1,
}

/** A migrant in a border city: at risk of kidnapping and of deceptive recruitment by venues with
 *  vacancies before they cross. Returns true if they can still cross this month. */
export function waitAtBorder(st: SimState, id: number): boolean {
  if (maybeKidnap(st, id)) return false;
  const a = st.migrants;
  const vulnerable =
    (getU8(a, id, U8.Female) === 1 || getU8(a, id, U8.Minor) === 1) &&
    getF32(a, id, F32.Savings) < K.VULNERABLE_SAVINGS_USD.value &&
    (getU8(a, id, U8.Attempts) > 0 || getU8(a, id, U8.Origin) === Origin.CentralAmerica);
  if (!vulnerable) return true;
  const venues = st.employers.sexMexico;
  const pressure = mexicoVacancies(st) / K.BASELINE_VACANCIES.value;
  const risk =
    K.DECEPTION_RISK.value *
    pressure *
    (K.DECEPTION_CORRUPTION_BASE.value + st.params['corruption.mexico']) *
    (getU8(a, id, U8.Minor) ? K.MINOR_DECEPTION.value : 1);
  const key = personKey(st, Stream.MexicoBorder, id);
  if (venues.length === 0 || drawAt(key, BorderDraw.Deceived) >= risk) return true;
  holdVictim(st, id, pickVenue(st, subKey(key, BorderDraw.Venue), VenueMarket.Mexico), Form.Sexual);
  record(st, id, { kind: 'deceived_at_border' });
  return false;
}

/** The month after a kidnapping: ransom paid by family, or the person is exploited or let go. */
export function resolveKidnapping(st: SimState, id: number): void {
  const a = st.migrants;
  if (st.tick <= getI32(a, id, I32.Since)) return;
  const key = personKey(st, Stream.MexicoRansom, id);
  const paid = drawAt(key, RansomDraw.Paid) < (getU8(a, id, U8.Network) ? K.RANSOM_PAID_NETWORK.value : K.RANSOM_PAID_ALONE.value);
  setF32(a, id, F32.Savings, 0);
  if (paid) {
    moveTo(st, id, MigrantState.Waiting);
    record(st, id, { kind: 'ransom_paid' });
    return;
  }
  const venues = st.employers.sexMexico;
  if (drawAt(key, RansomDraw.Sold) < K.KIDNAP_SOLD.value && venues.length > 0) {
    holdVictim(
      st,
      id,
      pickVenue(st, subKey(key, RansomDraw.Venue), VenueMarket.Mexico),
      getU8(a, id, U8.Female) ? Form.Sexual : Form.Labor,
    );
    return;
  }
  moveTo(st, id, MigrantState.Waiting);
  record(st, id, { kind: 'let_go_by_kidnappers' });
}

/** Mexican police raid venues unless officials are paid off; victims found are handled by Mexican authorities. */
export function raidMexicanVenues(st: SimState): void {
  const corruption = st.params['corruption.mexico'];
  const venues = st.employers.sexMexico;
  const raids = roundStochastic(countDraws(st, Stream.EnforcementRaids, VenueMarket.Mexico), venues.length * K.MEXICO_RAID.value);
  for (let i = 0; i < raids && venues.length > 0; i++) {
    const key = entityKey(st, Stream.EnforcementRaidMexico, i);
    const venue = pickVenue(st, subKey(key, RaidDraw.Venue), VenueMarket.Mexico);
    if (drawAt(key, RaidDraw.Bribe) < corruption) {
      st.tally.bribes_businesses++;
      continue;
    }
    for (const id of workersOf(st, venue)) handleDetectedVictim(st, id, 'mexico');
    // The raid itself is evidence: Mexican prosecutors can take the venue to court.
    openCase(st, 'mexico', 'employer', venue, 0);
  }
}
