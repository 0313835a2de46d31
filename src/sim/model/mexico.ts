// Mexico: Central Americans crossing the country (Mexican immigration checks, bribes, kidnapping),
// migrants waiting in border cities (kidnapping for ransom, deceptive recruitment into venues),
// border-city residents recruited to meet sex tourism demand, and Mexican raids on venues.
import { drawPoisson, roundStochastic } from '../engine/rng';
import { Exit, Form, Origin, MigrantState, Plan, type SimState } from './state';
import { exitMigrant, moveTo, record, scheduleWake, spawnMigrant } from './population';
import { holdVictim } from './employers';
import { handleDetectedVictim } from './justice';

/** Monthly chance Mexican immigration authorities stop a Central American in transit. */
const TRANSIT_STOP = 0.1;
/** Monthly kidnapping risk for a migrant in transit or waiting, at the baseline crime level. */
const KIDNAP_RISK = 0.003;
/** Real border-city residents a month recruited into venues at baseline demand (assumption; see docs). */
const LOCAL_RECRUITS_PER_MONTH = 120;
/** Monthly chance a given Mexican venue is raided when no official is bought off. */
const MEXICO_RAID = 0.015;

function kidnapRisk(st: SimState, id: number): number {
  const p = st.params;
  const crime = p['context.organizedCrime'];
  const corruption = p['corruption.mexico'];
  return KIDNAP_RISK * (crime / 0.3) * (0.5 + corruption) * (st.migrants.origin[id] === Origin.CentralAmerica ? 2 : 1);
}

/** Kidnaps a person for ransom, if the risk comes up. Returns true if it did. */
function maybeKidnap(st: SimState, id: number): boolean {
  if (st.rng.mexico() >= kidnapRisk(st, id)) return false;
  st.tally.kidnappings++;
  moveTo(st, id, MigrantState.Kidnapped);
  record(st, id, 'Kidnapped and held for ransom.');
  return true;
}

/** A Central American crossing Mexico: checks, bribes, kidnapping, and arrival at the border. */
export function travelThroughMexico(st: SimState, id: number): void {
  const rng = st.rng.mexico;
  if (maybeKidnap(st, id)) return;
  if (rng() < TRANSIT_STOP) {
    if (rng() < st.params['corruption.mexico']) {
      st.tally.bribes++;
    } else {
      record(st, id, 'Stopped by Mexican immigration and deported to Central America.');
      if (rng() < 0.5) {
        moveTo(st, id, MigrantState.AtHome);
        scheduleWake(st, id, 2 + Math.floor(rng() * 6));
      } else {
        st.tally.trips_abandoned++;
        exitMigrant(st, id, Exit.Deported);
      }
      return;
    }
  }
  if (st.tick > st.migrants.since[id] && rng() < 0.6) {
    moveTo(st, id, MigrantState.Waiting);
    record(st, id, 'Reached a Mexican border city.');
  }
}

/** A migrant in a border city: at risk of kidnapping and of deceptive recruitment before they cross. Returns true if they can still cross this month. */
export function waitAtBorder(st: SimState, id: number): boolean {
  if (maybeKidnap(st, id)) return false;
  const a = st.migrants;
  const vulnerable = (a.female[id] === 1 || a.minor[id] === 1) && a.savings[id] < 300
    && (a.attempts[id] > 0 || a.origin[id] === Origin.CentralAmerica);
  if (!vulnerable) return true;
  const p = st.params;
  const risk = 0.006 * p['context.sexTourismDemand'] * (0.6 + p['corruption.mexico']) * (a.minor[id] ? 1.5 : 1);
  const venues = st.employers.sexMexico;
  if (venues.length === 0 || st.rng.mexico() >= risk) return true;
  holdVictim(st, id, venues[Math.floor(st.rng.mexico() * venues.length)], Form.Sexual);
  record(st, id, 'Recruited with a false job offer in the border city.');
  return false;
}

/** The month after a kidnapping: ransom paid by family, or the person is exploited or let go. */
export function resolveKidnapping(st: SimState, id: number): void {
  const a = st.migrants;
  const rng = st.rng.mexico;
  if (st.tick <= a.since[id]) return;
  const paid = rng() < (a.network[id] ? 0.75 : 0.35);
  a.savings[id] = 0;
  if (paid) {
    moveTo(st, id, MigrantState.Waiting);
    record(st, id, 'Released after family paid a ransom.');
    return;
  }
  const venues = st.employers.sexMexico;
  if (rng() < 0.5 && venues.length > 0) {
    holdVictim(st, id, venues[Math.floor(rng() * venues.length)], a.female[id] ? Form.Sexual : Form.Labor);
    return;
  }
  moveTo(st, id, MigrantState.Waiting);
  record(st, id, 'Let go by the kidnappers with nothing.');
}

/** Venues recruit border-city residents (many of them minors) to meet sex tourism demand. */
export function recruitResidents(st: SimState): void {
  const p = st.params;
  const pop = st.rng.mexico;
  const venues = st.employers.sexMexico;
  if (venues.length === 0) return;
  const mean = LOCAL_RECRUITS_PER_MONTH * p['context.sexTourismDemand'] * (0.6 + p['corruption.mexico']) / st.scale;
  const recruits = drawPoisson(pop, mean);
  for (let i = 0; i < recruits; i++) {
    const id = spawnMigrant(st, {
      state: MigrantState.Waiting, origin: Origin.BorderCityResident, female: pop() < 0.85, minor: pop() < 0.45,
      network: false, plan: Plan.Settler, savings: 0, riskAversion: pop(),
    });
    record(st, id, 'A border-city resident, recruited with a false job offer.');
    holdVictim(st, id, venues[Math.floor(pop() * venues.length)], Form.Sexual);
  }
}

/** Mexican police raid venues unless officials are paid off; victims found are handled by Mexican authorities. */
export function raidMexicanVenues(st: SimState): void {
  const rng = st.rng.enforcement;
  const corruption = st.params['corruption.mexico'];
  const venues = st.employers.sexMexico;
  const raids = roundStochastic(rng, venues.length * MEXICO_RAID);
  for (let i = 0; i < raids; i++) {
    const venue = venues[Math.floor(rng() * venues.length)];
    if (rng() < corruption) {
      st.tally.bribes++;
      continue;
    }
    for (let id = st.employers.head[venue]; id >= 0;) {
      const next = st.migrants.nextWorker[id];
      handleDetectedVictim(st, id, 'mexico');
      id = next;
    }
  }
}
