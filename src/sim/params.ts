// The policy levers and context of the model, declared once: unit, range, default, meaning and
// source. The zod schema, the CLI's validation, the UI's controls and the docs all read this list.
import { z } from 'zod';

export type ParamGroup = 'border' | 'interior' | 'protection' | 'pathways' | 'justice' | 'corruption' | 'context' | 'behaviour';

export interface ParamSpec {
  /** Dot path, e.g. `border.agents`: a public name that scripts depend on. */
  path: string;
  group: ParamGroup;
  label: string;
  unit: string;
  kind: 'number' | 'integer' | 'boolean';
  min: number;
  max: number;
  default: number | boolean;
  description: string;
  source: string;
  /** Read only when the run starts (it shapes the initial population), so it cannot change mid-run. */
  startOnly?: boolean;
  /** input: set from evidence; calibrated: estimated by `frontera calibrate` within `prior`; assumption: neither. Unmarked: not yet classified. */
  role?: 'input' | 'calibrated' | 'assumption';
  /** Uniform prior range [low, high] of a calibrated parameter (inside min..max). */
  prior?: readonly [number, number];
}

// `const` type parameters keep each path a literal, so `ParamPath` and `Params` below are exact.
const num = <const T extends Omit<ParamSpec, 'kind'>>(s: T) => ({ ...s, kind: 'number' as const });
const int = <const T extends Omit<ParamSpec, 'kind'>>(s: T) => ({ ...s, kind: 'integer' as const });
const bool = <const T extends Omit<ParamSpec, 'kind' | 'min' | 'max'>>(s: T) => ({ ...s, kind: 'boolean' as const, min: 0, max: 1 });

