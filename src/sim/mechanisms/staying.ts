// Leaving the unauthorized population and settling in it (model/outflows.ts): each worker's review of their stay
// (going home for good, settling), deaths, adjustment to legal status and removals from the interior; the spin-up.
import { constant as c, count, int, mechanism, stream } from '../mechanism';

export const staying = mechanism({
  id: 'staying',
  title: 'Staying, settling and leaving',
  explanation: null,
  levers: [
    int({ path: 'interior.removalsPerYear', group: 'interior', label: 'Removals from the interior per year', unit: 'people/year', min: 0, max: 2000000, default: 40000,
      description: 'Unauthorized migrants from the modelled origins arrested at home or at work by ICE and removed each year (apart from worksite operations); some set out again.',
      source: 'Assumption: DHS counts about 190,000-360,000 removals a year of all origins in FY2003-08, most of them at the border (Yearbook of Immigration Statistics; not in EVIDENCE.md); the default takes about 40,000 of them as interior arrests of Mexicans and Central Americans', role: 'assumption' }),
  ],
  constants: {
    // Leaving the unauthorized population, and settling in it (outflows.ts): the weighing of a stay, its rates, and who people are
    SETTLER_REVIEW_MONTHS: c(36, 'months', 'assumption', 'outflows', 'Mean months between a settler\'s reviews of their stay (exponential); the rates below are applied over the interval, so this sets when, not how often, people leave', [12, 60]),
    EMIGRATION_RATE: c(0.03, 'per year', 'evidence', 'outflows',
      'Yearly chance of going home for good of a settler at the reference weighing (no family on either side, the reference earnings gap, no years stayed, under RETURN_AGE, no cost of coming back): Pew (Passel, Cohn & Gonzalez-Barrera 2012, EVIDENCE.md 6, B/C) count 670-700k Mexicans moving back in 1995-2000 and 1.4 M in 2005-10 out of a Mexican-born population of 9-12 M, 1.5-2.5% a year with deportees and children, and Warren & Warren (2013) find emigration did not rise after 2007', [0.01, 0.05]),
    SETTLING_RATE: c(0.2, 'per year', 'assumption', 'outflows', 'Yearly chance a sojourner at the reference weighing decides to stay for good (Massey et al. 2002 on the shift from circular to settled migration; no rate in EVIDENCE.md)', [0.05, 0.3]),
    STAY_EARNINGS: c(1, 'log-odds per log of the earnings ratio', 'assumption', 'outflows', 'How much the earnings ratio the unauthorized find (against REFERENCE_WAGE_GAP) weighs for staying: as the gap closes, more go home and fewer settle'),
    STAY_FAMILY_HERE: c(0.7, 'log-odds each', 'assumption', 'outflows', 'What a partner, and children, in the U.S. add to the weight of staying (Massey & Espinosa 1997: family in the U.S. lowers the odds of return)'),
    STAY_FAMILY_HOME: c(0.7, 'log-odds', 'assumption', 'outflows', 'What family waiting at home takes from the weight of staying'),
    STAY_YEARS: c(0.04, 'log-odds per year', 'assumption', 'outflows', 'What each year stayed takes from the weight of staying, all else equal: what one came to earn is saved (target earners); family formed here works the other way, through STAY_FAMILY_HERE'),
    STAY_YEARS_CAP: c(20, 'years', 'assumption', 'outflows', 'Years stayed beyond this weigh no further'),
    RETURN_AGE: c(45, 'years', 'assumption', 'outflows', 'Age from which going home to retire weighs'),
    STAY_AGE: c(0.05, 'log-odds per year', 'assumption', 'outflows', 'What each year of age past RETURN_AGE takes from the weight of staying'),
    STAY_UNDO_COST: c(0.5, 'log-odds per UNDO_REFERENCE_USD', 'assumption', 'outflows', 'What the cost of coming back across, should one want to (the stay\'s value lost to fees, apprehensions, failure and risk), adds to the weight of staying: a border surge makes going home dearer to undo (Massey, Durand & Pren 2015)'),
    UNDO_REFERENCE_USD: c(2000, 'USD', 'assumption', 'outflows', 'Cost of coming back at which the cost term is zero, and its unit: near the mean over the 2003 stock at baseline-2003 (about USD 1,550 at the start of the spin-up)'),
    MORTALITY_REFERENCE_AGE: c(40, 'years', 'evidence', 'outflows', 'Age at which MORTALITY_LOG_AT_REFERENCE is read from the life table'),
    MORTALITY_LOG_AT_REFERENCE: c(-6.27, 'log of a yearly probability', 'evidence', 'outflows', 'Log of the yearly chance of dying at 40: U.S. life table 2005 (NCHS), q(40) about 0.0019 (a recollected value, not in EVIDENCE.md)', [-6.5, -6.0]),
    MORTALITY_SLOPE: c(0.082, 'per year of age', 'evidence', 'outflows', 'Gompertz slope of the yearly chance of dying with age: fitted to q(40) 0.0019 and q(70) 0.022 of the U.S. life table 2005 (NCHS; recollected, not in EVIDENCE.md)', [0.075, 0.09]),
    ADJUSTMENT_RATE: c(0.004, 'per year', 'assumption', 'outflows', 'Yearly chance an unauthorized worker without family here adjusts to legal status (employer petitions, other routes); Warren & Warren (2013) count adjustments among the components of change but their table was not retrieved (EVIDENCE.md 7a)', [0.002, 0.01]),
    ADJUSTMENT_FAMILY_FACTOR: c(3, 'ratio', 'assumption', 'outflows', 'How many times more often someone with a partner or children here adjusts (family petitions)'),
    PARTNER_RATE: c(0.06, 'per year', 'assumption', 'outflows', 'Yearly chance someone without a partner in the U.S. forms or brings one'),
    CHILDREN_RATE: c(0.15, 'per year', 'assumption', 'outflows', 'Yearly chance someone with a partner here has or brings children'),
    FAMILY_AT_HOME_SHARE: c(0.5, 'share', 'assumption', 'outflows', 'Migrants who leave family (a partner, children, parents in their care) waiting at home'),
    JOINING_FAMILY_SHARE: c(0.2, 'share', 'assumption', 'outflows', 'Prospective migrants with contacts in the U.S. whose partner is among them (family reunification): they set out planning to stay'),
    MINOR_AGE_MIN: c(10, 'years', 'assumption', 'outflows', 'Youngest age of a minor setting out (ages are uniform from here to 17)'),
    ARRIVAL_AGE_MIN: c(18, 'years', 'assumption', 'outflows', 'Youngest age of an adult newcomer'),
    ARRIVAL_AGE_MAX: c(60, 'years', 'assumption', 'outflows', 'Oldest age of a newcomer'),
    ARRIVAL_AGE_SPREAD: c(8, 'years', 'assumption', 'outflows', 'Mean years above ARRIVAL_AGE_MIN of an adult newcomer (exponential, capped at 60): a median near 24 (Pew: most arrive in their twenties)'),
    STOCK_YEARS_MEAN: c(8, 'years', 'assumption', 'setup', 'Mean years stayed of the unauthorized already in the U.S. at the start (exponential, capped at STOCK_YEARS_MAX; Pew 2011: about two thirds had been in the U.S. 10 years or more in 2010)'),
    STOCK_YEARS_MAX: c(30, 'years', 'assumption', 'setup', 'Longest stay of anyone in the starting stock'),
    SPIN_UP_MONTHS: c(36, 'months', 'assumption', 'setup', 'Months simulated under the start year\'s inputs before the first recorded month (the spin-up): every employer decides afresh each year of it, and victims, networks, debts and contacts build up from a start with nobody held'),
  },
  streams: {
    StayReview: stream('stay.review', 'pid', 'a worker\'s review of their stay: death, adjustment, removal, family formed here, going home for good, settling'),
  },
  metrics: [
    // The unauthorized population's entries and exits by route (model/population counts every move in or out of it)
    count('us_entries', 'Entries into the unauthorized population', 'People who joined the unauthorized population in the U.S. this month (irregular entries, whether they came to work or were handed over to exploiters).'),
    count('emigrations', 'Emigration (home for good)', 'Unauthorized people in the U.S. who went home for good this month (a decision weighing earnings, family, years stayed, age and what coming back would cost).'),
    count('home_for_season', 'Home for a season', 'Unauthorized people who left the U.S. this month planning to come back (a trip home, or removed and planning to return).'),
    count('removed_from_us', 'Removed from the U.S. for good', 'Unauthorized people removed from the U.S. this month who did not plan to come back.'),
    count('deaths_in_us', 'Deaths in the U.S.', 'Unauthorized people who died in the U.S. this month (a life table).'),
    count('legal_status_gained', 'Legal status gained', 'Unauthorized people who left the unauthorized population for legal status this month (adjustment by a family or employer petition, regularisation, a T-visa).'),
    count('us_exits_other', 'Other exits from the unauthorized population', 'Unauthorized people who left the U.S. by any other route this month.'),
    count('settlements', 'Decisions to settle', 'Sojourners in the U.S. who decided to stay for good this month.'),
    count('interior_removals', 'Removals from the interior', 'Unauthorized workers arrested at home or at work by ICE and removed this month (interior.removalsPerYear; worksite operations are apart).'),
  ],
  state: ['stayTerms'],
  phases: ['stayTerms'],
});
