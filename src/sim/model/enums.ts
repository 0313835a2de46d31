// The model's enums and the one table per enum that names its values. Tables are keyed by the
// enum (`Record<Enum, ...>`), so a value cannot drift out of line with its name.

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

/** Machine name of each state (population account, tests). */
export const MIGRANT_STATE_NAMES = {
  [MigrantState.Free]: 'free',
  [MigrantState.Transit]: 'transit',
  [MigrantState.Waiting]: 'waiting',
  [MigrantState.Kidnapped]: 'kidnapped',
  [MigrantState.JobSeeking]: 'job_seeking',
  [MigrantState.Working]: 'working',
  [MigrantState.LegalWorker]: 'legal_worker',
  [MigrantState.ExploitedUsLabor]: 'exploited_us_labor',
  [MigrantState.ExploitedUsSex]: 'exploited_us_sex',
  [MigrantState.ExploitedMexico]: 'exploited_mexico',
  [MigrantState.Protected]: 'protected',
  [MigrantState.AtHome]: 'at_home',
} as const satisfies Record<MigrantState, string>;

/** Ways a migrant leaves the model; each is tallied so people are conserved. */
export enum Exit {
  Returned = 0,
  Deported = 1,
  Died = 2,
  Regularised = 3,
  TVisa = 4,
  LocalReleased = 5,
  GaveUp = 6,
  DiedInUs = 7,
  Adjusted = 8,
}

/** Each exit's machine name (population account, persons.csv). */
export const EXITS = {
  [Exit.Returned]: { name: 'returned' },
  [Exit.Deported]: { name: 'deported' },
  [Exit.Died]: { name: 'died' },
  [Exit.Regularised]: { name: 'regularised' },
  [Exit.TVisa]: { name: 't_visa' },
  [Exit.LocalReleased]: { name: 'local_released' },
  [Exit.GaveUp]: { name: 'gave_up' },
  [Exit.DiedInUs]: { name: 'died_in_us' },
  [Exit.Adjusted]: { name: 'adjusted' },
} as const satisfies Record<Exit, { name: string }>;

export enum Origin {
  Mexico = 0,
  CentralAmerica = 1,
  BorderCityResident = 2,
}
/** How a migrant crosses (or entered): no choice yet, a work visa, alone, with a community guide or a professional network. */
export enum Mode {
  None = 0,
  Visa = 1,
  Alone = 2,
  Guide = 3,
  Professional = 4,
}
/** The two kinds of smuggler a migrant can hire. */
export type SmugglerMode = Mode.Guide | Mode.Professional;
export enum Corridor {
  Urban = 0,
  Remote = 1,
}
export enum Form {
  None = 0,
  Labor = 1,
  Sexual = 2,
}
/** Whether a person has decided to stay (settler) or still plans to go home (sojourner): a decision, revised at each review of the stay (model/outflows). */
export enum Plan {
  Settler = 0,
  Sojourner = 1,
}
/** Bits of a person's family ties (U8.Ties). */
export const Tie = { PartnerHere: 1, ChildrenHere: 2, FamilyAtHome: 4 } as const;

export enum EmployerType {
  Compliant = 0,
  Unregulated = 1,
  Coercive = 2,
}
export enum Sector {
  Agriculture = 0,
  Construction = 1,
  Services = 2,
  Domestic = 3,
  SexUs = 4,
  SexMexico = 5,
}

/** Each sector's short name (inspector). */
export const SECTORS = {
  [Sector.Agriculture]: { name: 'agriculture' },
  [Sector.Construction]: { name: 'construction' },
  [Sector.Services]: { name: 'services' },
  [Sector.Domestic]: { name: 'domestic work' },
  [Sector.SexUs]: { name: 'commercial sex (U.S.)' },
  [Sector.SexMexico]: { name: 'commercial sex (Mexico)' },
} as const satisfies Record<Sector, { name: string }>;

/** The values of a numeric enum, in ascending order. */
export function enumValues<E extends number>(enumObject: Record<string, string | E>): E[] {
  return Object.values(enumObject)
    .filter((v): v is E => typeof v === 'number')
    .sort((a, b) => a - b);
}

/** A table with one entry per key, keyed by the enum. */
export function tabulate<E extends number, T>(keys: readonly E[], value: (key: E) => T): Record<E, T> {
  const table = {} as Record<E, T>;
  for (const key of keys) table[key] = value(key);
  return table;
}

export const MODES: readonly Mode[] = enumValues(Mode);
export const CORRIDORS: readonly Corridor[] = enumValues(Corridor);
export const EMPLOYER_TYPES: readonly EmployerType[] = enumValues(EmployerType);
export const EXIT_KINDS: readonly Exit[] = enumValues(Exit);
export const MIGRANT_STATES: readonly MigrantState[] = enumValues(MigrantState);

/** The two commercial sex venue markets: the U.S. and Mexico's border cities. */
export enum VenueMarket {
  Us = 0,
  Mexico = 1,
}
export const VENUE_MARKETS: readonly VenueMarket[] = enumValues(VenueMarket);
/** The employer sector of each market's venues. */
export const VENUE_SECTOR: Record<VenueMarket, Sector> = { [VenueMarket.Us]: Sector.SexUs, [VenueMarket.Mexico]: Sector.SexMexico };
/** The market a venue sector belongs to. */
export const venueMarketOf = (sector: Sector): VenueMarket => (sector === Sector.SexUs ? VenueMarket.Us : VenueMarket.Mexico);
