// The history replay is built from the evidence's inputs: scenarios/ holds exactly the generated
// file, and each fiscal year's agents come from the staffing series.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HISTORY_NAME, historyScenarioText } from '../../../src/sim/evidence/history';
import { findScenario } from '../../../src/sim/library';

describe('the history replay', () => {
  it('is the scenario generated from the evidence (scenarios/ holds exactly that file)', () => {
    expect(readFileSync(`scenarios/${HISTORY_NAME}.json`, 'utf8')).toBe(historyScenarioText());
    expect(findScenario(HISTORY_NAME)).toBeDefined();
  });

  it('sets the agents of each fiscal year from the staffing series', () => {
    const scenario = JSON.parse(historyScenarioText());
    const fy2008 = scenario.timeline.find((e: { at: string }) => e.at === '2007-10');
    expect(fy2008.set['border.agents']).toBe(Math.round((13297 + 15442) / 2));
  });
});
