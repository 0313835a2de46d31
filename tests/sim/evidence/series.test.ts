// The evidence as data: its inputs agree with themselves (sector staffing adds up, shares are
// shares), every change names a comparable series, and intervals stay inside [0, 1].
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE,
  EVIDENCE_CHANGES,
  SECTOR_AGENTS,
  SECTOR_FIRST_YEAR,
  findEvidence,
  inputValue,
  remoteAgentShare,
  wilsonInterval,
} from '../../../src/sim/evidence/series';

describe('evidence data', () => {
  it('sector staffing adds up to the southwest total every fiscal year (FY2010 also counts the Special Operations Group)', () => {
    for (let i = 0; i < SECTOR_AGENTS['San Diego'].length; i++) {
      const fy = SECTOR_FIRST_YEAR + i;
      const sum = Object.values(SECTOR_AGENTS).reduce((a, counts) => a + counts[i], 0);
      const gap = inputValue('sw_agents', fy)! - sum;
      if (fy < 2010) expect(gap, `FY${fy}`).toBe(0);
      else expect(gap, `FY${fy}`).toBeGreaterThan(0);
    }
  });

  it('the remote-sector share is a share and rises after the Arizona shift', () => {
    expect(remoteAgentShare(1996)).toBeLessThan(remoteAgentShare(2005));
    expect(remoteAgentShare(2003)).toBeGreaterThan(0.25);
    expect(remoteAgentShare(2003)).toBeLessThan(0.4);
  });

  it('every change names a series that can be compared, and every series has a source and observations', () => {
    for (const series of EVIDENCE) {
      expect(series.source.length, series.id).toBeGreaterThan(10);
      expect(series.observations.length, series.id).toBeGreaterThan(0);
      for (const o of series.observations)
        expect(o.value !== undefined || o.low !== undefined || o.high !== undefined, series.id).toBe(true);
    }
    for (const change of EVIDENCE_CHANGES) expect(findEvidence(change.series).model, change.id).toBeDefined();
  });

  it('Wilson intervals contain the share and stay inside [0, 1]', () => {
    const [low, high] = wilsonInterval(1, 18);
    expect(high).toBe(1);
    expect(low).toBeGreaterThan(0.7);
    const [l2, h2] = wilsonInterval(0.5, 100);
    expect(l2).toBeLessThan(0.5);
    expect(h2).toBeGreaterThan(0.5);
  });
});
