// Node tests of the UI's shared pieces: share-link encoding, run setups, series views and the
// many-seeds statistics. No browser needed.
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/sim/library';
import { RUN_SETTINGS, runSettingExpectation } from '../../src/sim/scenario';
import { decodeComparison } from '../../src/ui/compare/compareLink';
import { decodeLink, decodeLinkView, encodeLink, LinkError } from '../../src/ui/shared/link';
import { buildScenario, setupFor, type RunSetup } from '../../src/ui/shared/runSetup';
import { bandAcrossSeeds, quantile } from '../../src/ui/shared/ensembleStats';
import { replicateSeed } from '../../src/sim/experiment/seeds';
import { comparePlan, planRuns } from '../../src/sim/experiment';
import { viewSeries } from '../../src/ui/shared/series';
import { axisTitle, CHARTS } from '../../src/ui/shared/chartSpecs';
import { evidenceLayers, modelComparison, wrapText } from '../../src/ui/shared/evidenceLayer';
import { LUMPY_CHANGE, monthlyChange, readableView, viewCaption } from '../../src/ui/shared/readableView';
import { measureOver, wholeYears } from '../../src/sim/evidence/check';
import { runScenario } from '../../src/sim/run';
import { applyOverrides } from '../../src/sim/scenario';
import { formatInUnit } from '../../src/presentation/format';
import { findEvidence } from '../../src/sim/evidence/series';
import { findMetric } from '../../src/sim/metrics';
import { PLACES } from '../../src/sim/view';
import { ZONES } from '../../src/ui/map/layout';

describe('share links', () => {
  const setup: RunSetup = {
    ...setupFor({ library: 'border-surge' }),
    seed: 42,
    years: 3,
    set: { 'interior.employerFocus': 0.8, 'protection.cooperationRequired': false },
    changes: [{ at: '2004-03', set: { 'border.agents': 25000 } }],
  };

  it('round-trips a library setup and builds the same scenario', () => {
    const decoded = decodeLink(`#${encodeLink(setup)}`)!;
    expect(decoded).toEqual(setup);
    expect(buildScenario(decoded)).toEqual(buildScenario(setup));
  });

  it('round-trips a scenario loaded from a file', () => {
    const file = { ...findScenario('baseline-2003')!, name: 'my file', description: 'ñ and <b>' };
    const fromFile: RunSetup = { ...setupFor({ file }), seed: 7 };
    expect(decodeLink(encodeLink(fromFile))).toEqual(fromFile);
  });

  it("read the run settings' ranges from the scenario declaration, in both link formats", () => {
    const { max } = RUN_SETTINGS.years;
    expect(decodeLink(`years=${max}`)!.years).toBe(max);
    expect(() => decodeLink(`years=${max + 1}`)).toThrow(`years = "${max + 1}": expected ${runSettingExpectation('years')}`);
    expect(() => decodeComparison(`years=${max + 1}`)).toThrow(`years = "${max + 1}": expected ${runSettingExpectation('years')}`);
    expect(() => decodeComparison(`scale=${RUN_SETTINGS.scale.min - 1}`)).toThrow(runSettingExpectation('scale'));
  });

  it("carries the evidence overlay's state only when it is off, and rejects other values", () => {
    expect(encodeLink(setup)).not.toContain('evidence');
    const off = encodeLink(setup, { evidence: false });
    expect(decodeLinkView(off)).toEqual({ evidence: false });
    expect(decodeLink(off)).toEqual(setup);
    expect(decodeLinkView(encodeLink(setup))).toEqual({ evidence: true });
    expect(decodeLinkView('')).toEqual({ evidence: true });
    expect(() => decodeLinkView('scenario=baseline-2003&evidence=maybe')).toThrow('evidence = "maybe": expected on or off');
  });

  it('treats an empty fragment as no link', () => {
    expect(decodeLink('')).toBeNull();
    expect(decodeLink('#')).toBeNull();
  });

  it.each([
    ['scenario=nope', 'scenario = "nope"'],
    ['seed=-1', 'seed = "-1"'],
    ['seed=1e3', 'seed = "1e3"'],
    ['scale=0', 'scale'],
    ['years=99', 'years'],
    ['set=border.agents:abc', 'border.agents'],
    ['set=border.agents', 'expected path:value'],
    ['change=2005-01', 'expected YYYY-MM/path:value'],
    ['change=2001-01/border.agents:100', '2001-01'],
    ['evil=1', 'unknown part "evil"'],
    ['file=!!!', 'file'],
  ])('rejects %s with a message naming it', (fragment, named) => {
    expect(() => decodeLink(fragment)).toThrow(LinkError);
    expect(() => decodeLink(fragment)).toThrow(named);
  });
});

