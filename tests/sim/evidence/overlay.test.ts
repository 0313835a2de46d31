// The evidence overlay places observations on a chart's time axis (fiscal years a quarter early),
// draws ranges at their middle, and leaves out series whose levels do not compare.
import { describe, expect, it } from 'vitest';
import { evidenceOverlay } from '../../../src/sim/evidence/overlay';

describe('the evidence overlay', () => {
  it('places fiscal years a quarter before the calendar year and labels each point with its grade', () => {
    const [apprehensions] = evidenceOverlay('apprehensions');
    const fy2000 = apprehensions.points.find((p) => p.label.startsWith('FY2000'))!;
    expect(fy2000.x).toBe(1999.75);
    expect(fy2000.y).toBe(1643679);
    expect(fy2000.label).toContain('grade A');
  });

  it('draws ranges at their middle and leaves out series whose levels do not compare', () => {
    const fee = evidenceOverlay('smuggling_fee_mean_usd')[0];
    const early = fee.points.find((p) => p.low === 600)!;
    expect(early.y).toBe(800);
    expect(evidenceOverlay('unauthorized_population')).toEqual([]);
    expect(evidenceOverlay('kidnappings')).toEqual([]);
  });
});
