// The colour-blind-safe palette (Okabe & Ito 2008) and the colours every view gives to situations
// and series, so the map, the legend and the charts agree.
import type { Situation } from '../sim/view';

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
export const SERIES_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.grey,
] as const;

/** The colour of each situation on the map and in its legend. */
export const SITUATION_COLOURS: Record<Situation, string> = {
  home: OKABE_ITO.grey,
  onTheWay: OKABE_ITO.orange,
  ransom: OKABE_ITO.black,
  free: OKABE_ITO.skyBlue,
  legal: OKABE_ITO.bluishGreen,
  labour: OKABE_ITO.vermillion,
  sexual: OKABE_ITO.reddishPurple,
  protected: OKABE_ITO.blue,
};

/** `#rrggbb` with an alpha channel, for bands and fills. */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.max(0, Math.min(1, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${a}`;
}
