// Shareable links: the URL fragment encodes the scenario (library name, or the file itself), seed,
// scale, years, starting overrides and mid-run changes, and how the simulator shows it (the evidence
// overlay). Decoding validates every part and throws LinkError with a one-line message naming the
// part, its value and what was expected.
import { parseParamText } from '../../sim/params';
import {
  fitsRunSetting,
  parseScenarioText,
  RUN_SETTINGS,
  runSettingExpectation,
  type RunSetting,
  type TimelineEntry,
} from '../../sim/scenario';
import { baseScenario, buildScenario, type RunSetup } from './runSetup';

export class LinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkError';
  }
}

const KEYS = new Set(['scenario', 'file', 'seed', 'scale', 'years', 'set', 'change', 'evidence']);

/** How the simulator shows a run, carried in its link (absent parts take the defaults). */
export interface LinkView {
  /** Whether the charts draw the evidence over the model's lines (default on). */
  evidence: boolean;
}
export const DEFAULT_LINK_VIEW: LinkView = { evidence: true };
const MAX_LINK = 60_000;

/** The fragment (without "#") that reproduces a setup (and, where given, how it is shown). */
export function encodeLink(setup: RunSetup, view: LinkView = DEFAULT_LINK_VIEW): string {
  const q = new URLSearchParams();
  if ('file' in setup.source) q.set('file', toBase64Url(JSON.stringify(setup.source.file)));
  else q.set('scenario', setup.source.library);
  q.set('seed', String(setup.seed));
  q.set('scale', String(setup.scale));
  q.set('years', String(setup.years));
  for (const [path, value] of Object.entries(setup.set)) q.append('set', `${path}:${value}`);
  for (const entry of setup.changes) {
    for (const [path, value] of Object.entries(entry.set)) q.append('change', `${entry.at}/${path}:${value}`);
  }
  if (view.evidence !== DEFAULT_LINK_VIEW.evidence) q.set('evidence', view.evidence ? 'on' : 'off');
  return q.toString();
}

/** How a fragment says to show the run; the defaults for an empty fragment; throws LinkError for a bad value. */
export function decodeLinkView(fragment: string): LinkView {
  const evidence = fragmentParams(fragment, KEYS, MAX_LINK)?.get('evidence');
  if (evidence === undefined || evidence === null) return DEFAULT_LINK_VIEW;
  if (evidence !== 'on' && evidence !== 'off') throw new LinkError(`link: evidence = "${shorten(evidence)}": expected on or off`);
  return { evidence: evidence === 'on' };
}

/** The parts of a link fragment; null when it is empty; throws LinkError when it is too long or has unknown parts. */
export function fragmentParams(fragment: string, keys: ReadonlySet<string>, maxLength: number): URLSearchParams | null {
  const text = fragment.replace(/^#/, '');
  if (text.trim() === '') return null;
  if (text.length > maxLength) throw new LinkError(`link: ${text.length} characters: expected at most ${maxLength}`);
  const q = new URLSearchParams(text);
  for (const key of q.keys()) {
    if (!keys.has(key)) throw new LinkError(`link: unknown part "${shorten(key)}": expected one of ${[...keys].join(', ')}`);
  }
  return q;
}

/** The setup a fragment describes; null for an empty fragment; throws LinkError when it is malformed. */
export function decodeLink(fragment: string): RunSetup | null {
  const q = fragmentParams(fragment, KEYS, MAX_LINK);
  if (!q) return null;
  const source = decodeSource(q);
  const base = baseScenario(source);
  const setup: RunSetup = {
    source,
    seed: decodeRunSetting(q, 'seed', base.seed),
    scale: decodeRunSetting(q, 'scale', base.scale),
    years: decodeRunSetting(q, 'years', base.years),
    set: Object.fromEntries(q.getAll('set').map((item) => decodeSetting(item, 'set'))),
    changes: q.getAll('change').map(decodeChange),
  };
  try {
    buildScenario(setup);
  } catch (err) {
    throw new LinkError(`link: ${(err as Error).message}`);
  }
  return setup;
}

function decodeSource(q: URLSearchParams): RunSetup['source'] {
  const file = q.get('file');
  if (file !== null) {
    let text: string;
    try {
      text = fromBase64Url(file);
    } catch {
      throw new LinkError("link: file = (unreadable): expected a scenario encoded by Frontera's share button");
    }
    try {
      return { file: parseScenarioText(text, 'link file') };
    } catch (err) {
      throw new LinkError((err as Error).message);
    }
  }
  const name = q.get('scenario') ?? 'baseline-2003';
  try {
    baseScenario({ library: name });
  } catch {
    throw new LinkError(`link: scenario = "${shorten(name)}": expected a library scenario name`);
  }
  return { library: name };
}

/** A run setting (seed, scale, years) from a link, in the range the scenario declares; `fallback` when absent. */
export function decodeRunSetting(q: URLSearchParams, name: RunSetting, fallback: number): number {
  const text = q.get(name);
  if (text === null) return fallback;
  const digits = RUN_SETTINGS[name].whole ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!digits.test(text) || !fitsRunSetting(name, Number(text)))
    throw new LinkError(`link: ${name} = "${shorten(text)}": expected ${runSettingExpectation(name)}`);
  return Number(text);
}

function decodeSetting(item: string, part: string): [string, number | boolean] {
  const colon = item.lastIndexOf(':');
  if (colon <= 0) throw new LinkError(`link: ${part} = "${shorten(item)}": expected path:value, e.g. border.agents:15000`);
  const path = item.slice(0, colon);
  try {
    return [path, parseParamText(path, item.slice(colon + 1))];
  } catch (err) {
    throw new LinkError(`link: ${part} ${shorten((err as Error).message, 200)}`);
  }
}

function decodeChange(item: string): TimelineEntry {
  const slash = item.indexOf('/');
  if (slash <= 0) throw new LinkError(`link: change = "${shorten(item)}": expected YYYY-MM/path:value`);
  const [path, value] = decodeSetting(item.slice(slash + 1), 'change');
  return { at: item.slice(0, slash), set: { [path]: value } };
}

/** Text cut to `max` characters for a message. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
