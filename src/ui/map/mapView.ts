// Draws the stylised region on a canvas and the tracked sample as dots coloured by situation; dots
// glide to their new zone when a person's state changes; a click picks the nearest person. A map off
// screen (scrolled away or hidden) is not drawn; it draws its latest sample when it comes into view.
import { PLACES, SITUATIONS, type Situation } from '../../sim/view';
import { SITUATION_COLOURS } from '../../presentation/palette';
import type { PackedAgents } from '../shared/protocol';
import { BORDER_Y, CORRIDORS, LAND, MAP_HEIGHT, MAP_WIDTH, TRANSIT_ROUTE, ZONES, positionFor, type Point } from './layout';

const GLIDE_MS = 450;
const DOT_RADIUS = 2.6;
const PICK_RADIUS_PX = 10;

interface Dot {
  id: number;
  situation: Situation;
  from: Point;
  to: Point;
  startedAt: number;
}

export class MapView {
  private readonly canvas: HTMLCanvasElement;
  private readonly background = document.createElement('canvas');
  private dots = new Map<number, Dot>();
  private selected: number | null = null;
  private frameRequested = false;
  /** Whether the canvas is on screen; until the first report, assumed so. */
  private onScreen = true;
  /** Whether a frame was wanted while the canvas was off screen. */
  private frameMissed = false;
  private framesThisSecond = 0;
  private secondStartedAt = performance.now();
  /** Frames drawn in the last full second (for the page's performance readout). */
  fps = 0;
  onPick: (id: number | null) => void = () => undefined;

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    new ResizeObserver(() => this.resize()).observe(canvas);
    new IntersectionObserver(([entry]) => {
      this.onScreen = entry.isIntersecting;
      if (this.onScreen && this.frameMissed) this.requestFrame();
    }).observe(canvas);
    canvas.addEventListener('click', (event) => this.onPick(this.pickAt(event.offsetX, event.offsetY)));
    this.resize();
  }

  /** Counts per situation in the current sample. */
  situationCounts(): Record<Situation, number> {
    const counts = Object.fromEntries(SITUATIONS.map((s) => [s, 0])) as Record<Situation, number>;
    for (const dot of this.dots.values()) counts[dot.situation]++;
    return counts;
  }

  /** People in the current sample. */
  get size(): number {
    return this.dots.size;
  }

  /** People followed because they became a victim (the rest are the sample). */
  followedAsVictims = 0;

  /** Takes a new snapshot of the tracked sample. */
  update(agents: PackedAgents): void {
    const now = performance.now();
    const next = new Map<number, Dot>();
    this.followedAsVictims = agents.asVictim.reduce((n, v) => n + v, 0);
    for (let i = 0; i < agents.id.length; i++) {
      const id = agents.id[i];
      const to = positionFor(id, PLACES[agents.place[i]]);
      const situation = SITUATIONS[agents.situation[i]];
      const old = this.dots.get(id);
      if (old && (old.to.x !== to.x || old.to.y !== to.y))
        next.set(id, { id, situation, from: this.positionOf(old, now), to, startedAt: now });
      else next.set(id, old ? { ...old, situation } : { id, situation, from: to, to, startedAt: now - GLIDE_MS });
    }
    this.dots = next;
    this.requestFrame();
  }

  /** Highlights a person (or nobody). */
  select(id: number | null): void {
    this.selected = id;
    this.requestFrame();
  }

  /** Ids in the sample in one of `situations`. */
  idsIn(situations: readonly Situation[]): number[] {
    return [...this.dots.values()].filter((d) => situations.includes(d.situation)).map((d) => d.id);
  }

  private positionOf(dot: Dot, now: number): Point {
    const f = Math.min(1, (now - dot.startedAt) / GLIDE_MS);
    const ease = f * (2 - f);
    return { x: dot.from.x + (dot.to.x - dot.from.x) * ease, y: dot.from.y + (dot.to.y - dot.from.y) * ease };
  }

  private resize(): void {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(this.canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(this.canvas.clientHeight * ratio));
    if (this.canvas.width === width && this.canvas.height === height) return;
    this.canvas.width = width;
    this.canvas.height = height;
    this.background.width = width;
    this.background.height = height;
    drawBackground(
      this.background.getContext('2d')!,
      width / MAP_WIDTH,
      height / MAP_HEIGHT,
      (MIN_LABEL_PX * ratio) / Math.min(width / MAP_WIDTH, height / MAP_HEIGHT),
    );
    this.requestFrame();
  }

  private requestFrame(): void {
    this.frameMissed = !this.onScreen;
    if (this.frameRequested || !this.onScreen) return;
    this.frameRequested = true;
    requestAnimationFrame((now) => this.draw(now));
  }

  private draw(now: number): void {
    this.frameRequested = false;
    this.countFrame(now);
    const ctx = this.canvas.getContext('2d')!;
    const sx = this.canvas.width / MAP_WIDTH,
      sy = this.canvas.height / MAP_HEIGHT;
    ctx.drawImage(this.background, 0, 0);
    let moving = false;
    const paths = new Map(SITUATIONS.map((s) => [s, new Path2D()]));
    const radius = DOT_RADIUS * Math.min(sx, sy) * 1.1;
    for (const dot of this.dots.values()) {
      const p = this.positionOf(dot, performance.now());
      if (now - dot.startedAt < GLIDE_MS) moving = true;
      const path = paths.get(dot.situation)!;
      path.moveTo(p.x * sx + radius, p.y * sy);
      path.arc(p.x * sx, p.y * sy, radius, 0, Math.PI * 2);
    }
    for (const [situation, path] of paths) {
      ctx.fillStyle = SITUATION_COLOURS[situation];
      ctx.fill(path);
    }
    this.drawSelection(ctx, sx, sy, radius);
    if (moving) this.requestFrame();
  }

  private drawSelection(ctx: CanvasRenderingContext2D, sx: number, sy: number, radius: number): void {
    const dot = this.selected === null ? undefined : this.dots.get(this.selected);
    if (!dot) return;
    const p = this.positionOf(dot, performance.now());
    ctx.save();
    ctx.lineWidth = 3 * Math.min(sx, sy);
    ctx.strokeStyle = '#000000';
    ctx.beginPath();
    ctx.arc(p.x * sx, p.y * sy, radius * 3.2, 0, Math.PI * 2);
    ctx.stroke();
    ctx.restore();
  }

  private countFrame(now: number): void {
    this.framesThisSecond++;
    if (now - this.secondStartedAt >= 1000) {
      this.fps = Math.round((this.framesThisSecond * 1000) / (now - this.secondStartedAt));
      this.framesThisSecond = 0;
      this.secondStartedAt = now;
      this.canvas.dataset.fps = String(this.fps);
    }
  }

  /** The id of the dot nearest to a point in CSS pixels, within the pick radius. */
  private pickAt(cssX: number, cssY: number): number | null {
    const x = (cssX / this.canvas.clientWidth) * MAP_WIDTH;
    const y = (cssY / this.canvas.clientHeight) * MAP_HEIGHT;
    const limit = (PICK_RADIUS_PX / this.canvas.clientWidth) * MAP_WIDTH;
    let best: number | null = null;
    let bestDistance = limit * limit;
    const now = performance.now();
    for (const dot of this.dots.values()) {
      const p = this.positionOf(dot, now);
      const d = (p.x - x) ** 2 + (p.y - y) ** 2;
      if (d <= bestDistance) {
        best = dot.id;
        bestDistance = d;
      }
    }
    return best;
  }
}

