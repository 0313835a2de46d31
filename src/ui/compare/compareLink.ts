// Comparison links: the URL fragment holds the lesson, seed, scale, years, paired seeds, each
// policy (label plus the simulator's own link encoding of its scenario and levers) and the
// instructor's bookmarks. Decoding validates every part and throws LinkError naming it.
import { decodeLink, decodeRunSetting, encodeLink, fragmentParams, LinkError, shorten } from '../shared/link';
import { DEFAULT_UI_SCALE } from '../shared/runSetup';
import { buildPolicyScenarios, MAX_SEEDS, policyRunSetup, type ComparisonSetup, type PolicySetup } from './comparison';
import { bookmarkSchema, findLesson, MAX_POLICIES } from './lessons';

const KEYS = new Set(['lesson', 'seed', 'scale', 'years', 'seeds', 'policy', 'label', 'mark']);
const SHARED_KEYS = ['seed', 'scale', 'years'];
const MAX_LINK = 200_000;

/** The fragment (without "#") that reproduces a comparison. */
export function encodeComparison(comparison: ComparisonSetup): string {
  const q = new URLSearchParams();
  if (comparison.lesson) q.set('lesson', comparison.lesson);
  q.set('seed', String(comparison.seed));
  q.set('scale', String(comparison.scale));
  q.set('years', String(comparison.years));
  q.set('seeds', String(comparison.seeds));
  comparison.policies.forEach((policy, i) => {
    const inner = new URLSearchParams(encodeLink(policyRunSetup(comparison, i)));
    for (const key of SHARED_KEYS) inner.delete(key);
    q.append('policy', inner.toString());
    q.append('label', policy.label);
  });
  for (const mark of comparison.bookmarks) q.append('mark', `${mark.at}:${mark.label}`);
  return q.toString();
}

/** The comparison a fragment describes; null for an empty fragment; throws LinkError when malformed. */
export function decodeComparison(fragment: string): ComparisonSetup | null {
  const q = fragmentParams(fragment, KEYS, MAX_LINK);
  if (!q) return null;
  const seed = decodeRunSetting(q, 'seed', 1);
  const scale = decodeRunSetting(q, 'scale', DEFAULT_UI_SCALE);
  const years = decodeRunSetting(q, 'years', 10);
  const seeds = decodeWhole(q, 'seeds', 1, 1, MAX_SEEDS);
  const lesson = decodeLesson(q.get('lesson'));
  const comparison: ComparisonSetup = {
    lesson,
    policies: decodePolicies(q),
    seed,
    scale,
    years,
    seeds,
    bookmarks: q.getAll('mark').map(decodeMark),
  };
  try {
    buildPolicyScenarios(comparison);
  } catch (err) {
    throw new LinkError(`link: ${(err as Error).message}`);
  }
  return comparison;
}

function decodeLesson(name: string | null): string | null {
  if (name === null) return null;
  if (!findLesson(name)) throw new LinkError(`link: lesson = "${shorten(name)}": expected a lesson name such as border-vs-interior`);
  return name;
}

function decodePolicies(q: URLSearchParams): PolicySetup[] {
  const encoded = q.getAll('policy');
  const labels = q.getAll('label');
  if (encoded.length > MAX_POLICIES) throw new LinkError(`link: policy: ${encoded.length} given: expected at most ${MAX_POLICIES}`);
  if (labels.length !== encoded.length)
    throw new LinkError(`link: label: ${labels.length} given for ${encoded.length} policies: expected one label per policy`);
  return encoded.map((inner, i) => {
    let setup;
    try {
      setup = decodeLink(inner);
    } catch (err) {
      throw new LinkError(`link: policy ${i + 1}: ${(err as Error).message.replace(/^link: /, '')}`);
    }
    if (!setup) throw new LinkError(`link: policy ${i + 1} = "": expected scenario=<name> and optional set=path:value parts`);
    return { label: labels[i], source: setup.source, set: setup.set };
  });
}

function decodeWhole(q: URLSearchParams, key: string, fallback: number, min: number, max: number): number {
  const text = q.get(key);
  if (text === null) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new LinkError(`link: ${key} = "${shorten(text)}": expected a whole number from ${min} to ${max}`);
  return value;
}

function decodeMark(item: string): { at: string; label: string } {
  const mark = { at: item.slice(0, 7), label: item.slice(8) };
  if (item[7] !== ':' || !bookmarkSchema.safeParse(mark).success) {
    throw new LinkError(`link: mark = "${shorten(item)}": expected YYYY-MM:text (text of 1 to 120 characters)`);
  }
  return mark;
}
