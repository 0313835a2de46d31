// Plain-language "how this works" notes, one per mechanism, each with the evidence it was checked
// against (calibration targets, history series, their recorded verdicts, links into the docs), and
// the sources list built from the parameter declarations. Neutral, factual wording; every claim
// points to where it comes from.
import { PARAMS } from '../../sim/params';
import { el } from '../shared/dom';
import { GROUP_TITLES } from './paramPanel';
import { recordNote, renderChecks, type MechanismChecks } from './mechanismEvidence';

interface Mechanism { title: string; text: string[]; levers: string; checks: MechanismChecks }

export const MECHANISMS: readonly Mechanism[] = [
  { title: 'Deciding to leave', checks: { model: 'whether-to-migrate', targets: ['inflow', 'women_share'], series: ['successful_entries', 'unauthorized_stock', 'unauthorized_inflow', 'returns_mexico'],
      changes: ['stock_2007_vs_2000', 'stock_2010_vs_2007', 'inflow_late_vs_early', 'returns_late_vs_early'] },
    levers: 'Context: poverty, wage gap, Central American share; legal pathways',
    text: ['Each month some people in Mexico and Central America consider going north. Whether they leave depends on the wage gap, their savings, whether they have contacts in the U.S., and the cost and danger they expect on the way.',
      'Where a temporary work visa is available, a person can travel legally and never needs a smuggler.'] },
  { title: 'The crossing and border enforcement', checks: { model: 'route', targets: ['apprehension_rate', 'eventual_success', 'apprehensions', 'deaths', 'agents'],
      series: ['sw_agents', 'remote_agent_share', 'sw_apprehensions', 'apprehension_probability', 'sw_deaths', 'deaths_per_100k_apprehensions'],
      changes: ['apprehensions_2000_vs_1993', 'apprehensions_peak_vs_late', 'apprehension_probability_2000s_vs_1990s', 'deaths_2005_vs_1998', 'deaths_per_apprehension_late_vs_early'] },
    levers: 'Border patrol agents, remote deployment, formal removal',
    text: ['More agents raise the chance that an attempt is stopped, with diminishing returns. Most people who are stopped are returned and try again; formal removal sends them home and delays a retry.',
      'Guarding urban corridors pushes crossers to remote desert routes, where the walk is longer and deaths are more likely. Research finds that border build-ups deterred few migrants but raised fees, smuggler use and deaths (Gathmann 2008; Cornelius & Salehyan 2007).'] },
  { title: 'The smuggling market', checks: { model: 'how-to-cross', targets: ['smuggler_use', 'fee', 'debt'], series: ['fee', 'smuggler_use', 'smuggler_use_mmp'],
      changes: ['fee_2004_vs_1993', 'fee_2010_vs_1990s', 'smuggler_use_2000s_vs_1990s'] },
    levers: 'Border enforcement, organized crime, corruption',
    text: ['Crossers choose to go alone, with a community guide, or with a professional network. Professionals get through more often and charge more; their fee rises with enforcement.',
      'Professionals let clients who cannot pay upfront owe part of the fee. Some networks, more where organized crime is strong, hand indebted clients to coercive employers or venues. Debt is the usual link between smuggling and trafficking.'] },
  { title: 'Employers and exploitation', checks: { model: 'employers', targets: ['trafficked_latam', 'via_smugglers_share'], series: ['trafficked_into_us'], changes: [] },
    levers: 'Interior enforcement: inspections, employer focus, sanctions, verification',
    text: ['Employers who hire unauthorized workers weigh the gain from paying less, or from coercion, against the fines and convictions they expect. A minority coerce: withheld wages, confiscated documents, debt bondage, threats of denunciation.',
      'Inspections aimed at workers lead to arrests and deportations; inspections aimed at employers raise their expected cost and give workers a chance to be recognised as victims. Field research found most violations against unauthorized workers were committed by employers rather than smugglers (Zhang 2012).'] },
  { title: 'Mexico\'s border cities', checks: { model: 'venues', targets: [], series: [], changes: [] },
    levers: 'Corruption in Mexico, sex tourism demand, organized crime',
    text: ['People waiting to cross can be kidnapped for ransom or recruited deceptively into venues. Venues also recruit local residents, some of them minors, to meet sex tourism demand. Raids happen unless officials are paid off.'] },
  { title: 'Finding victims and protecting them', checks: { model: 'victims', targets: ['t_visas'], series: ['t_visas'], changes: [] },
    levers: 'Training, NGO outreach, continued presence, T-visas',
    text: ['A victim comes to attention through an inspection, an investigation, a raid, or their own report. A trained officer is more likely to recognise them as a victim; otherwise they may be deported as an immigration offender.',
      'Identified victims decide whether to cooperate with investigators: fear of deportation weighs against the protection offered (continued presence, a T-visa). No study measures how much protection raises cooperation, so that lever is marked uncertain: vary it.'] },
  { title: 'Prosecution and deterrence', checks: { model: 'courts', targets: ['convictions_us', 'prosecutions_us'], series: ['us_prosecutions'], changes: [] },
    levers: 'Investigators, prosecution capacity',
    text: ['Cases wait for prosecutors, who take a limited number a year. Convictions close coercive employers and dismantle smuggling networks, and recent convictions deter others.'] },
  { title: 'Corruption', checks: { model: 'parameters', targets: [], series: [], changes: [] },
    levers: 'Corruption in Mexico and the U.S.',
    text: ['A share of encounters with officials can be bought off: at checkpoints, at the border, and in raids. Bribes let smugglers and venues operate and weaken prosecutions.'] },
];

/** The mechanism notes as collapsible sections, after a line on where their verdicts come from. */
export function renderMechanisms(container: HTMLElement): void {
  container.replaceChildren(el('p', { class: 'muted record' }, recordNote()), ...MECHANISMS.map((m) => el('details', { class: 'mechanism' },
    el('summary', {}, m.title),
    ...m.text.map((t) => el('p', {}, t)),
    el('p', { class: 'levers' }, `Levers: ${m.levers}.`),
    renderChecks(m.checks))));
}

/** Every parameter's source, grouped as in the lever panel. */
export function renderSources(container: HTMLElement): void {
  const groups = [...new Set(PARAMS.map((p) => p.group))];
  container.replaceChildren(
    el('p', {}, 'The scenario is built on a 2004 policy brief on human trafficking in the U.S.–Mexican context (the project\'s seed document), with calibration targets from the sources below. "Assumption" marks values no study pins down.'),
    ...groups.map((g) => el('div', { class: 'source-group' },
      el('h4', {}, GROUP_TITLES[g]),
      el('ul', {}, ...PARAMS.filter((p) => p.group === g).map((p) => el('li', {}, el('strong', {}, p.label), `: ${p.source}`))))));
}
