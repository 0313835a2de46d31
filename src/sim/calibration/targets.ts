// The calibration set from the design brief (MODEL.md), each with how to measure it on the
// model's yearly output (2003-2005). `frontera calibrate` scores the targets; inputs, quantities an
// input bounds, and reference rows are shown but never scored.
import type { YearlyRow } from '../output';
import type { MetricName } from '../metrics';
import type { ParamPath } from '../params';

export interface CalibrationTarget {
  /** Short name for file columns. */
  id: string;
  quantity: string;
  target: string;
  /** Range counted as a hit; undefined for quantities that are inputs, not outputs. */
  low?: number;
  high?: number;
  /** Shown for context only: neither an input nor a target. */
  reference?: boolean;
  /** The input that caps this quantity (it equals its capacity), so a hit tests nothing: not scored. */
  boundBy?: ParamPath;
  source: string;
  measure(years: YearlyRow[]): number;
}

const mean = (years: YearlyRow[], metric: MetricName) => years.reduce((a, y) => a + y.values[metric], 0) / years.length;
const sum = (years: YearlyRow[], metric: MetricName) => years.reduce((a, y) => a + y.values[metric], 0);

/** The targets, in the order of the brief's table. */
export function calibrationTargets(): CalibrationTarget[] {
  return [
    {
      id: 'apprehension_rate',
      quantity: 'apprehension probability per attempt',
      target: '0.30 to 0.40',
      low: 0.3,
      high: 0.4,
      source: 'MMP via NRC 2013; Massey & Singer 1995',
      measure: (y) => mean(y, 'apprehension_rate'),
    },
    {
      id: 'eventual_success',
      quantity: 'eventual success of those who keep trying',
      target: 'about 0.9 or more',
      low: 0.9,
      high: 1,
      source: 'Cornelius (UCSD field research)',
      measure: (y) => sum(y, 'entries') / (sum(y, 'entries') + sum(y, 'trips_abandoned') + sum(y, 'deaths')),
    },
    {
      id: 'smuggler_use',
      quantity: 'share of crossers using a smuggler',
      target: '0.9 or more (2000s)',
      low: 0.9,
      high: 1,
      source: 'NRC 2011/2013, MMP',
      measure: (y) => mean(y, 'smuggler_use_share'),
    },
    {
      id: 'fee',
      quantity: 'smuggler fee (USD)',
      target: '600-1,000 (1990-93) to 1,500-2,500 (2006-10)',
      low: 1200,
      high: 2500,
      source: 'Roberts et al. 2010 (DHS); NRC 2013',
      measure: (y) => mean(y, 'smuggling_fee_mean_usd'),
    },
    {
      id: 'deaths',
      quantity: 'border deaths per year',
      target: '320 to 490',
      low: 320,
      high: 490,
      source: 'Border Patrol counts; GAO-06-770',
      measure: (y) => mean(y, 'deaths'),
    },
    {
      id: 'agents',
      quantity: 'southwest border patrol agents',
      target: '9,200 (2002)',
      source: 'ONDCP; CRS (an input: border.agents)',
      measure: () => 9200,
    },
    {
      id: 'apprehensions',
      quantity: 'apprehensions per year',
      target: '0.93 to 1.68 million',
      low: 930000,
      high: 1680000,
      source: 'DHS Statistical Abstract (FY2000-2004; all nationalities)',
      measure: (y) => mean(y, 'apprehensions'),
    },
    {
      id: 'inflow',
      quantity: 'undocumented inflow per year (net growth of the unauthorized population)',
      target: 'about 800,000 (2000-04); 500,000 (2005-08)',
      low: 500000,
      high: 900000,
      source: 'Pew 2008',
      measure: (y) => (y[y.length - 1].values.unauthorized_population - y[0].values.unauthorized_population) / Math.max(1, y.length - 1),
    },
    {
      id: 'entries',
      quantity: 'gross irregular entries per year (for reference)',
      target: 'no direct estimate',
      reference: true,
      source: 'model output',
      measure: (y) => mean(y, 'entries'),
    },
    {
      id: 'women_share',
      quantity: 'women among unauthorized adults',
      target: 'about 40%',
      low: 0.35,
      high: 0.45,
      source: 'Pew (Passel)',
      measure: (y) => mean(y, 'women_share_unauthorized'),
    },
    {
      id: 'trafficked_latam',
      quantity: 'people trafficked into the U.S. per year from Latin America',
      target: '3,500 to 5,500 (14,500-17,500 all origins)',
      low: 3500,
      high: 5500,
      source: 'U.S. Attorney General report on FY2003',
      measure: (y) => mean(y, 'victims_new_us'),
    },
    {
      id: 'via_smugglers_share',
      quantity: 'share of U.S. victims handed over by smugglers (for reference: not comparable)',
      target:
        'not comparable: Zhang 2012 found 6% of smuggled migrants in San Diego reporting smuggler-specific trafficking violations and 28% employer ones (6:28, about 0.18 of the two); they are shares of a sample of migrants with overlapping, broader violations than a hand-over, not a split of victims',
      reference: true,
      source: 'Zhang 2012 (NIJ), San Diego',
      measure: (y) => sum(y, 'victims_new_via_smugglers') / Math.max(1, sum(y, 'victims_new_us')),
    },
    {
      id: 'debt',
      quantity: 'typical smuggling debt (USD)',
      target: '2,000 to 3,000 in debt-bondage cases',
      low: 2000,
      high: 3000,
      source: 'Cadena case, 1996-98 (model: mean new debt of all indebted clients)',
      measure: (y) => mean(y, 'smuggling_debt_mean_usd'),
    },
    {
      id: 'convictions_us',
      quantity: 'U.S. trafficking convictions per year (cases)',
      target: 'tens (about 98 defendants convicted in FY2006; 14 successful cases in 2001-02)',
      low: 7,
      high: 100,
      source: 'DOJ; the seed brief',
      measure: (y) => mean(y, 'convictions_us'),
    },
    {
      id: 'prosecutions_us',
      quantity: 'U.S. trafficking prosecutions per year',
      target: 'about 38 (76 initiated in 2001-02)',
      low: 25,
      high: 60,
      source: 'the seed brief',
      boundBy: 'justice.prosecutionCapacity',
      measure: (y) => mean(y, 'prosecutions_us'),
    },
    {
      id: 'prosecutions_all',
      quantity: 'trafficking cases prosecuted in the U.S. and Mexico per year (for reference)',
      target: 'no estimate for Mexico',
      reference: true,
      source: 'model output',
      measure: (y) => mean(y, 'prosecutions'),
    },
    {
      id: 't_visas',
      quantity: 'T-visas approved per year',
      target: '100 to 300 (FY2005-09)',
      low: 100,
      high: 300,
      source: 'USCIS',
      measure: (y) => mean(y, 't_visas_granted'),
    },
  ];
}

/** How a target counts: scored against its range, or shown only (an input, capped by an input, or a reference). */
export function targetRole(t: CalibrationTarget): 'scored' | 'input' | 'input-bound' | 'reference' {
  if (t.reference) return 'reference';
  if (t.low === undefined || t.high === undefined) return 'input';
  return t.boundBy ? 'input-bound' : 'scored';
}
