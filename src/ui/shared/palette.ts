// The colour-blind-safe palette (Okabe & Ito 2008) and the colours every view gives to states
// and series, so the map, the legend and the charts agree.
import { MigrantState, Form } from '../../sim/model/state';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#8C8C8C',
} as const;

/** Series colours in the order charts use them. */
export const SERIES_COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple,
  OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.black, OKABE_ITO.grey] as const;

/** A map dot's category: what the legend lists. */
export interface StateCategory { key: string; label: string; colour: string }

export const STATE_CATEGORIES: readonly StateCategory[] = [
  { key: 'home', label: 'At home, may leave again', colour: OKABE_ITO.grey },
  { key: 'onTheWay', label: 'On the way / waiting to cross', colour: OKABE_ITO.orange },
  { key: 'ransom', label: 'Held for ransom', colour: OKABE_ITO.black },
  { key: 'free', label: 'In the U.S., working or seeking work', colour: OKABE_ITO.skyBlue },
  { key: 'legal', label: 'Legal temporary worker', colour: OKABE_ITO.bluishGreen },
  { key: 'labour', label: 'Trafficked: forced labour', colour: OKABE_ITO.vermillion },
  { key: 'sexual', label: 'Trafficked: sexual exploitation', colour: OKABE_ITO.reddishPurple },
  { key: 'protected', label: 'Identified victim, protected', colour: OKABE_ITO.blue },
];

/** Index into STATE_CATEGORIES for a person's state (and form of exploitation, for Mexico). */
export function categoryOf(state: number, form: number): number {
  switch (state) {
    case MigrantState.AtHome: return 0;
    case MigrantState.Transit: case MigrantState.Waiting: return 1;
    case MigrantState.Kidnapped: return 2;
    case MigrantState.JobSeeking: case MigrantState.Working: return 3;
    case MigrantState.LegalWorker: return 4;
    case MigrantState.ExploitedUsLabor: return 5;
    case MigrantState.ExploitedUsSex: return 6;
    case MigrantState.ExploitedMexico: return form === Form.Sexual ? 6 : 5;
    case MigrantState.Protected: return 7;
    default: return 0;
  }
}

/** `#rrggbb` with an alpha channel, for bands and fills. */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.max(0, Math.min(1, alpha)) * 255).toString(16).padStart(2, '0');
  return `${hex}${a}`;
}