export const PARAMS = [
  // Border enforcement
  int({ path: 'border.agents', group: 'border', label: 'Border patrol agents', unit: 'agents', min: 0, max: 60000, default: 9200,
    description: 'Border Patrol agents on the southwest border. More agents raise the chance that a crossing in their corridor is stopped.',
    source: 'ONDCP; CRS: about 3,200 (1990), 9,200 (2002), 18,500 (2011)', role: 'input' }),
  num({ path: 'border.remoteDeployment', group: 'border', label: 'Share of agents in remote corridors', unit: 'share', min: 0, max: 1, default: 0.3,
    description: 'Share of agents deployed in remote desert and mountain corridors; the rest guard urban corridors near ports of entry. Concentrating agents in cities pushes crossers to remote routes, where walking is longer and deadlier.',
    source: 'Prevention-through-deterrence strategy (Operations Gatekeeper, Hold the Line); Cornelius 2001', role: 'input' }),
  num({ path: 'border.formalRemovalShare', group: 'border', label: 'Apprehended people formally removed', unit: 'share', min: 0, max: 1, default: 0.1,
    description: 'Share of apprehended people who are formally removed and prosecuted rather than returned voluntarily; removal sends them home and delays any retry, and its cost (behaviour.removalCostUsd) deters retries.',
    source: 'DHS Yearbook of Immigration Statistics (returns versus removals, 2000s); assumption', role: 'assumption' }),
  // Interior enforcement
  int({ path: 'interior.inspectionsPerYear', group: 'interior', label: 'Worksite inspections per year', unit: 'inspections/year', min: 0, max: 100000, default: 2500,
    description: 'Worksite inspections (I-9 audits and operations) per year across employers of unauthorized workers.',
    source: 'ICE worksite enforcement statistics (roughly 500 to 3,000 a year in the 2000s)', role: 'input' }),
  num({ path: 'interior.employerFocus', group: 'interior', label: 'Employer focus of inspections', unit: 'share', min: 0, max: 1, default: 0.3,
    description: '0 = inspections target workers (arrest and deport them); 1 = inspections target employers (sanctions, and workers interviewed as possible victims).',
    source: 'Policy lever; early-2000s practice leaned towards worker arrests (GAO-05-813)', role: 'input' }),
  int({ path: 'interior.employerSanctionUsd', group: 'interior', label: 'Sanction per unauthorized worker', unit: 'USD', min: 0, max: 100000, default: 2000,
    description: 'Fine an inspected employer pays per unauthorized worker found. Employers weigh the expected fine when deciding whether to hire off the books or coerce.',
    source: 'IRCA 1986 civil penalties (USD 250 to 10,000 per worker); GAO-05-813', role: 'input' }),
  num({ path: 'interior.statusVerification', group: 'interior', label: 'Employers verifying status', unit: 'share', min: 0, max: 1, default: 0.05,
    description: 'Share of otherwise compliant employers that verify work status electronically; unauthorized job seekers turned away there look for unregulated employers.',
    source: 'Basic Pilot/E-Verify enrolment, early 2000s (small); assumption', role: 'assumption' }),
  // Victim protection
  int({ path: 'protection.tVisaCap', group: 'protection', label: 'T-visa cap', unit: 'visas/year', min: 0, max: 50000, default: 5000,
    description: 'Annual cap on T-visas for trafficking victims.',
    source: 'Victims of Trafficking and Violence Protection Act 2000 (5,000 a year)', role: 'input' }),
  int({ path: 'protection.tVisaProcessingMonths', group: 'protection', label: 'T-visa processing time', unit: 'months', min: 1, max: 60, default: 12,
    description: 'Months between an application and a decision.',
    source: 'USCIS processing reports, 2000s; assumption', role: 'assumption' }),
  bool({ path: 'protection.cooperationRequired', group: 'protection', label: 'Cooperation required for a T-visa', unit: 'yes/no', default: true,
    description: 'Whether a victim must assist investigators to receive a T-visa.',
    source: 'TVPA 2000 (cooperation with reasonable requests required for adults)', role: 'input' }),
  int({ path: 'protection.continuedPresencePerYear', group: 'protection', label: 'Continued presence grants per year', unit: 'persons/year', min: 0, max: 50000, default: 225,
    description: 'Identified victims a year who may stay while their case runs (continued presence, requested for witnesses who assist investigators). While grants are left this year, cooperating is worth more to a victim, so more come forward and cooperate.',
    source: 'Seed brief (DOJ): continued presence granted to 300 persons from January 2002 to April 2003, about 225 a year', role: 'input' }),
  num({ path: 'protection.cooperationResponse', group: 'protection', label: 'How much protection raises cooperation', unit: 'index', min: 0, max: 1, default: 0.5,
    description: 'UNCERTAIN: how strongly expected protection raises a victim\'s willingness to cooperate. No study measures it; vary it.',
    source: 'Assumption: no empirical estimate (MODEL.md); exposed for sensitivity analysis', role: 'assumption' }),
  // Legal pathways
  int({ path: 'pathways.workVisasPerYear', group: 'pathways', label: 'Temporary work visas per year', unit: 'visas/year', min: 0, max: 2000000, default: 40000,
    description: 'Temporary work visas available to prospective migrants each year; a visa holder travels legally with no smuggler.',
    source: 'H-2A and H-2B visas issued to Mexicans, early 2000s (Department of State)', role: 'input' }),
  num({ path: 'pathways.regularisationShare', group: 'pathways', label: 'Regularisation per year', unit: 'share/year', min: 0, max: 1, default: 0,
    description: 'Share of unauthorized workers in the U.S. given legal status each year.',
    source: 'Policy lever (IRCA 1986 regularised about 2.7 million)', role: 'input' }),
  // Anti-trafficking justice capacity
  int({ path: 'justice.investigators', group: 'justice', label: 'Anti-trafficking investigators', unit: 'investigators', min: 0, max: 20000, default: 300,
    description: 'Federal investigators working trafficking cases; each can look into a limited number of workplaces a month.',
    source: 'FBI/ICE trafficking task forces, early 2000s; assumption', role: 'assumption' }),
  num({ path: 'justice.trainingShare', group: 'justice', label: 'Officers trained to identify victims', unit: 'share', min: 0, max: 1, default: 0.355135,
    description: 'Share of officers who encounter a victim and are trained to recognise them as a victim rather than as an immigration offender.',
    source: 'Seed brief (victims not identified and treated as such); assumption', role: 'calibrated', prior: [0.05, 0.6] }),
  int({ path: 'justice.prosecutionCapacity', group: 'justice', label: 'Prosecution capacity', unit: 'trial-equivalents/year', min: 0, max: 5000, default: 20,
    description: 'Trafficking cases U.S. attorneys can carry per year, counted as full trials; a case with cooperating witnesses usually ends in a guilty plea and takes half as much.',
    source: 'Seed brief: 76 prosecutions initiated, 23 cases prosecuted (2001-02); DOJ; set to about 40 prosecutions a year', role: 'input' }),
  int({ path: 'justice.mexicoProsecutionCapacity', group: 'justice', label: 'Prosecution capacity in Mexico', unit: 'trial-equivalents/year', min: 0, max: 5000, default: 10,
    description: 'Trafficking and pimping cases against border-city venues Mexican prosecutors can carry a year; corruption in Mexico lowers how many end in conviction.',
    source: 'Assumption: no series; the seed brief and TIP reports describe few prosecutions in Mexico (laws on prostitution and pimping, local collusion)', role: 'assumption' }),
  num({ path: 'justice.ngoOutreach', group: 'justice', label: 'NGO outreach', unit: 'index', min: 0, max: 1, default: 0.2,
    description: 'Reach of NGOs and hotlines that help victims come forward.',
    source: 'Assumption', role: 'assumption' }),
  // Corruption
  num({ path: 'corruption.mexico', group: 'corruption', label: 'Corruption in Mexico', unit: 'share', min: 0, max: 1, default: 0.4,
    description: 'Share of encounters with Mexican officials that can be bought off; shields border-city venues from raids and lowers the chance a Mexican case ends in conviction.',
    source: 'Seed brief (collaboration of corrupt local officials); TIP reports; assumption', role: 'assumption' }),
  num({ path: 'corruption.us', group: 'corruption', label: 'Corruption in the U.S.', unit: 'share', min: 0, max: 1, default: 0.03,
    description: 'Share of encounters with U.S. officials (ports, patrol, interior) that can be bought off.',
    source: 'DHS OIG corruption cases (small); assumption', role: 'assumption' }),
  // Context
  num({ path: 'context.povertyRate', group: 'context', label: 'Poverty rate in origin regions', unit: 'share', min: 0, max: 1, default: 0.4,
    description: 'Share of the origin population in poverty: poorer people have less savings and more often consider migrating.',
    source: 'Seed brief (over 40 percent of Mexico in poverty)', role: 'input' }),
  num({ path: 'context.wageGap', group: 'context', label: 'U.S./origin wage ratio', unit: 'ratio', min: 1, max: 20, default: 8,
    description: 'How many times more a job pays in the U.S. than at home; the main pull.',
    source: 'Hanson 2006 (US-Mexico wage ratios 5 to 10)', role: 'input' }),
  num({ path: 'context.usLabourDemand', group: 'context', label: 'U.S. demand for unauthorized labour', unit: 'index', min: 0, max: 3, default: 1,
    description: 'U.S. demand for unauthorized workers (construction, agriculture, services) relative to 2003 (1): job openings are proportional to it, not to the workforce already held. Openings against job seekers set how fast they find work, and what potential migrants expect to earn: the U.S. business cycle reaches the decision to migrate through it.',
    source: 'Business-cycle input (BLS JOLTS job openings; no series in EVIDENCE.md): 1 = the 2003 level', role: 'input' }),
  num({ path: 'context.centralAmericanShare', group: 'context', label: 'Central American share', unit: 'share', min: 0, max: 1, default: 0.12,
    description: 'Share of prospective migrants from Central America, who must first cross Mexico.',
    source: 'DHS apprehensions by citizenship: the other-than-Mexican share of SW apprehensions was 1.7-5.8% in 2000-04 and 13.2% in 2005 (EVIDENCE.md 2); the default is near the 2005 value', role: 'input' }),
  num({ path: 'context.sexTourismDemand', group: 'context', label: 'Sex tourism demand in Mexico', unit: 'index', min: 0, max: 3, default: 1,
    description: 'Demand for commercial sex in Mexico\'s border cities relative to the early 2000s; with the expected cost of raids and convictions it sets how many venues open, and their vacancies drive recruitment.',
    source: 'Seed brief (Tijuana as a cited destination); assumption', role: 'assumption' }),
  num({ path: 'context.usCommercialSexDemand', group: 'context', label: 'Commercial sex demand in the U.S.', unit: 'index', min: 0, max: 3, default: 1,
    description: 'Demand for commercial sex in the U.S. relative to the early 2000s; with the expected cost of raids and convictions it sets how many venues exploiting migrants can stay open.',
    source: 'Assumption (no series)', role: 'assumption' }),
  num({ path: 'context.unregulatedEmployerShare', group: 'context', label: 'Unregulated employers', unit: 'share', min: 0, max: 1, default: 0.343383,
    description: 'Share of employers willing to hire unauthorized workers off the books before enforcement is weighed.',
    source: 'Assumption, consistent with about 5 percent of U.S. workers being unauthorized (Passel 2006)', role: 'calibrated', prior: [0.15, 0.6] }),
  num({ path: 'context.organizedCrime', group: 'context', label: 'Organized crime strength', unit: 'index', min: 0, max: 1, default: 0.3,
    description: 'Strength of criminal organisations in smuggling: raises kidnapping and the share of smugglers who sell indebted migrants.',
    source: 'Seed brief; assumption', role: 'assumption' }),
  int({ path: 'context.usStock', group: 'context', label: 'Unauthorized population at start', unit: 'people', min: 0, max: 20000000, default: 9300000,
    startOnly: true,
    description: 'Unauthorized migrants from Mexico and Central America already in the U.S. when the run starts.',
    source: 'Passel 2005 (Pew): about 10.3 million unauthorized in March 2004, about 81 percent (8.3 million) Latin American. The default (9.3 million) is about a million above that share: it matches the Pew total for 2001-02 (9.3-9.4 million, EVIDENCE.md 7a) rather than the Mexican and Central American part', role: 'input' }),
  num({ path: 'context.womenShare', group: 'context', label: 'Women among new migrants', unit: 'share', min: 0, max: 1, default: 0.35,
    description: 'Share of women among people who consider migrating.',
    source: 'Pew (Passel): about 40 percent of unauthorized adults (the stock) are women; the share among newcomers is set lower (assumption)', role: 'assumption' }),
  num({ path: 'context.minorShare', group: 'context', label: 'Minors among new migrants', unit: 'share', min: 0, max: 0.5, default: 0.06,
    description: 'Share of minors (under 18) among people who consider migrating.',
    source: 'DHS apprehensions of juveniles, early 2000s; assumption', role: 'assumption' }),
  // Behaviour: how migrants and smugglers respond (mechanism parameters, not policy)
  num({ path: 'behaviour.guideEvasion', group: 'behaviour', label: 'Patrol exposure with a community guide', unit: 'share', min: 0.1, max: 1, default: 0.623371,
    description: 'Share of the patrol intensity a crossing led by a community guide meets (1 = as exposed as someone crossing alone, who does not know the gaps).',
    source: 'Calibrated: apprehension probability per attempt 0.30-0.40 (MMP via NRC 2013), lower for coyote users (Massey & Singer 1995)' , role: 'calibrated', prior: [0.4, 1] }),
  num({ path: 'behaviour.networkEvasion', group: 'behaviour', label: 'Patrol exposure with a professional network', unit: 'share', min: 0.1, max: 1, default: 0.518408,
    description: 'Share of the patrol intensity a crossing run by a professional network meets (scouts, safe houses, vehicles, false documents). The gap to guides is why networks gain clients when enforcement rises.',
    source: 'Calibrated as above; assumption that networks evade better than guides (Spener 2009; Cornelius 2001)' , role: 'calibrated', prior: [0.2, 0.9] }),
  int({ path: 'behaviour.guideCostUsd', group: 'behaviour', label: 'A guide\'s cost per crossing attempt', unit: 'USD', min: 0, max: 10000, default: 392,
    description: 'What one attempt costs a community guide per client, including the guide\'s own pay: transport to the line, food, the walk, the ride north. Fees cover retries, so more apprehensions mean more attempts per client.',
    source: 'Calibrated: fee about USD 1,500-2,000 in 2003 (Roberts et al. 2010; MMP)' , role: 'calibrated', prior: [200, 900] }),
  int({ path: 'behaviour.networkCostUsd', group: 'behaviour', label: 'A network\'s cost per crossing attempt', unit: 'USD', min: 0, max: 20000, default: 1427,
    description: 'What one attempt costs a professional network per client: scouts, drivers, safe houses, documents, lending (deferred fees).',
    source: 'Calibrated as above; assumption that networks cost about twice as much as guides (Spener 2009)' , role: 'calibrated', prior: [400, 2000] }),
  int({ path: 'behaviour.smugglerLossPerApprehensionUsd', group: 'behaviour', label: 'Smuggler\'s loss per apprehended client', unit: 'USD', min: 0, max: 10000, default: 300,
    description: 'What an apprehended client costs the outfit besides the retry: guides arrested or replaced, vehicles and loads seized, or the bribe that avoided it.',
    source: 'Assumption (Gathmann 2008: enforcement reaches the price through smugglers\' costs)', role: 'assumption' }),
  num({ path: 'behaviour.remoteRouteExtraCost', group: 'behaviour', label: 'Extra cost of a remote route', unit: 'share', min: 0, max: 3, default: 0.5,
    description: 'How much more an attempt through a remote desert or mountain corridor costs a smuggler than an urban one (days of walking, longer drives).',
    source: 'Assumption (Cornelius 2001; Gathmann 2008 on the shift to remote routes)', role: 'assumption' }),
  int({ path: 'behaviour.usMonthlyEarningsUsd', group: 'behaviour', label: 'Monthly earnings in the U.S.', unit: 'USD/month', min: 100, max: 10000, default: 1400,
    description: 'What an unauthorized worker earns a month in the U.S.; the gain from migrating is this less what they would earn at home (context.wageGap).',
    source: 'Early-2000s weekly earnings of unauthorized Mexican workers about USD 300-350 (MMP; Passel 2006)', role: 'input' }),
  num({ path: 'behaviour.monthlyDiscountRate', group: 'behaviour', label: 'Monthly discount rate', unit: 'share/month', min: 0.001, max: 0.2, default: 0.0148807,
    description: 'How heavily prospective migrants discount later months of earnings when they weigh a trip: it sets what getting across is worth against its cost and risk.',
    source: 'Calibrated: smuggler use about 0.9 and undocumented inflow (NRC 2013; Pew); high rates are typical of poor, credit-constrained households' , role: 'calibrated', prior: [0.005, 0.05] }),
  int({ path: 'behaviour.screeningSanctionUsd', group: 'behaviour', label: 'Sanction that makes employers screen', unit: 'USD/worker/year', min: 1, max: 1000000, default: 1000,
    description: 'Expected yearly sanction per unauthorized worker at which about two in three compliant employers check papers closely enough to turn unauthorized applicants away (on top of electronic verification). Employer-focused enforcement reaches the decision to migrate through this: fewer jobs open to the unauthorized.',
    source: 'Assumption (no estimate; vary it). IRCA sanctions were rarely enforced, so early-2000s screening was low (GAO-05-813)', role: 'assumption' }),
  num({ path: 'behaviour.offBooksWagePenalty', group: 'behaviour', label: 'Wage penalty of being screened out', unit: 'share', min: 0, max: 0.5, default: 0.15,
    description: 'How much less unauthorized workers earn when every compliant employer screens them out: confined to off-the-books work, they take lower pay. The penalty applies in proportion to compliant employers\' screening, so status verification and sanctions lower the earnings that draw migrants.',
    source: 'Assumption (range 0.05-0.3; vary it). Direction: Orrenius & Zavodny 2014 (Dallas Fed WP 1403) find E-Verify lowers hourly earnings of likely-unauthorized Mexican men (EVIDENCE.md 8d); no magnitude in the design docs', role: 'assumption' }),
  num({ path: 'behaviour.homeVisitValueUsd', group: 'behaviour', label: 'Worth of a trip home', unit: 'USD', min: 1, max: 1000000, default: 15000,
    description: 'Mean worth (USD-equivalent) to an unauthorized sojourner of a trip home. They go only if it is worth more than crossing back would cost them, so dearer crossings lengthen stays (circularity).',
    source: 'Assumption (no estimate; vary it). Direction from Massey, Durand & Pren 2015 and Angelucci 2012: return migration fell as crossing got dearer', role: 'assumption' }),
  num({ path: 'behaviour.contactsPerMigrant', group: 'behaviour', label: 'Contacts per migrant at home', unit: 'people', min: 0, max: 100, default: 15.4036,
    description: 'People at home for whom each migrant in the U.S. is a contact: the share of prospective migrants with contacts grows with the stock (cumulative causation).',
    source: 'Calibrated: about 60% of Mexican and 35% of Central American prospective migrants with U.S. contacts at the 2003 stock (MMP); Massey 1990 on cumulative causation' , role: 'calibrated', prior: [4, 20] }),
  int({ path: 'behaviour.bondageCreditUsd', group: 'behaviour', label: 'Debt credited per month in bondage', unit: 'USD/month', min: 1, max: 100000, default: 100,
    description: 'What an exploiter counts against a held person\'s debt for a month of work, after charging for lodging, food and transport. The person is held until the debt is worked off (or they get away, or are found).',
    source: 'Assumption; Cadena case (1996-98): debts of USD 2,000-3,000 held women for many months', role: 'assumption' }),
  num({ path: 'behaviour.debtControl', group: 'behaviour', label: 'Hold of a debt on a victim', unit: 'share', min: 0, max: 1, default: 0.5,
    description: 'How much less likely someone held is to get away while they still owe (threats to family at home, documents kept). 0 = a debt makes no difference.',
    source: 'Assumption (Zhang 2012: smuggling debt as the link to exploitation)', role: 'assumption' }),
  num({ path: 'behaviour.debtResaleMarkup', group: 'behaviour', label: 'Markup when a debt is sold on', unit: 'share', min: 0, max: 5, default: 0.5,
    description: 'How much a buyer adds to a smuggling debt it takes over with the person (what it paid the network).',
    source: 'Assumption; Cadena case: debts above the going smuggling fee', role: 'assumption' }),
  // Migrants' choice of how to cross and whether to leave (migrants.ts)
  int({ path: 'behaviour.apprehensionCostUsd', group: 'behaviour', label: 'Cost of an apprehension to the migrant', unit: 'USD', min: 0, max: 20000, default: 900,
    description: 'What an apprehension costs the person besides the month lost: belongings taken, bus fares, lodging while waiting to try again. Migrants weigh it when choosing how to cross and whether to leave.',
    source: 'Assumption (no estimate; vary it)', role: 'assumption' }),
  int({ path: 'behaviour.removalCostUsd', group: 'behaviour', label: 'Cost of a formal removal to the migrant', unit: 'USD', min: 0, max: 100000, default: 3000,
    description: 'Extra cost of being formally removed rather than returned (sent home, months lost, a record that raises the penalty next time); also what a worksite arrest costs someone working in the U.S.',
    source: 'Assumption (no estimate; vary it)', role: 'assumption' }),
  int({ path: 'behaviour.lifeValueUsd', group: 'behaviour', label: 'Value a migrant puts on their own life', unit: 'USD', min: 0, max: 20000000, default: 300000,
    description: 'How much a migrant at full risk aversion would pay to avoid a certain death, in the choice of how to cross and whether to leave (scaled by each person\'s risk aversion).',
    source: 'Assumption: well below U.S. values of a statistical life (USD 5-10 million), as poor households\' willingness to pay is; no estimate for migrants', role: 'assumption' }),
  int({ path: 'behaviour.choiceScaleUsd', group: 'behaviour', label: 'Spread of tastes in the choice of crossing', unit: 'USD', min: 1, max: 100000, default: 1200,
    description: 'Scale of the unobserved tastes in the choice between going alone, a guide and a professional network (logit): small = everyone takes the option worth most; large = choices close to random.',
    source: 'Assumption (no estimate; vary it)', role: 'assumption' }),
  num({ path: 'behaviour.lureWeight', group: 'behaviour', label: 'Weight of the lure in the decision to leave', unit: 'log-odds per log USD', min: 0, max: 5, default: 1.2,
    description: 'How strongly the net value of the best way across (earnings and jobs, less crossing cost and risk) moves the log-odds of leaving: the elasticity of departures with respect to what migrating is worth.',
    source: 'Assumption. Check: Orrenius 1999 (via NRC 2013) finds a 20% higher fee lowers the probability of migrating by 13-21% (elasticity -0.65 to -1.05)', role: 'assumption' }),
  num({ path: 'behaviour.retryProbability', group: 'behaviour', label: 'Chance of trying again after an apprehension', unit: 'probability', min: 0, max: 1, default: 0.88,
    description: 'Chance someone apprehended on their first tries sets out again rather than going home, when trying again is worth what it was on average in 2003 (paying a smuggler adds a little; it wanes after many attempts). Its log-odds fall with harsher consequences of an apprehension (formal removal and its cost), better odds for the patrol and worse news of U.S. jobs.',
    source: 'Assumption within the evidence: 10-40% of repatriated crossers were deterred from trying again in the 1990s-2000s (DHS-OIS 2017), and about 0.9 or more of those who keep trying get in (Cornelius)', role: 'assumption' }),
  int({ path: 'behaviour.familyHelpUsd', group: 'behaviour', label: 'Family help towards a guide\'s fee', unit: 'USD', min: 0, max: 20000, default: 1500,
    description: 'Money family or friends in the U.S. can put towards a guide\'s fee on arrival, for migrants with contacts there.',
    source: 'Assumption (MMP reports fees often paid by relatives in the U.S.; no amount)', role: 'assumption' }),
  num({ path: 'behaviour.newsWeight', group: 'behaviour', label: 'Weight of last month\'s news', unit: 'share', min: 0.01, max: 1, default: 0.3,
    description: 'What migrants know of each way of crossing: the apprehension odds recent crossers report, updated each month with this weight on the newest month (word of mouth).',
    source: 'Assumption (no estimate; vary it)', role: 'assumption' }),
  num({ path: 'behaviour.hearsayWeight', group: 'behaviour', label: 'Weight of hearsay against own experience', unit: 'attempts', min: 0, max: 100, default: 4,
    description: 'Someone caught crossing alone weighs what they heard as this many attempts against their own apprehensions when judging their odds alone.',
    source: 'Assumption (no estimate; vary it)', role: 'assumption' }),
  // The smuggling market (smugglers.ts)
  int({ path: 'behaviour.guideCapacity', group: 'behaviour', label: 'Clients a guide can take a month', unit: 'people/month', min: 1, max: 100000, default: 100,
    description: 'Real clients one community guide outfit can take on in a month (small groups led across).',
    source: 'Assumption (Spener 2009 describes small-scale guides; no count)', role: 'assumption' }),
  int({ path: 'behaviour.networkCapacity', group: 'behaviour', label: 'Clients a network can take a month', unit: 'people/month', min: 1, max: 1000000, default: 1000,
    description: 'Real clients one professional network can take on in a month (many guides, drivers and safe houses). Fewer, larger outfits mean less competition.',
    source: 'Assumption (no count)', role: 'assumption' }),
  num({ path: 'behaviour.markupResponse', group: 'behaviour', label: 'How fast smugglers\' markups respond', unit: 'share per unit of utilisation', min: 0, max: 2, default: 0.1,
    description: 'How far an outfit moves its markup over cost each month per unit its utilisation is above (up) or below (down) full. With entry it sets how much of a rise in costs shows in the fee.',
    source: 'Assumption. Check: Gathmann 2008 finds tripling enforcement raised the price about 17% (up to 30% in her working papers)', role: 'assumption' }),
  num({ path: 'behaviour.outfitEntryRate', group: 'behaviour', label: 'Entry of new smuggling outfits', unit: 'share/month', min: 0, max: 1, default: 0.1,
    description: 'Most new outfits a month when demand outruns capacity, as a share of those in business (recruiting guides and routes takes time).',
    source: 'Assumption (no estimate; vary it)', role: 'assumption' }),
  num({ path: 'behaviour.outfitExitRate', group: 'behaviour', label: 'Exit of idle smuggling outfits', unit: 'per month', min: 0, max: 1, default: 0.15,
    description: 'Monthly chance that an outfit idle most of the time closes.',
    source: 'Assumption (no estimate; vary it)', role: 'assumption' }),
  // Debts (employers.ts)
  int({ path: 'behaviour.debtRepaymentUsd', group: 'behaviour', label: 'Debt repaid per month by a free worker', unit: 'USD/month', min: 1, max: 10000, default: 250,
    description: 'What a free worker puts towards a smuggling debt each month; the debt is paid off after debt / this many months.',
    source: 'Assumption: about a fifth of monthly earnings (behaviour.usMonthlyEarningsUsd)', role: 'assumption' }),
] as const satisfies readonly ParamSpec[];

