// Commercial sex venues as a market, in the U.S. and in Mexico's border cities: each country's
// demand pays for a number of venues, each venue weighs its takings against its costs and the
// expected cost of raids and convictions; venues open while it pays and close when it does not,
// and convicted venues close at once. Border-city venues recruit residents to fill vacancies.
import { drawPoisson } from '../engine/rng';
import { CONSTANTS } from './constants';
import { EmployerType, Form, Origin, MigrantState, VENUE_MARKETS, VENUE_SECTOR, VenueMarket, type SimState } from './state';
import { personIdFor, PersonSource, record, spawnMigrant, workersOf, joinEmployer } from './population';
import { holdVictim, openEmployer, shutEmployer } from './employers';
import { openVenues, profitableVenues } from './deterrence';

const K = CONSTANTS;

/** Each month venues open while more would pay, and the least viable close when fewer would. */
export function updateVenueMarkets(st: SimState): void {
  const rng = st.rng.mexico;
  for (const market of VENUE_MARKETS) {
    const open = openVenues(st, market);
    const gap = profitableVenues(st, market) - open.length;
    const moves = drawPoisson(rng, Math.abs(gap) * K.VENUE_ENTRY_RATE.value);
    for (let i = 0; i < moves; i++) {
      if (gap > 0) openVenue(st, market);
      else if (open.length > 0) closeUnprofitableVenue(st, market, open[Math.floor(rng() * open.length)]);
    }
  }
}

function openVenue(st: SimState, market: VenueMarket): void {
  const store = st.employers;
  const slot = store.closed.find((e) => store.sector[e] === VENUE_SECTOR[market] && store.reopenTick[e] < 0);
  if (slot !== undefined) openEmployer(st, slot, EmployerType.Coercive);
}

/** A venue that no longer pays closes; its owners move the people they hold to a venue still open. */
function closeUnprofitableVenue(st: SimState, market: VenueMarket, venue: number): void {
  const open = openVenues(st, market);
  if (open.length > 1) {
    for (const id of workersOf(st, venue)) {
      let next = venue;
      while (next === venue) next = open[Math.floor(st.rng.mexico() * open.length)];
      joinEmployer(st, id, next);
    }
  }
  shutEmployer(st, venue);
}

/** Real people a border-city venue still seeks to hold. */
export function mexicoVacancies(st: SimState): number {
  const held = st.stateCounts[MigrantState.ExploitedMexico] * st.scale;
  return Math.max(0, st.employers.sexMexico.length * K.VENUE_WORKERS_MEXICO.value - held);
}

/** Border-city venues fill vacancies by recruiting residents (many of them minors) with false job offers. */
export function recruitResidents(st: SimState): void {
  // The exposure behind the local incidence rate: a month of the border cities' population (agent units).
  st.tally.border_city_resident_years += K.BORDER_CITY_POPULATION.value / 12 / st.scale;
  const pop = st.rng.mexico;
  const venues = st.employers.sexMexico;
  if (venues.length === 0) return;
  const recruits = drawPoisson(pop, mexicoVacancies(st) * K.RESIDENT_RECRUITMENT.value / st.scale);
  for (let i = 0; i < recruits; i++) {
    const id = spawnMigrant(st, {
      state: MigrantState.Waiting, origin: Origin.BorderCityResident, female: pop() < K.RESIDENT_FEMALE_SHARE.value, minor: pop() < K.RESIDENT_MINOR_SHARE.value,
      network: false, plan: 0, savings: 0, riskAversion: pop(),
    }, personIdFor(st, PersonSource.Resident, i));
    record(st, id, 'A border-city resident, recruited with a false job offer.');
    holdVictim(st, id, venues[Math.floor(pop() * venues.length)], Form.Sexual);
  }
}