describe('series views and many-seeds statistics', () => {
  const dates = Array.from({ length: 30 }, (_, i) => `${2003 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const ones = Array.from({ length: 30 }, () => 1);

  it("yearly view keeps complete years and applies each metric's rule", () => {
    expect(viewSeries('deaths', { deaths: ones }, dates, 'yearly')).toEqual({ x: [2003, 2004], y: [12, 12], labels: ['2003', '2004'] });
    expect(viewSeries('deaths', { deaths: ones }, dates, 'monthly').x[6]).toBeCloseTo(2003.5);
  });

  it('the rolling view gives, at each month from the 12th, the 12 months up to it by the metric rule; before, a gap', () => {
    const rising = Array.from({ length: 30 }, (_, t) => t);
    const rolling = viewSeries('deaths', { deaths: rising }, dates, 'rolling');
    expect(rolling.x).toEqual(viewSeries('deaths', { deaths: rising }, dates, 'monthly').x);
    expect(rolling.y.slice(0, 11).every(Number.isNaN)).toBe(true);
    expect(rolling.y[11]).toBe(66);
    expect(rolling.y[29]).toBe(rising.slice(18, 30).reduce((a, b) => a + b, 0));
    // A stock keeps its month's value; a ratio is the ratio of the 12 months' sums.
    expect(viewSeries('victims_held', { victims_held: rising }, dates, 'rolling').y[20]).toBe(20);
    const departures = rising.map((t) => (t % 2 ? 3 : 1));
    const withSmuggler = rising.map(() => 1);
    const series = { departures, departures_with_smuggler: withSmuggler, smuggler_use_share: rising };
    const share = viewSeries('smuggler_use_share', series, dates, 'rolling');
    expect(share.y[11]).toBeCloseTo(12 / 24);
  });

  it("a ratio's year is the ratio of the year's sums, not the mean of its monthly ratios", () => {
    // January: 9 of 10 departures with a smuggler; the other months: 0 of 1.
    const departures = dates.map((_, t) => (t % 12 === 0 ? 10 : 1));
    const withSmuggler = dates.map((_, t) => (t % 12 === 0 ? 9 : 0));
    const monthly = departures.map((d, t) => withSmuggler[t] / d);
    const series = { departures, departures_with_smuggler: withSmuggler, smuggler_use_share: monthly };
    expect(viewSeries('smuggler_use_share', series, dates, 'yearly').y).toEqual([9 / 21, 9 / 21]);
  });

  it('a month or year without a value stays a gap (NaN), never a zero', () => {
    expect(viewSeries('smuggling_fee_mean_usd', { smuggling_fee_mean_usd: [NaN, 500] }, dates, 'monthly').y).toEqual([NaN, 500]);
    const none = {
      smuggler_clients: ones.map(() => 0),
      smuggling_fees_usd: ones.map(() => 0),
      smuggling_fee_mean_usd: ones.map(() => NaN),
    };
    expect(viewSeries('smuggling_fee_mean_usd', none, dates, 'yearly').y).toEqual([NaN, NaN]);
  });

  it('quantiles interpolate and the band brackets the mean', () => {
    expect(quantile([0, 10], 0.5)).toBe(5);
    expect(quantile([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2);
    const band = bandAcrossSeeds(
      'deaths',
      [
        [1, 2],
        [3, 4],
        [5, 9],
      ].map((deaths) => ({ deaths })),
      dates,
      'monthly',
    );
    expect(band.mean).toEqual([3, 5]);
    band.mean.forEach((m, i) => {
      expect(band.lo[i]).toBeLessThanOrEqual(m);
      expect(band.hi[i]).toBeGreaterThanOrEqual(m);
    });
  });

  it("replicate seeds depend only on (base, index), differ, and match the CLI's compare plan", () => {
    const seeds = Array.from({ length: 50 }, (_, i) => replicateSeed(9, i));
    expect(new Set(seeds).size).toBe(50);
    expect(replicateSeed(9, 17)).toBe(seeds[17]);
    seeds.forEach((s) => expect(Number.isInteger(s) && s >= 0 && s <= 4294967295).toBe(true));
    const plan = comparePlan([findScenario('baseline-2003')!, findScenario('border-surge')!], 5, 9);
    for (const run of planRuns(plan)) expect(run.seed).toBe(seeds[run.replicate]);
  });
});

describe('chart declarations', () => {
  it('draw only declared metrics and label every axis with a unit', () => {
    for (const chart of CHARTS) {
      for (const line of chart.lines) expect(findMetric(line.metric), line.metric).toBeDefined();
      expect(axisTitle(chart, 'y', 'monthly')).not.toBe('');
    }
    expect(
      axisTitle(
        CHARTS.find((c) => c.id === 'crossing')!,
        'y',
        'yearly',
      ),
    ).toBe('people per year');
  });
});

describe('the readable view a chart picks by itself', () => {
  const spec = CHARTS.find((c) => c.id === 'debt')!;
  it('measures a line by its mean month-to-month change over its mean level', () => {
    expect(monthlyChange([10, 10, 10, 10], 4)).toBe(0);
    expect(monthlyChange([0, 2, 0, 2], 4)).toBe(2);
    expect(monthlyChange([0, 0, 0], 3)).toBeNaN();
    expect(monthlyChange([NaN, 4, 6], 3)).toBeCloseTo(2 / 5);
  });

  it('rolls a chart whose jumpiest line changes more than the threshold, keeps the months otherwise, and waits for 12 months', () => {
    const smooth = Array.from({ length: 24 }, (_, t) => 1000 + t);
    const lumpy = Array.from({ length: 24 }, (_, t) => (t % 3 === 0 ? 300 : 0));
    expect(readableView(spec, { migrants_in_debt: smooth, kidnappings: smooth }, 11)).toBeNull();
    expect(readableView(spec, { migrants_in_debt: smooth, kidnappings: smooth }, 12)?.view).toBe('monthly');
    const rolled = readableView(spec, { migrants_in_debt: smooth, kidnappings: lumpy }, 24)!;
    expect(rolled.view).toBe('rolling');
    expect(rolled.label).toBe('Kidnappings for ransom (right axis)');
    expect(rolled.change).toBeGreaterThan(LUMPY_CHANGE);
    expect(viewCaption(rolled, 'auto')).toContain('"Kidnappings for ransom (right axis)" changes by');
    expect(viewCaption(null, 'yearly')).toContain('chosen above');
  });
});

describe('evidence over the charts', () => {
  const chart = (id: string) => CHARTS.find((c) => c.id === id)!;
  const months = (start: number, count: number) =>
    Array.from({ length: count }, (_, i) => `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const fy2000 = findEvidence('sw_apprehensions').observations.find((o) => o.from === 2000)!.value!;

  it("puts a yearly total in the monthly view as its monthly mean across the fiscal year's months", () => {
    const apprehensions = evidenceLayers(chart('crossing'), 'monthly', months(1999, 24)).find((l) => l.series === 'sw_apprehensions')!;
    const mark = apprehensions.marks.find((m) => m.lines.some((l) => l.startsWith('FY2000')))!;
    expect(mark.y).toBeCloseTo(fy2000 / 12);
    expect(mark.x0).toBeCloseTo(1999.75);
    expect(mark.x1).toBeCloseTo(2000 + 8 / 12);
    const yearly = evidenceLayers(chart('crossing'), 'yearly', months(1999, 24)).find((l) => l.series === 'sw_apprehensions')!;
    const sameYear = yearly.marks.find((m) => m.lines.some((l) => l.startsWith('FY2000')))!;
    expect(sameYear.y).toBe(fy2000);
    expect(sameYear.x).toBe(1999.75);
  });

  it("keeps a share's value in both views, on the axis and in the colour of its model line", () => {
    const layers = evidenceLayers(chart('market'), 'monthly', months(2004, 24));
    const use = layers.find((l) => l.series === 'smuggler_use')!;
    const line = chart('market').lines.findIndex((l) => l.metric === 'smuggler_use_share');
    expect(use.axis).toBe(chart('market').lines[line].axis);
    expect(use.marks[0].low).toBe(0.9);
    expect(use.marks[0].y).toBeCloseTo(0.95);
    const yearlyUse = evidenceLayers(chart('market'), 'yearly', months(2004, 24)).find((l) => l.series === 'smuggler_use')!;
    expect(yearlyUse.marks[0].y).toBe(use.marks[0].y);
    // Both smuggler-use series compare with the same line, so they share its colour; the fee has no evidence in 2004-2005.
    expect(layers.map((l) => l.series).sort()).toEqual(['smuggler_use', 'smuggler_use_mmp']);
    expect(new Set(layers.map((l) => l.colour)).size).toBe(1);
  });

  it("the tooltip's model value for an observation is the run's value over its period as `frontera history` takes it", () => {
    const result = runScenario(applyOverrides(findScenario('history-1992-2010')!, { scale: 200, years: 10 }));
    const layer = evidenceLayers(chart('crossing'), 'monthly', result.dates).find((l) => l.series === 'sw_apprehensions')!;
    const mark = layer.marks.find((m) => m.period.from === 2000)!;
    const model = measureOver({ metric: 'apprehensions' }, wholeYears(result, 'fiscal'), 2000, 2000);
    const [low, high] = mark.period.band;
    const where = model < low ? 'below' : model > high ? 'above' : 'inside';
    const said = modelComparison(mark.period, result);
    expect(said).toContain(
      `This run, same period: ${formatInUnit(model, 'people')} a year = ${formatInUnit(model / 12, 'people')} a month`,
    );
    expect(said).toContain(`${where} the evidence's band (${formatInUnit(low, 'people')} to ${formatInUnit(high, 'people')})`);
    // Before the run reaches FY2000 (October 1999 to September 2000), the tooltip says so.
    expect(modelComparison(mark.period, { dates: result.dates.slice(0, 100), series: result.series })).toContain('has not run through');
  });

  it('draws only observations that overlap the run, and nothing for charts or years without evidence', () => {
    const run = months(2003, 12);
    const marks = evidenceLayers(chart('crossing'), 'monthly', run).flatMap((l) => l.marks);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.x1 >= 2003 - 1e-9 && m.x0 < 2004).toBe(true);
    expect(evidenceLayers(chart('debt'), 'monthly', months(1992, 240))).toEqual([]);
    for (const c of CHARTS) expect(evidenceLayers(c, 'monthly', months(2015, 24)), c.id).toEqual([]);
    expect(evidenceLayers(chart('crossing'), 'monthly', [])).toEqual([]);
    for (const m of evidenceLayers(chart('market'), 'yearly', months(1990, 252)).flatMap((l) => l.marks)) {
      expect([m.x, m.y, m.x0, m.x1].every(Number.isFinite)).toBe(true);
    }
  });

  it('wraps tooltip text at spaces within the width', () => {
    const lines = wrapText('Source: a b c d e f g h i j k l m n o p q r s t u v w x y z', 12);
    expect(lines.join(' ')).toBe('Source: a b c d e f g h i j k l m n o p q r s t u v w x y z');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(12);
  });
});

describe('map layout', () => {
  it("has a zone for every place of the core's view but the transit route (drawn as a route)", () => {
    expect(ZONES.map((z) => z.key).sort()).toEqual(PLACES.filter((p) => p !== 'transit').sort());
  });
});