/** Every lever's dot path; a misspelt path does not compile. */
export type ParamPath = (typeof PARAMS)[number]['path'];
type SpecOf<P extends ParamPath> = Extract<(typeof PARAMS)[number], { path: P }>;
/** The value type of one lever: boolean for switches, number otherwise. */
export type ParamValueOf<P extends ParamPath> = SpecOf<P>['kind'] extends 'boolean' ? boolean : number;

export const PARAM_GROUPS: readonly ParamGroup[] = ['border', 'interior', 'protection', 'pathways', 'justice', 'corruption', 'context', 'behaviour'];

/** Flat record of every parameter by its dot path, each with its own value type. */
export type Params = { [P in ParamPath]: ParamValueOf<P> };
/** Some parameters by dot path (overrides, timeline changes), checked at run time. */
export type ParamOverrides = Partial<Record<string, number | boolean>>;

const byPath = new Map<string, ParamSpec>(PARAMS.map((p) => [p.path, p]));

/** The declaration for a dot path, or undefined if there is none. */
export function findParam(path: string): ParamSpec | undefined {
  return byPath.get(path);
}

function valueSchema(spec: ParamSpec): z.ZodType<number | boolean> {
  if (spec.kind === 'boolean') return z.boolean().describe(`${spec.label}. ${spec.description}`);
  let s = z.number().min(spec.min).max(spec.max);
  if (spec.kind === 'integer') s = s.int();
  return s.describe(`${spec.label} (${spec.unit}). ${spec.description} Source: ${spec.source}`);
}

