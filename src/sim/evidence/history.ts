// The history replay built from the evidence's inputs: Border Patrol agents and their deployment by
// fiscal year, the unauthorized stock at the start, the T-visa's arrival, and the unsourced shocks
// (graded U) the evidence has no series for. No value here is read from an outcome series.
import { ASSUMED_INPUTS, findEvidence, inputValue, SOURCED_INPUTS } from './series';
import { parseScenario, type Scenario, type TimelineEntry } from '../scenario';
import { monthIndex } from '../engine/calendar';

export const HISTORY_NAME = 'history-1992-2010';
/** The replay starts with FY1992 (October 1991), the first year of the agent series, and runs to
 *  the end of calendar 2010 plus the rest of FY2011 (whole years only). */
export const HISTORY_START = '1991-10';
const HISTORY_YEARS = 20;
const FIRST_FY = 1992;
const LAST_FY = 2010;
/** Pew's 1990 total (3.5 M) times the baseline's modelled share (9.3 M of 10.4 M in 2004): Mexico and Central America. */
const START_STOCK = Math.round((3500000 * (9300000 / 10400000)) / 10000) * 10000;

/** Agents on duty during FY t: the mean of the on-board counts at its start (end of FY t-1) and end. */
export function fiscalYearMean(id: string, fiscalYear: number): number {
  const end = inputValue(id, fiscalYear);
  if (end === undefined) throw new RangeError(`evidence ${id} has no value for FY${fiscalYear}`);
  const start = inputValue(id, fiscalYear - 1) ?? end;
  return (start + end) / 2;
}

/** Named operations that began in a fiscal year (context for the timeline notes; the staffing numbers carry their effect). */
const OPERATIONS: Record<number, string> = {
  1994: 'Operation Hold the Line, El Paso (September 1993)',
  1995: 'Operation Gatekeeper, San Diego (October 1994)',
  1996: 'Operation Safeguard, Arizona (1995)',
  2000: 'Safeguard extended across Arizona (1999)',
  2005: 'Arizona Border Control Initiative (2004)',
  2007: 'Secure Border Initiative hiring (2006)',
};

function borderEntries(): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (let fy = FIRST_FY + 1; fy <= LAST_FY; fy++) {
    entries.push({
      at: `${fy - 1}-10`,
      set: {
        'border.agents': Math.round(fiscalYearMean('sw_agents', fy)),
        'border.remoteDeployment': Number(fiscalYearMean('remote_agent_share', fy).toFixed(3)),
      },
      note: `FY${fy}: SW agents and the share in remote sectors (CBP staffing, grade A/D)${OPERATIONS[fy] ? `; ${OPERATIONS[fy]}` : ''}`,
    });
  }
  return entries;
}

function leverEntries(): TimelineEntry[] {
  return [...SOURCED_INPUTS, ...ASSUMED_INPUTS]
    .filter((input) => input.at !== HISTORY_START)
    .map((input) => ({ at: input.at, set: { [input.path]: input.value }, note: `${input.note} (grade ${input.grade})` }));
}

/** Merges entries of the same month into one, in month order. */
function mergeByMonth(entries: TimelineEntry[]): TimelineEntry[] {
  const byMonth = new Map<string, TimelineEntry>();
  for (const entry of entries) {
    const existing = byMonth.get(entry.at);
    if (!existing) byMonth.set(entry.at, { ...entry, set: { ...entry.set } });
    else
      byMonth.set(entry.at, {
        at: entry.at,
        set: { ...existing.set, ...entry.set },
        note: [existing.note, entry.note].filter(Boolean).join('; '),
      });
  }
  return [...byMonth.values()].sort((a, b) => monthIndex(a.at) - monthIndex(b.at));
}

/** The replay scenario, 1991-10 to 2011-09, from the evidence's inputs. */
export function historyScenario(): Scenario {
  const startValues = Object.fromEntries(
    [...SOURCED_INPUTS, ...ASSUMED_INPUTS].filter((i) => i.at === HISTORY_START).map((i) => [i.path, i.value]),
  );
  const agents = findEvidence('sw_agents');
  return parseScenario(
    {
      name: HISTORY_NAME,
      description:
        'A replay of the border build-up, FY1992 to 2010, driven only by inputs: Border Patrol agents on the southwest border and their share in remote sectors year by year (CBP staffing tables), the unauthorized population at the start (Pew), the T-visa from 2002, and inputs the evidence has no series for (the 1995 peso crisis, more work visas in the 2000s, the 2008-2009 U.S. recession, the rising share of those apprehended who are formally removed; unsourced, marked U). No value is set from an outcome series: `frontera history` compares the outcomes with the evidence. Generated from src/sim/evidence/series.ts by `npm run docs`.',
      start: HISTORY_START,
      years: HISTORY_YEARS,
      scale: 10,
      seed: 1,
      params: {
        'border.agents': agents.observations[0].value,
        'border.remoteDeployment': inputValue('remote_agent_share', FIRST_FY),
        'context.usStock': START_STOCK,
        ...startValues,
      },
      timeline: mergeByMonth([...borderEntries(), ...leverEntries()]),
    },
    HISTORY_NAME,
  );
}

/** The replay as the text of its scenario file (what `npm run docs` writes to scenarios/). */
export function historyScenarioText(): string {
  return `${JSON.stringify({ $schema: './scenario.schema.json', ...historyScenario() }, null, 2)}\n`;
}
