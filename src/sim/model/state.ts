// The model's state as plain data (SimState): migrants in their store of records (record.ts), employers
// in typed arrays, smuggling outfits and court cases as plain objects, the streams and the month's counters.
import type { MonthBuckets } from '../engine/calendar';
import type { CrnStream } from '../engine/crn';
import type { Params } from '../params';
import type { Conditions, JobProspects } from './conditions';
import type { Tally } from '../metrics';
import type { HistoryEvent } from './events';
import type { MigrantStore } from './record';
import type { Streams } from './streams';
import { EMPLOYER_TYPES, EmployerType, Mode, type Plan, VenueMarket, type SmugglerMode } from './enums';

/** Employers (U.S. workplaces and venues in the U.S. and Mexico's border cities), each one real
 *  business whatever the migrants' scale. Venue slots beyond those open are kept closed for entry. */
export interface EmployerStore {
  count: number;
  type: Uint8Array; // EmployerType
  sector: Uint8Array; // Sector
  /** 1 while in business; 0 once closed (convicted, or a venue slot not in use). */
  open: Uint8Array;
  head: Int32Array; // first worker in this employer's list, -1 if none
  workers: Int32Array; // people on the list
  inspectedTick: Int32Array; // tick of the last inspection (NEVER if never)
  /** Last month workers were arrested here in a worksite raid (its workers saw it), NEVER if never. */
  workerRaidTick: Int32Array;
  /** Month a closed workplace reopens under a new owner, -1 if none is due. */
  reopenTick: Int32Array;
  /** Position of each employer in the list it is on (by type, venue, or closed). */
  listPos: Int32Array;
  /** Open U.S. labour employers of each type, for fast random picks. */
  usByType: Record<EmployerType, number[]>;
  /** Open venues (U.S. and Mexico). */
  sexUs: number[];
  sexMexico: number[];
  /** Closed workplaces and venue slots. */
  closed: number[];
}

/** A migrant's group in a community's record of sales: adult men, and women or minors. */
export const enum SaleGroup {
  Man = 0,
  WomanOrMinor = 1,
}

/** The sale of clients across the market: the courts' record and each origin community's record. */
export interface SaleState {
  /** Real people sold by networks in each of the last 12 months, newest last, and this month. */
  recentSales: number[];
  salesThisMonth: number;
  /** Sales heard and clients of networks, by origin (Mexico, Central America) and group (decaying, real people). */
  heard: [[number, number], [number, number]];
  clients: [[number, number], [number, number]];
}

/** A smuggling outfit: a community guide or a professional network. */
export interface Outfit {
  id: number;
  professional: boolean;
  /** Willing to sell indebted clients (it keeps buyers within reach): decided from the payoffs of a sale (sale.ts). */
  exploitative: boolean;
  /** What its owners need a sale to gain before they sell a client (USD; fixed for the outfit). */
  scruple: number;
  /** Its record, as the communities it serves know it (reputation.ts; decaying, real people): sales heard and clients, by origin. */
  salesHeard: [number, number];
  clientsFrom: [number, number];
  /** People it actually sold (decaying like the record, real people), whoever heard. */
  salesMade: number;
  active: boolean;
  /** Real clients taken on this month and last month. */
  clientsThisMonth: number;
  clientsLastMonth: number;
  /** Costs booked this month (USD): attempts, routes, apprehension losses and bribes. */
  costThisMonth: number;
  /** Running (exponentially weighted) costs and clients, whose ratio is the outfit's cost per client. */
  bookedCost: number;
  bookedClients: number;
  /** Margin over cost per client; rises when the outfit is full, falls when it has room. */
  markup: number;
  /** Fee quoted to new clients (USD). */
  fee: number;
}

/** A trafficking case against one identifiable offender, waiting for a prosecutor in one country. */
export interface Case {
  offenderKind: 'employer' | 'outfit';
  offender: number;
  /** Victims who agreed to testify (agents). */
  witnesses: number;
  /** Month the case was opened; cases nobody takes up go stale. */
  opened: number;
  /** The case's place among cases with as many witnesses (a uniform fixed by the case, so an extra case
   *  under one policy displaces only the cases ranked below it). */
  priority: number;
}

/** A followed person: the slot they live in now and their life events. */
/** One followed person: their slot, life events, and whether they are followed only because they became
 *  a victim (from that month on), outside the sample that the cap bounds. */
export interface FollowedPerson {
  slot: number;
  events: HistoryEvent[];
  asVictim?: boolean;
}