/** zod schema of a partial parameter set keyed by dot path; unknown keys are rejected. */
export const paramOverridesSchema = z.strictObject(
  Object.fromEntries(PARAMS.map((p) => [p.path, valueSchema(p).optional()])),
);

/** A fresh parameter set holding every default. */
export function defaultParams(): Params {
  return Object.fromEntries(PARAMS.map((p) => [p.path, p.default])) as Params;
}

/** Why `value` is not acceptable for `path`, or null when it is. */
export function checkParamValue(path: string, value: unknown): string | null {
  const spec = byPath.get(path);
  if (!spec) return `unknown parameter "${path}" (expected one of: ${PARAMS.map((p) => p.path).join(', ')})`;
  if (spec.kind === 'boolean') return typeof value === 'boolean' ? null : `${path} = ${String(value)}: expected true or false`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${path} = ${String(value)}: expected a finite number in [${spec.min}, ${spec.max}]`;
  if (value < spec.min || value > spec.max) return `${path} = ${value}: expected a number in [${spec.min}, ${spec.max}] (${spec.unit})`;
  if (spec.kind === 'integer' && !Number.isInteger(value)) return `${path} = ${value}: expected a whole number in [${spec.min}, ${spec.max}]`;
  return null;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A plain decimal number from text ("15000", "0.3", "1e4"), or NaN (hex, "Infinity", blanks, words). */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
}

/** Parses text (e.g. from `--set path=value` or a URL) into the parameter's type; throws a named error when it does not fit. */
export function parseParamText(path: string, text: string): number | boolean {
  const spec = byPath.get(path);
  if (!spec) throw new Error(checkParamValue(path, text)!);
  let value: number | boolean;
  if (spec.kind === 'boolean') {
    if (text !== 'true' && text !== 'false') throw new Error(`${path} = ${text}: expected true or false`);
    value = text === 'true';
  } else {
    value = parseDecimal(text);
  }
  const problem = checkParamValue(path, value);
  if (problem) throw new Error(problem.replace(`${path} = ${String(value)}`, `${path} = ${text}`));
  return value;
}
