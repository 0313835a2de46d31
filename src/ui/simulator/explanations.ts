// Plain-language "how this works" notes, one per mechanism of the registry (sim/mechanisms), each with the evidence it was checked
// against (calibration targets, history series, their recorded verdicts, links into the docs), and
// the sources list built from the parameter declarations. Neutral, factual wording; every claim
// points to where it comes from.
import { MECHANISMS as MODEL_MECHANISMS } from '../../sim/mechanisms';
import { findParam, PARAMS } from '../../sim/params';
import { el } from '../shared/dom';
import { GROUP_TITLES } from './paramPanel';
import { recordNote, renderChecks, type MechanismChecks } from './mechanismEvidence';

/** The mechanisms the simulator explains (those with an explanation). */
type Explained = Extract<(typeof MODEL_MECHANISMS)[number], { explanation: object }>['id'];

/** What each mechanism was checked against: its section in MODEL.md, calibration targets, history series and changes. */
const CHECKS: Record<Explained, MechanismChecks> = {
  migration: {
    model: 'whether-to-migrate',
    targets: ['inflow', 'women_share'],
    series: ['successful_entries', 'unauthorized_stock', 'unauthorized_inflow', 'returns_mexico'],
    changes: ['stock_2007_vs_2000', 'stock_2010_vs_2007', 'inflow_late_vs_early', 'returns_late_vs_early'],
  },
  crossing: {
    model: 'route',
    targets: ['apprehension_rate', 'eventual_success', 'apprehensions', 'deaths', 'agents'],
    series: [
      'sw_agents',
      'remote_agent_share',
      'sw_apprehensions',
      'apprehension_probability',
      'sw_deaths',
      'deaths_per_100k_apprehensions',
    ],
    changes: [
      'apprehensions_2000_vs_1993',
      'apprehensions_peak_vs_late',
      'apprehension_probability_2000s_vs_1990s',
      'deaths_2005_vs_1998',
      'deaths_per_apprehension_late_vs_early',
    ],
  },
  smuggling: {
    model: 'how-to-cross',
    targets: ['smuggler_use', 'fee', 'debt'],
    series: ['fee', 'smuggler_use', 'smuggler_use_mmp'],
    changes: ['fee_2004_vs_1993', 'fee_2010_vs_1990s', 'smuggler_use_2000s_vs_1990s'],
  },
  sale: { model: 'how-to-cross', targets: ['via_smugglers_share'], series: [], changes: [] },
  employment: { model: 'employers', targets: ['trafficked_latam', 'via_smugglers_share'], series: ['trafficked_into_us'], changes: [] },
  border_cities: { model: 'venues', targets: [], series: [], changes: [] },
  protection: { model: 'victims', targets: ['t_visas'], series: ['t_visas'], changes: [] },
  prosecution: { model: 'courts', targets: ['convictions_us', 'prosecutions_us'], series: ['us_prosecutions'], changes: [] },
  corruption: { model: 'parameters', targets: [], series: [], changes: [] },
};

interface Mechanism {
  title: string;
  text: readonly string[];
  levers: string;
  checks: MechanismChecks;
}

/** The simulator's "How this works" notes: each explained mechanism of the registry, its levers by label, and its checks. */
export const MECHANISMS: readonly Mechanism[] = MODEL_MECHANISMS.flatMap((m) =>
  m.explanation
    ? [
        {
          title: m.title,
          text: m.explanation.text,
          checks: CHECKS[m.id],
          levers: m.explanation.levers.map((path) => findParam(path)!.label).join(', '),
        },
      ]
    : [],
);

/** The mechanism notes as collapsible sections, after a line on where their verdicts come from. */
export function renderMechanisms(container: HTMLElement): void {
  container.replaceChildren(
    el('p', { class: 'muted record' }, recordNote()),
    ...MECHANISMS.map((m) =>
      el(
        'details',
        { class: 'mechanism' },
        el('summary', {}, m.title),
        ...m.text.map((t) => el('p', {}, t)),
        el('p', { class: 'levers' }, `Levers: ${m.levers}.`),
        renderChecks(m.checks),
      ),
    ),
  );
}

/** Every parameter's source, grouped as in the lever panel. */
export function renderSources(container: HTMLElement): void {
  const groups = [...new Set(PARAMS.map((p) => p.group))];
  container.replaceChildren(
    el(
      'p',
      {},
      'The scenario is built on a 2004 policy brief on human trafficking in the U.S.–Mexican context (the project\'s seed document), with calibration targets from the sources below. "Assumption" marks values no study pins down.',
    ),
    ...groups.map((g) =>
      el(
        'div',
        { class: 'source-group' },
        el('h4', {}, GROUP_TITLES[g]),
        el('ul', {}, ...PARAMS.filter((p) => p.group === g).map((p) => el('li', {}, el('strong', {}, p.label), `: ${p.source}`))),
      ),
    ),
  );
}