/** Smallest label on screen, in CSS pixels (on a phone the map's own sizes would shrink to about 5 px). */
const MIN_LABEL_PX = 10;
/** Smallest label size in map units for the current drawing (set by drawBackground). */
let minLabelSize = 0;

/** The static map: land, border, corridors, route and labelled zones; `minLabel` is the smallest label in map units. */
function drawBackground(ctx: CanvasRenderingContext2D, sx: number, sy: number, minLabel: number): void {
  minLabelSize = minLabel;
  ctx.setTransform(sx, 0, 0, sy, 0, 0);
  ctx.fillStyle = '#DCE9F2';
  ctx.fillRect(0, 0, MAP_WIDTH, MAP_HEIGHT);
  for (const land of LAND) {
    ctx.fillStyle = land.fill;
    ctx.beginPath();
    land.points.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
    ctx.closePath();
    ctx.fill();
  }
  drawBorder(ctx);
  drawRoutes(ctx);
  drawZones(ctx);
  drawCountryNames(ctx);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

function drawBorder(ctx: CanvasRenderingContext2D): void {
  ctx.strokeStyle = '#555555';
  ctx.lineWidth = 2.5;
  ctx.setLineDash([10, 5]);
  ctx.beginPath();
  ctx.moveTo(0, BORDER_Y);
  ctx.lineTo(MAP_WIDTH, BORDER_Y);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = '#333333';
  label(ctx, 'U.S.–Mexico border', 820, BORDER_Y - 8, '#333333', 15, true);
}

function drawRoutes(ctx: CanvasRenderingContext2D): void {
  ctx.lineWidth = 7;
  ctx.lineCap = 'round';
  for (const c of CORRIDORS) {
    ctx.strokeStyle = c.kind === 'urban' ? '#B9C3CF' : '#E2C9A0';
    ctx.setLineDash(c.kind === 'remote' ? [3, 9] : []);
    ctx.beginPath();
    ctx.moveTo(c.from.x, c.from.y);
    ctx.lineTo(c.to.x, c.to.y);
    ctx.stroke();
    if (c.label) label(ctx, c.label, (c.from.x + c.to.x) / 2 + 14, BORDER_Y + 19, '#444444', 13);
  }
  ctx.setLineDash([2, 8]);
  ctx.strokeStyle = '#C9B48E';
  ctx.lineWidth = 16;
  ctx.beginPath();
  TRANSIT_ROUTE.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
  ctx.stroke();
  ctx.setLineDash([]);
  label(ctx, 'Transit through Mexico', 560, 470, '#6B5A3A', 14);
}

function drawZones(ctx: CanvasRenderingContext2D): void {
  for (const z of ZONES) {
    ctx.fillStyle = 'rgba(255,255,255,0.7)';
    ctx.strokeStyle = '#A7B0BA';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(z.x, z.y, z.w, z.h, 6);
    ctx.fill();
    ctx.stroke();
    label(ctx, z.label, z.x + 6, z.y + 16, '#222222', 14);
  }
}

function drawCountryNames(ctx: CanvasRenderingContext2D): void {
  label(ctx, 'UNITED STATES: labour markets', 30, 34, '#3A4A5C', 18, true);
  label(ctx, 'MEXICO', 40, 400, '#6B5A3A', 18, true);
  label(ctx, 'CENTRAL AMERICA', 800, 497, '#3F6B4A', 15, true);
}

function label(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, colour: string, size: number, bold = false): void {
  ctx.fillStyle = colour;
  ctx.font = `${bold ? 'bold ' : ''}${Math.max(size, minLabelSize)}px system-ui, sans-serif`;
  ctx.fillText(text, x, y);
}
