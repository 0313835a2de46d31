// The public view of a run's followed people: the situation each is in (what a map and its legend
// colour), the place a map draws them, and the plain-language facts a person inspector shows.
// Pages read only this, never the model's internal enums.
import { Corridor, Form, MigrantState, Mode, Origin, Sector, SECTORS } from './model/enums';
import type { AgentSnapshot } from './run';

/** The situations a legend lists; every followed person is in exactly one. */
export const SITUATIONS = ['home', 'onTheWay', 'ransom', 'free', 'legal', 'labour', 'sexual', 'protected'] as const;
export type Situation = (typeof SITUATIONS)[number];

export const SITUATION_LABELS: Record<Situation, string> = {
  home: 'At home, may leave again',
  onTheWay: 'On the way / waiting to cross',
  ransom: 'Held for ransom',
  free: 'In the U.S., working or seeking work',
  legal: 'Legal temporary worker',
  labour: 'Trafficked: forced labour',
  sexual: 'Trafficked: sexual exploitation',
  protected: 'Identified victim, protected',
};

/** The places a map draws people in: the transit route, border-city waiting areas, U.S. sectors, homes. */
export const PLACES = [
  'transit',
  'waitingUrban',
  'waitingRemote',
  'ransom',
  'seeking',
  'agriculture',
  'construction',
  'services',
  'domestic',
  'sexUs',
  'venuesMexico',
  'protected',
  'homeMexico',
  'homeCentralAmerica',
] as const;
export type Place = (typeof PLACES)[number];

/** A followed person's view: situation, place and what the inspector says about them. */
export interface PersonView {
  id: number;
  /** The person's id, the same under every policy run on the same seed. */
  pid: number;
  situation: Situation;
  place: Place;
  /** Where they are now, e.g. "held for ransom". */
  now: string;
  from: string;
  female: boolean;
  minor: boolean;
  /** How they travelled, e.g. "community guide". */
  travelled: string;
  /** The sector they work in, or "none". */
  sector: string;
  /** Smuggling debt still owed, USD. */
  debt: number;
}

const STATE_TEXT: Record<MigrantState, string> = {
  [MigrantState.Free]: 'no longer followed',
  [MigrantState.Transit]: 'crossing Mexico',
  [MigrantState.Waiting]: 'waiting in a border city',
  [MigrantState.Kidnapped]: 'held for ransom',
  [MigrantState.JobSeeking]: 'in the U.S., looking for work',
  [MigrantState.Working]: 'in the U.S., working',
  [MigrantState.LegalWorker]: 'in the U.S. on a work visa',
  [MigrantState.ExploitedUsLabor]: 'held in forced labour (U.S.)',
  [MigrantState.ExploitedUsSex]: 'held in sexual exploitation (U.S.)',
  [MigrantState.ExploitedMexico]: 'exploited in a Mexican border city',
  [MigrantState.Protected]: 'identified victim, awaiting a T-visa decision',
  [MigrantState.AtHome]: 'at home',
};

const ORIGIN_TEXT: Record<Origin, string> = {
  [Origin.Mexico]: 'Mexico',
  [Origin.CentralAmerica]: 'Central America',
  [Origin.BorderCityResident]: 'Mexican border city',
};

const MODE_TEXT: Record<Mode, string> = {
  [Mode.None]: 'not yet decided',
  [Mode.Visa]: 'temporary work visa',
  [Mode.Alone]: 'alone',
  [Mode.Guide]: 'community guide',
  [Mode.Professional]: 'professional smuggling network',
};

const SECTOR_PLACES: Record<Sector, Place> = {
  [Sector.Agriculture]: 'agriculture',
  [Sector.Construction]: 'construction',
  [Sector.Services]: 'services',
  [Sector.Domestic]: 'domestic',
  [Sector.SexUs]: 'sexUs',
  [Sector.SexMexico]: 'venuesMexico',
};

/** The situation of a person in `state` (for Mexico's venues, the form of exploitation decides). */
export function situationOf(agent: Pick<AgentSnapshot, 'state' | 'form'>): Situation {
  switch (agent.state as MigrantState) {
    case MigrantState.Transit:
    case MigrantState.Waiting:
      return 'onTheWay';
    case MigrantState.Kidnapped:
      return 'ransom';
    case MigrantState.JobSeeking:
    case MigrantState.Working:
      return 'free';
    case MigrantState.LegalWorker:
      return 'legal';
    case MigrantState.ExploitedUsLabor:
      return 'labour';
    case MigrantState.ExploitedUsSex:
      return 'sexual';
    case MigrantState.ExploitedMexico:
      return agent.form === Form.Sexual ? 'sexual' : 'labour';
    case MigrantState.Protected:
      return 'protected';
    default:
      return 'home';
  }
}

/** The place a map draws a person: by state, then corridor, sector or origin. */
export function placeOf(agent: Pick<AgentSnapshot, 'state' | 'origin' | 'corridor' | 'sector'>): Place {
  switch (agent.state as MigrantState) {
    case MigrantState.Transit:
      return 'transit';
    case MigrantState.Waiting:
      return agent.corridor === Corridor.Remote ? 'waitingRemote' : 'waitingUrban';
    case MigrantState.Kidnapped:
      return 'ransom';
    case MigrantState.JobSeeking:
      return 'seeking';
    case MigrantState.Working:
    case MigrantState.LegalWorker:
    case MigrantState.ExploitedUsLabor:
      return SECTOR_PLACES[agent.sector as Sector] ?? 'seeking';
    case MigrantState.ExploitedUsSex:
      return 'sexUs';
    case MigrantState.ExploitedMexico:
      return 'venuesMexico';
    case MigrantState.Protected:
      return 'protected';
    default:
      return agent.origin === Origin.CentralAmerica
        ? 'homeCentralAmerica'
        : agent.origin === Origin.BorderCityResident
          ? 'waitingUrban'
          : 'homeMexico';
  }
}

/** A followed person as the inspector shows them. */
export function personView(agent: AgentSnapshot): PersonView {
  return {
    id: agent.id,
    pid: agent.pid,
    situation: situationOf(agent),
    place: placeOf(agent),
    now: STATE_TEXT[agent.state as MigrantState] ?? 'unknown',
    from: ORIGIN_TEXT[agent.origin as Origin] ?? 'unknown',
    female: agent.female,
    minor: agent.minor,
    travelled: MODE_TEXT[agent.mode as Mode] ?? 'unknown',
    sector: agent.sector >= 0 ? (SECTORS[agent.sector as Sector]?.name ?? 'unknown') : 'none',
    debt: agent.debt,
  };
}
