// The model's state as plain data: migrants in typed arrays (struct of arrays, indexed by slot),
// employers in typed arrays, smuggling outfits as plain objects, and the month's tallies.
import type { Rng } from '../engine/rng';
import type { Params } from '../params';
import type { Conditions } from './conditions';
import { METRIC_NAMES, type MetricName } from '../metrics';

/** Where a migrant is. Every live migrant is in exactly one of these. */
export enum MigrantState {
  Free = 0, // unused slot
  Transit = 1, // Central American crossing Mexico
  Waiting = 2, // in a Mexican border city, about to cross or retry
  Kidnapped = 3, // held for ransom
  JobSeeking = 4, // in the U.S., looking for work
  Working = 5, // in the U.S., working freely (unauthorized)
  LegalWorker = 6, // in the U.S. on a temporary work visa
  ExploitedUsLabor = 7,
  ExploitedUsSex = 8,
  ExploitedMexico = 9, // held in a Mexican border city (form in victimForm)
  Protected = 10, // identified victim waiting for a T-visa decision
  AtHome = 11, // back home, planning to try again
}
export const LIVE_STATES = 11;
export const STATE_NAMES = ['free', 'transit', 'waiting', 'kidnapped', 'job_seeking', 'working', 'legal_worker',
  'exploited_us_labor', 'exploited_us_sex', 'exploited_mexico', 'protected', 'at_home'] as const;

/** Ways a migrant leaves the model; each is tallied so people are conserved. */
export enum Exit {
  Returned = 0, Deported = 1, Died = 2, Regularised = 3, TVisa = 4, LocalReleased = 5, GaveUp = 6,
}
export const EXIT_NAMES = ['returned', 'deported', 'died', 'regularised', 't_visa', 'local_released', 'gave_up'] as const;

export enum Origin { Mexico = 0, CentralAmerica = 1, BorderCityResident = 2 }
export enum Mode { None = 0, Visa = 1, Alone = 2, Guide = 3, Professional = 4 }
export enum Corridor { Urban = 0, Remote = 1 }
export enum Form { None = 0, Labor = 1, Sexual = 2 }
export enum Plan { Settler = 0, Sojourner = 1 }

export enum EmployerType { Compliant = 0, Unregulated = 1, Coercive = 2 }
export enum Sector { Agriculture = 0, Construction = 1, Services = 2, Domestic = 3, SexUs = 4, SexMexico = 5 }
export const SECTOR_NAMES = ['agriculture', 'construction', 'services', 'domestic work', 'commercial sex (U.S.)', 'commercial sex (Mexico)'] as const;

/** Struct-of-arrays store of migrants; grows by doubling. Fields are assigned explicitly so the
 *  object keeps one fast shape (computed keys would push V8 into slow dictionary mode). */
export class MigrantStore {
  capacity: number;
  state: Uint8Array;
  origin: Uint8Array;
  female: Uint8Array;
  minor: Uint8Array;
  network: Uint8Array;
  plan: Uint8Array;
  mode: Uint8Array;
  corridor: Uint8Array;
  form: Uint8Array;
  attempts: Uint8Array;
  savings: Float32Array;
  debt: Float32Array;
  riskAversion: Float32Array;
  smuggler: Int32Array;
  employer: Int32Array;
  nextWorker: Int32Array;
  prevWorker: Int32Array;
  wakeTick: Int32Array;
  since: Int32Array; // tick the current state began

  constructor(capacity: number) {
    const n = (this.capacity = Math.max(1024, capacity));
    this.state = new Uint8Array(n);
    this.origin = new Uint8Array(n);
    this.female = new Uint8Array(n);
    this.minor = new Uint8Array(n);
    this.network = new Uint8Array(n);
    this.plan = new Uint8Array(n);
    this.mode = new Uint8Array(n);
    this.corridor = new Uint8Array(n);
    this.form = new Uint8Array(n);
    this.attempts = new Uint8Array(n);
    this.savings = new Float32Array(n);
    this.debt = new Float32Array(n);
    this.riskAversion = new Float32Array(n);
    this.smuggler = new Int32Array(n);
    this.employer = new Int32Array(n);
    this.nextWorker = new Int32Array(n);
    this.prevWorker = new Int32Array(n);
    this.wakeTick = new Int32Array(n);
    this.since = new Int32Array(n);
  }

