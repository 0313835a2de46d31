// The stylised map's geometry in a 1000 x 600 logical space: land shapes, the border, corridors,
// and the zone where each place of the core's view is drawn. Pure functions, no drawing.
import type { Place } from '../../sim/view';

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 600;
export const BORDER_Y = 268;

export interface Zone {
  key: Exclude<Place, 'transit'>;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
export type Point = { x: number; y: number };

const zone = (key: Zone['key'], label: string, x: number, y: number, w: number, h: number): Zone => ({ key, label, x, y, w, h });

export const ZONES: readonly Zone[] = [
  zone('agriculture', 'Agriculture', 30, 50, 170, 105),
  zone('construction', 'Construction', 215, 50, 170, 105),
  zone('services', 'Services', 400, 50, 170, 105),
  zone('domestic', 'Domestic work', 585, 50, 170, 105),
  zone('sexUs', 'Sex venues (U.S.)', 770, 50, 200, 105),
  zone('seeking', 'Arrived: looking for work', 215, 185, 355, 55),
  zone('protected', 'Protected victims', 770, 185, 200, 55),
  zone('waitingUrban', 'Border cities: waiting to cross', 40, 295, 250, 60),
  zone('waitingRemote', 'Staging for remote routes', 330, 295, 220, 60),
  zone('ransom', 'Held for ransom', 590, 295, 140, 60),
  zone('venuesMexico', 'Border-city venues', 770, 295, 200, 60),
  zone('homeMexico', 'Home: Mexico', 120, 420, 330, 110),
  zone('homeCentralAmerica', 'Home: Central America', 770, 505, 200, 75),
];

const byKey = new Map(ZONES.map((z) => [z.key, z]));

/** The transit route of Central Americans through Mexico, from home to the border cities. */
export const TRANSIT_ROUTE: readonly Point[] = [
  { x: 800, y: 500 },
  { x: 690, y: 450 },
  { x: 600, y: 405 },
  { x: 520, y: 370 },
];

/** Crossing corridors drawn across the border: urban (ports of entry) and remote (desert). */
export const CORRIDORS: readonly { kind: 'urban' | 'remote'; from: Point; to: Point; label: string }[] = [
  { kind: 'urban', from: { x: 120, y: 295 }, to: { x: 120, y: 240 }, label: 'Urban corridor' },
  { kind: 'urban', from: { x: 230, y: 295 }, to: { x: 260, y: 240 }, label: '' },
  { kind: 'remote', from: { x: 440, y: 295 }, to: { x: 420, y: 240 }, label: 'Remote corridor (desert)' },
];

/** The land shapes, as polygons: U.S., Mexico and Central America. */
export const LAND: readonly { name: string; fill: string; points: Point[] }[] = [
  {
    name: 'United States',
    fill: '#EEF1F5',
    points: [
      { x: 0, y: 0 },
      { x: 1000, y: 0 },
      { x: 1000, y: BORDER_Y },
      { x: 0, y: BORDER_Y },
    ],
  },
  {
    name: 'Mexico',
    fill: '#F6F0E4',
    points: [
      { x: 0, y: BORDER_Y },
      { x: 1000, y: BORDER_Y },
      { x: 1000, y: 380 },
      { x: 880, y: 470 },
      { x: 760, y: 500 },
      { x: 600, y: 560 },
      { x: 430, y: 560 },
      { x: 200, y: 560 },
      { x: 60, y: 470 },
      { x: 0, y: 380 },
    ],
  },
  {
    name: 'Central America',
    fill: '#EAF3EC',
    points: [
      { x: 760, y: 500 },
      { x: 880, y: 470 },
      { x: 1000, y: 480 },
      { x: 1000, y: 600 },
      { x: 740, y: 600 },
    ],
  },
];

/** Two stable pseudo-random numbers in [0, 1) for an id, so a person keeps their spot in a zone. */
export function jitter(id: number): [number, number] {
  // Person ids exceed 32 bits: fold the high part in so ids that share their low bits spread too.
  let h = Math.imul(id ^ Math.imul(Math.floor(id / 0x100000000), 0x632be5ab) ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
  const u = (h & 0xffff) / 0x10000;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return [u, (h >>> 16) / 0x10000];
}

/** Where person `id` in `place` is drawn, in logical map coordinates (a stable spot per person). */
export function positionFor(id: number, place: Place): Point {
  const [u, v] = jitter(id);
  if (place === 'transit') return alongRoute(TRANSIT_ROUTE, u, (v - 0.5) * 24);
  const z = byKey.get(place)!;
  const pad = 8;
  return { x: z.x + pad + u * (z.w - 2 * pad), y: z.y + 24 + v * (z.h - 24 - pad) };
}

function alongRoute(route: readonly Point[], t: number, offset: number): Point {
  const segments = route.length - 1;
  const pos = t * segments;
  const i = Math.min(segments - 1, Math.floor(pos));
  const f = pos - i;
  const a = route[i],
    b = route[i + 1];
  const dx = b.x - a.x,
    dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: a.x + dx * f - (dy / len) * offset, y: a.y + dy * f + (dx / len) * offset };
}