export interface SimState {
  /** Levers in force this month (the timeline changes them between months). */
  params: Params;
  /** Real people per agent. */
  scale: number;
  /** Months since the first recorded month (negative during warm-up). */
  tick: number;
  /** The run's named random streams (setup draws no policy changes). */
  rng: Streams;
  /** The run's common-random-number streams, by Stream. */
  crn: CrnStream[];
  /** Each stream's key for the current month, by Stream (model/draws keyMonth). */
  crnMonth: Int32Array;
  /** Every migrant slot, live or free. */
  migrants: MigrantStore;
  /** Live agents per MigrantState (index = state). */
  stateCounts: Int32Array;
  /** Agents who left the model, per Exit (index = exit). */
  exits: Float64Array;
  /** Agents ever created (conservation: created = live + exited). */
  created: number;
  /** Slots freed by exits, reused before the store grows. */
  freeSlots: number[];
  /** Slots ever used: the next new slot when none is free. */
  highWater: number;
  /** Agents processed every month (everything except dormant workers and people at home), densely packed. */
  active: Int32Array;
  /** Entries in use at the front of `active`. */
  activeCount: number;
  /** Each active slot's position in `active` (stale for other slots: only read for active ones). */
  activePos: Int32Array;
  /** Wake-up lists by month (tick) for dormant agents. */
  wakeups: MonthBuckets;
  /** U.S. employers and the venues in both countries. */
  employers: EmployerStore;
  /** Every smuggling outfit ever created (id = index), including those out of business. */
  outfits: Outfit[];
  /** Outfits in business, by the kind of smuggling they offer. */
  outfitPools: Record<SmugglerMode, Outfit[]>;
  /** Every outfit ever set up, by kind, in the order they were set up (for picks that keep to the same outfit). */
  outfitsEver: Record<SmugglerMode, Outfit[]>;
  /** Trafficking cases waiting for a prosecutor in the U.S. and in Mexico, most witnesses first. */
  cases: Case[];
  casesMexico: Case[];
  /** Pending T-visa applications by migrant: whether they cooperate. */
  applications: Map<number, boolean>;
  /** What this month's policies mean on the ground (worked out at the start of each month). */
  cond: Conditions;
  /** What the weighing of a stay reads from this month's conditions (model/outflows stayTerms). */
  stayTerms: StayTerms;
  /** Real U.S. employers of unauthorized workers (for the inspection rate). */
  employersReal: number;
  /** Work visas available but not yet issued (agents; fractions carry between months). */
  visaBudget: number;
  /** Prosecutions U.S. attorneys can still take on (cases; fractions carry between months). */
  prosecutionBudget: number;
  prosecutionBudgetMexico: number;
  /** Continued-presence grants left this year (real people). */
  continuedPresenceLeft: number;
  /** Workplace investigations still to run (fractions carry between months). */
  investigationBudget: number;
  /** T-visas granted since January (agents), against the yearly cap. */
  tVisasThisYear: number;
  /** Migrants who owe a smuggler (kept exact by setDebt). */
  inDebt: number;
  /** Women in U.S. unauthorized states (kept exact by moveTo). */
  womenInUs: number;
  /** Employer convictions in each of the last 12 months, for deterrence (agents), newest last. */
  recentEmployerConvictions: number[];
  /** The market for people sold by networks (sale.ts, reputation.ts). */
  sale: SaleState;
  /** Smuggling-outfit convictions in each of the last 12 months, newest last. */
  recentOutfitConvictions: number[];
  /** This month's employer convictions, pushed onto the recent list at the end of the month. */
  employerConvictionsThisMonth: number;
  /** This month's outfit convictions, likewise. */
  outfitConvictionsThisMonth: number;
  /** Convictions of venues over the last 12 months by market (U.S., Mexico), newest last. */
  recentVenueConvictions: Record<VenueMarket, number[]>;
  venueConvictionsThisMonth: Record<VenueMarket, number>;
  /** Workers arrested in worksite raids in each of the last 12 months (real people): what others hear of. */
  recentWorkerArrests: number[];
  workerArrestsThisMonth: number;
  /** This month's counters (agents, or USD sums), one per counted metric; zeroed at the start of every month. */
  tally: Tally;
  /** Apprehension odds of each mode as recent crossers report them (what migrants know). */
  knownApprehension: Record<Mode, number>;
  /** Job prospects in the U.S. as the news carries them (what potential migrants without contacts know). */
  knownJobs: JobProspects;
  /** Cost per client (USD) on the books of each kind of outfit, from which fees are set. */
  smugglingCostPerClient: Record<SmugglerMode, number>;
  /** Life histories of the followed sample, by person id (pid): chosen by a hash of the pid, so every
   *  policy run on a seed follows the same people. */
  tracked: Map<number, FollowedPerson>;
  /** Histories of tracked people who have left the model, oldest first (`id` is the slot they had, since maybe reused). */
  finished: { id: number; pid: number; events: HistoryEvent[]; asVictim?: boolean }[];
  /** How many people of the sample to follow at most (people followed as victims come on top). */
  trackLimit: number;
  /** People followed now because they became a victim (not counted against trackLimit). */
  followedAsVictims: number;
  /** Share of new people (departures, recruited residents) and of the settled population at the start who are followed. */
  followShare: { newcomers: number; settled: number };
  /** Candidates to follow a month (expected), so the newcomers followed over the run stay within their part of
   *  trackLimit; the share of each month's candidates follows from it (set in considerMigration). */
  followedPerMonth: number;
}

/** What the weighing of a stay reads from this month's conditions, the same for everyone (worked out once a month):
 *  the earnings ratio the unauthorized find, and for each plan the value of the stay under way and the net value of
 *  each way back across as a linear function of risk aversion (crossingValue is linear in it). */
export interface StayTerms {
  earningsRatio: number;
  stay: Record<Plan, number>;
  /** Per plan, per way back across (alone, guide, professional): value at no risk aversion, and its loss per unit of it. */
  back: Record<Plan, { alone: [number, number]; guide: [number, number]; professional: [number, number] }>;
}

/** U.S. labour employers of every type, in type order. */
export function allUsEmployers(store: EmployerStore): number[] {
  return EMPLOYER_TYPES.flatMap((type) => store.usByType[type]);
}

/** How many U.S. labour employers there are, of every type. */
export function countUsEmployers(store: EmployerStore): number {
  return EMPLOYER_TYPES.reduce((sum, type) => sum + store.usByType[type].length, 0);
}
