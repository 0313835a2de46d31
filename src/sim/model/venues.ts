// Commercial sex venues as a market, in the U.S. and in Mexico's border cities: each country's
// demand pays for a number of venues, each venue weighs its takings against its costs and the
// expected cost of raids and convictions; venues open while it pays and close when it does not,
// and convicted venues close at once. Border-city venues recruit residents to fill vacancies.
import { drawPoisson } from '../engine/rng';
import { drawAt, drawKey } from '../engine/crn';
import { countDraws, entityKey, pickVenue, personKey, subKey } from './draws';
import { CONSTANTS } from './constants';
import { EmployerType, Form, Origin, MigrantState, VENUE_MARKETS, VENUE_SECTOR, VenueMarket } from './enums';
import { getU8, U8 } from './record';
import { Stream } from './streams';
import type { SimState } from './state';
import { isTracked, personIdFor, PersonSource, record, spawnMigrant, workersOf, joinEmployer } from './population';
import { holdVictim, openEmployer, shutEmployer } from './employers';
import { openVenues, profitableVenues } from './deterrence';
import { BuyerMarket, buyerPlaces, buyerVacancies } from './sale';

const K = CONSTANTS;

/** Each month venues open while more would pay, and the least viable close when fewer would. */
export function updateVenueMarkets(st: SimState): void {
  for (const market of VENUE_MARKETS) {
    const open = openVenues(st, market);
    const gap = profitableVenues(st, market) - open.length;
    const moves = drawPoisson(countDraws(st, Stream.VenuesMarket, market), Math.abs(gap) * K.VENUE_ENTRY_RATE.value);
    for (let i = 0; i < moves; i++) {
      if (gap > 0) openVenue(st, market);
      // The least viable venue: the one that comes first by this month's priority (same under every policy).
      else if (open.length > 0)
        closeUnprofitableVenue(
          st,
          market,
          pickVenue(st, entityKey(st, Stream.VenuesMarket, VENUE_MARKETS.length + market * MOVES_LIMIT + i), market),
        );
    }
  }
}

/** Keys of the month's closing picks in each market sit above the count keys (one per move; far more than a month has). */
const MOVES_LIMIT = 1 << 20;

function openVenue(st: SimState, market: VenueMarket): void {
  const store = st.employers;
  const slot = store.closed.find((e) => store.sector[e] === VENUE_SECTOR[market] && store.reopenTick[e] < 0);
  if (slot !== undefined) openEmployer(st, slot, EmployerType.Coercive);
}

/** A venue that no longer pays closes; its owners move the people they hold to a venue still open. */
function closeUnprofitableVenue(st: SimState, market: VenueMarket, venue: number): void {
  const open = openVenues(st, market);
  if (open.length > 1) {
    for (const id of workersOf(st, venue)) joinEmployer(st, id, pickVenue(st, personKey(st, Stream.VenuesMove, id), market, venue));
  }
  shutEmployer(st, venue);
}

/** Real people a border-city venue still seeks to hold. */
export function mexicoVacancies(st: SimState): number {
  const held = st.stateCounts[MigrantState.ExploitedMexico] * st.scale;
  return Math.max(0, st.employers.sexMexico.length * K.VENUE_WORKERS_MEXICO.value - held);
}

/** Draws of a recruited resident, by purpose. */
const enum ResidentDraw {
  Female = 0,
  Minor = 1,
  Risk = 2,
  Venue = 3,
}

/** Border-city venues fill vacancies by recruiting residents (many of them minors) with false job offers. */
export function recruitResidents(st: SimState): void {
  // The exposure behind the local incidence rate: a month of the border cities' population (agent units).
  st.tally.border_city_resident_years += K.BORDER_CITY_POPULATION.value / 12 / st.scale;
  const venues = st.employers.sexMexico;
  if (venues.length === 0) return;
  const recruits = drawPoisson(countDraws(st, Stream.VenuesRecruits), (mexicoVacancies(st) * K.RESIDENT_RECRUITMENT.value) / st.scale);
  const traits = st.crnMonth[Stream.VenuesResident];
  for (let i = 0; i < recruits; i++) {
    const pid = personIdFor(st, PersonSource.Resident, i);
    const key = drawKey(traits, pid);
    const id = spawnMigrant(
      st,
      {
        state: MigrantState.Waiting,
        origin: Origin.BorderCityResident,
        female: drawAt(key, ResidentDraw.Female) < K.RESIDENT_FEMALE_SHARE.value,
        minor: drawAt(key, ResidentDraw.Minor) < K.RESIDENT_MINOR_SHARE.value,
        network: false,
        plan: 0,
        savings: 0,
        riskAversion: drawAt(key, ResidentDraw.Risk),
      },
      pid,
    );
    record(st, id, { kind: 'resident_recruited' });
    holdVictim(st, id, pickVenue(st, subKey(key, ResidentDraw.Venue), VenueMarket.Mexico), Form.Sexual);
  }
}

/** This month's chance a woman or minor looking for work in the U.S. is drawn into a venue by a recruiter or
 *  an acquaintance: in proportion to the share of the venues' places empty, none when they are full. Set once
 *  a month, so who is drawn in does not depend on the order job seekers are taken in. */
export function usVenueRecruitChance(st: SimState): number {
  const places = buyerPlaces(st, BuyerMarket.Venue);
  const empty = buyerVacancies(st, BuyerMarket.Venue);
  return empty < st.scale ? 0 : (K.US_VENUE_RECRUITING.value * empty) / places;
}

/** Draws of a job seeker's encounter with a venue's recruiter, by purpose. */
const enum RecruitDraw {
  Drawn = 0,
  Venue = 1,
}

/** A woman or minor looking for work in the U.S. may be drawn into a venue (`chance` from usVenueRecruitChance). Returns true if so. */
export function recruitIntoUsVenue(st: SimState, id: number, chance: number): boolean {
  const a = st.migrants;
  if (chance <= 0 || !(getU8(a, id, U8.Female) || getU8(a, id, U8.Minor))) return false;
  const key = personKey(st, Stream.VenuesRecruitUs, id);
  if (drawAt(key, RecruitDraw.Drawn) >= chance) return false;
  const venue = pickVenue(st, subKey(key, RecruitDraw.Venue), VenueMarket.Us);
  if (venue < 0) return false;
  st.tally.us_venue_recruits++;
  if (isTracked(st, id)) record(st, id, { kind: 'recruited_into_venue' });
  holdVictim(st, id, venue, Form.Sexual);
  return true;
}