  /** Doubles the capacity, keeping every field. */
  grow(): void {
    const n = (this.capacity *= 2);
    this.state = widen(this.state, new Uint8Array(n));
    this.origin = widen(this.origin, new Uint8Array(n));
    this.female = widen(this.female, new Uint8Array(n));
    this.minor = widen(this.minor, new Uint8Array(n));
    this.network = widen(this.network, new Uint8Array(n));
    this.plan = widen(this.plan, new Uint8Array(n));
    this.mode = widen(this.mode, new Uint8Array(n));
    this.corridor = widen(this.corridor, new Uint8Array(n));
    this.form = widen(this.form, new Uint8Array(n));
    this.attempts = widen(this.attempts, new Uint8Array(n));
    this.savings = widen(this.savings, new Float32Array(n));
    this.debt = widen(this.debt, new Float32Array(n));
    this.riskAversion = widen(this.riskAversion, new Float32Array(n));
    this.smuggler = widen(this.smuggler, new Int32Array(n));
    this.employer = widen(this.employer, new Int32Array(n));
    this.nextWorker = widen(this.nextWorker, new Int32Array(n));
    this.prevWorker = widen(this.prevWorker, new Int32Array(n));
    this.wakeTick = widen(this.wakeTick, new Int32Array(n));
    this.since = widen(this.since, new Int32Array(n));
  }
}

function widen<T extends Uint8Array | Float32Array | Int32Array>(old: T, fresh: T): T {
  fresh.set(old as never);
  return fresh;
}

/** Employers (U.S. workplaces and Mexican border-city venues); each stands for `scale` real employers. */
export interface EmployerStore {
  count: number;
  type: Uint8Array;
  sector: Uint8Array;
  head: Int32Array; // first worker in this employer's list, -1 if none
  workers: Int32Array;
  inspectedTick: Int32Array;
  /** Employer ids of each type among U.S. labour employers, for fast random picks. */
  usByType: number[][];
  /** Venue ids (U.S. and Mexico). */
  sexUs: number[];
  sexMexico: number[];
}

/** A smuggling outfit: a community guide or a professional network. */
export interface Outfit {
  id: number;
  professional: boolean;
  exploitative: boolean; // sells indebted clients to exploiters
  active: boolean;
  clientsThisMonth: number;
  clientsLastMonth: number;
}

/** A trafficking case waiting for a prosecutor. */
export interface Case {
  offenderKind: 'employer' | 'outfit';
  offender: number;
  /** Victims who agreed to testify. */
  witnesses: number;
}

export interface Streams {
  population: Rng; migration: Rng; crossing: Rng; smuggling: Rng; employment: Rng;
  enforcement: Rng; justice: Rng; mexico: Rng; setup: Rng;
}

/** One tracked person's life events, for the map's inspector. */
export interface HistoryEvent { tick: number; text: string }

export interface SimState {
  params: Params;
  scale: number;
  tick: number;
  rng: Streams;
  migrants: MigrantStore;
  /** Slots in use: count per live state, and exits by kind (in agents). */
  stateCounts: Int32Array;
  exits: Float64Array;
  created: number;
  freeSlots: number[];
  highWater: number;
  /** Agents processed every month (everything except dormant workers and people at home). */
  active: Int32Array;
  activeCount: number;
  activePos: Int32Array;
  /** Wake-up lists by tick for dormant agents. */
  wakeups: Map<number, number[]>;
  employers: EmployerStore;
  outfits: Outfit[];
  /** Outfits in business: [guides, professionals]. */
  outfitPools: Outfit[][];
  cases: Case[];
  /** Pending T-visa applications by migrant: whether they cooperate. */
  applications: Map<number, boolean>;
  cond: Conditions;
  employersReal: number;
  /** Fractional capacities carried between months (agents). */
  visaBudget: number;
  prosecutionBudget: number;
  investigationBudget: number;
  tVisasThisYear: number;
  inDebt: number;
  /** Women in U.S. unauthorized states (kept exact by moveTo). */
  womenInUs: number;
  debtSum: number;
  debtors: number;
  /** Convictions over the last 12 months, for deterrence (agents), newest last. */
  recentEmployerConvictions: number[];
  recentOutfitConvictions: number[];
  employerConvictionsThisMonth: number;
  outfitConvictionsThisMonth: number;
  /** This month's tallies, in agents (or sums for means), by metric. */
  month: Record<MetricName, number>;
  feeSum: number;
  professionalClients: number;
  departures: number;
  /** Of this month's departures, those who set out with a smuggler. */
  departuresWithSmuggler: number;
  remoteAttempts: number;
  tracked: Map<number, HistoryEvent[]>;
  /** Histories of tracked people who have left the model, oldest first (slot ids may since be reused). */
  finished: { id: number; events: HistoryEvent[] }[];
  trackLimit: number;
}

/** A zeroed tally for one month. */
export function emptyMonth(): Record<MetricName, number> {
  return Object.fromEntries(METRIC_NAMES.map((n) => [n, 0])) as Record<MetricName, number>;
}
