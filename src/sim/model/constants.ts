// Named constants that shape decisions of victims, employers, venues, enforcement and courts,
// declared once with their unit, basis (evidence, calibrated to a named target, or assumption)
// and source. The model reads them from here; docs/MODEL.md lists them in a generated table.

export type ConstantBasis = 'evidence' | 'calibrated' | 'assumption';

export interface ModelConstant {
  value: number;
  unit: string;
  basis: ConstantBasis;
  /** Where the value comes from; for calibrated values, the target it was set to reach. */
  source: string;
  /** The module that reads it. */
  module: 'victims' | 'employers' | 'venues' | 'enforcement' | 'justice' | 'mexico';
}

const c = (value: number, unit: string, basis: ConstantBasis, module: ModelConstant['module'], source: string): ModelConstant =>
  ({ value, unit, basis, module, source });

export const CONSTANTS = {
  // Counting
  BORDER_CITY_POPULATION: c(4_900_000, 'people', 'evidence', 'victims',
    'INEGI census 2000, municipal populations of the main border cities (Tijuana, Juarez, Mexicali, Reynosa, Matamoros, Nuevo Laredo, Nogales and smaller ones), rounded; read from secondary summaries, not the census tables'),
  // Employers
  WORKERS_PER_EMPLOYER: c(15, 'workers', 'assumption', 'employers',
    'Unauthorized workers per employer that hires them; sets the number of employers (about 620,000 for 9.3 million people)'),
  SECTOR_SHARE_AGRICULTURE: c(0.25, 'share', 'assumption', 'employers', 'Share of employers of unauthorized workers in agriculture (Passel 2006 reports sector shares of workers, not employers)'),
  SECTOR_SHARE_CONSTRUCTION: c(0.25, 'share', 'assumption', 'employers', 'Share in construction (as above)'),
  SECTOR_SHARE_SERVICES: c(0.35, 'share', 'assumption', 'employers', 'Share in services: restaurants, hotels, cleaning (as above)'),
  SECTOR_SHARE_DOMESTIC: c(0.15, 'share', 'assumption', 'employers', 'Share in domestic work (as above)'),
  OFFBOOKS_SPREAD_USD: c(250, 'USD per worker-year', 'assumption', 'employers',
    'Spread of employers\' gains from hiring off the books: an expected sanction of this much per worker-year lowers the odds of hiring off the books by a factor e'),
  BASE_COERCIVE_SHARE: c(0.003, 'share', 'calibrated', 'employers',
    'Share of off-the-books employers who coerce when no conviction is expected; calibrated to the AG FY2003 estimate of 3,500-5,500 people trafficked into the U.S. from Latin America a year'),
  ORGANIZED_CRIME_COERCION: c(2, 'logit per unit of the index', 'assumption', 'employers', 'How much stronger organized crime raises the odds that an employer coerces'),
  COERCION_SAVING_USD: c(5000, 'USD per worker-year', 'assumption', 'employers',
    'Wages a coercive employer withholds per worker and year (about a third of a full-time wage of USD 7 an hour); Zhang 2012 reports unpaid and withheld wages as the common violation'),
  COERCION_COST_SENSITIVITY: c(2, 'logit per saving-equivalent', 'assumption', 'employers',
    'An expected conviction cost equal to the wages saved lowers the odds of coercing by a factor e^2'),
  CONVICTION_COST_USD: c(400_000, 'USD', 'assumption', 'employers', 'What a convicted trafficker expects to lose: prison time valued in money, forfeiture, the business'),
  RECENT_INSPECTION_BELIEF: c(0.5, 'probability a year', 'assumption', 'employers',
    'Chance of another inspection within a year that an employer inspected in the last 12 months expects'),
  REVISION_SHARE: c(0.2, 'share a year', 'assumption', 'employers', 'Employers that change hands or strategy in a year and decide afresh'),
  REOPEN_MONTHS: c(12, 'months', 'assumption', 'employers', 'Months before a convicted employer\'s business reopens under a new owner who decides afresh'),
  HIRE_PROBABILITY: c(0.85, 'per month', 'assumption', 'employers', 'Chance a job seeker finds work in a month'),
  COERCIVE_RECRUITING: c(3, 'ratio', 'assumption', 'employers', 'How much harder coercive employers recruit than others (they must replace people who get away)'),
  NEWCOMER_COMPLIANT_ACCESS: c(0.3, 'ratio', 'assumption', 'employers', 'Relative access of indebted newcomers without contacts to compliant employers (street recruiters hire off the books)'),
  CONTACTS_AVOID_COERCION: c(0.6, 'probability', 'assumption', 'employers', 'Chance contacts steer a job seeker away from an employer known to abuse'),
  STOCK_HELD_AT_START: c(0.4, 'probability', 'assumption', 'employers', 'Chance a settled person placed at a coercive employer at the start is held (contacts keep the rest away)'),
  // Venues (commercial sex, U.S. and Mexico's border cities)
  VENUES_US_BASELINE: c(600, 'venues', 'assumption', 'venues', 'Venues in the U.S. exploiting migrant women and minors at baseline demand and enforcement; no count exists'),
  VENUES_MEXICO_BASELINE: c(400, 'venues', 'assumption', 'venues', 'Venues in Mexico\'s border cities exploiting women and minors at baseline; no count exists'),
  VENUE_SLOT_FACTOR: c(3, 'ratio', 'assumption', 'venues', 'Most venues the market can hold, as a multiple of the baseline count (demand indices run to 3)'),
  VENUE_FIXED_COST_USD: c(100_000, 'USD per venue-year', 'assumption', 'venues', 'Rent, staff, protection: what a venue must earn a year to stay open'),
  VENUE_RAID_LOSS_USD: c(50_000, 'USD per raid', 'assumption', 'venues', 'What a raid costs a venue (fines, lost business, workers taken)'),
  US_RAID: c(0.02, 'per venue-month', 'assumption', 'venues', 'Monthly chance local police raid a given U.S. venue'),
  MEXICO_RAID: c(0.015, 'per venue-month', 'assumption', 'venues', 'Monthly chance Mexican police try to raid a given border-city venue (bribes stop some)'),
  VENUE_ENTRY_RATE: c(1 / 12, 'per month', 'assumption', 'venues', 'Share of the gap between profitable and open venues closed by entry or exit each month (about a year to adjust)'),
  VENUE_WORKERS_MEXICO: c(26, 'people per venue', 'calibrated', 'venues',
    'Women and minors a border-city venue seeks to hold; calibrated so baseline recruitment of residents is about 120 a month (the former fixed assumption)'),
  RESIDENT_RECRUITMENT: c(0.06, 'share of vacancies a month', 'assumption', 'venues', 'Share of a venue\'s vacancies filled each month by recruiting border-city residents with false job offers'),
  RESIDENT_FEMALE_SHARE: c(0.85, 'share', 'assumption', 'venues', 'Women and girls among border-city residents recruited into venues (the rest boys and men)'),
  RESIDENT_MINOR_SHARE: c(0.45, 'share', 'evidence', 'venues', 'Minors among them: the seed brief\'s 2002 San Diego case, where nearly half of the 30 women and girls were minors (one case, not a survey)'),
  // Enforcement
  FIND_WORKER: c(0.8, 'probability', 'assumption', 'enforcement', 'Chance an inspection finds a given unauthorized worker on the books'),
  LEAD_SHARE: c(0.5, 'share', 'assumption', 'enforcement', 'Share of employer-focused inspections that follow leads to off-the-books employers rather than routine picks'),
  INVESTIGATIONS_PER_INVESTIGATOR: c(0.25, 'per month', 'assumption', 'enforcement', 'Workplaces an anti-trafficking investigator can look into a month'),
  INVESTIGATION_HIT_BASE: c(0.2, 'probability', 'assumption', 'enforcement', 'Chance an investigation lands on a coercive workplace without NGO tips'),
  INVESTIGATION_HIT_NGO: c(0.4, 'probability per unit of outreach', 'assumption', 'enforcement', 'How much NGO tips add to that chance'),
  INVESTIGATION_LEAD_POOL: c(200, 'coercive workplaces', 'assumption', 'enforcement', 'Below this many coercive workplaces, leads to them thin out in proportion'),
  // Victims' own decisions
  RELEASE_LABOR: c(1 / 20, 'per month', 'assumption', 'victims', 'Chance a person in forced labour is let go or gets away in a month (debt said to be worked off)'),
  RELEASE_SEXUAL: c(1 / 30, 'per month', 'assumption', 'victims', 'The same for sexual exploitation'),
  REPORT_BASE: c(0.004, 'per month', 'calibrated', 'victims',
    'Monthly chance a held adult with no debt, no NGO contact and no protection on offer reaches out; calibrated with the identification chances to 100-300 T-visas a year (USCIS FY2005-09)'),
  NGO_REACH: c(0.3, 'per month per unit of outreach', 'assumption', 'victims', 'Chance an NGO or hotline reaches a held person in a month, per unit of justice.ngoOutreach'),
  NGO_CONTACT_REPORT: c(4, 'ratio', 'assumption', 'victims', 'How many times more likely a person in contact with an NGO is to come forward'),
  PROTECTION_REPORT: c(3, 'ratio', 'assumption', 'victims', 'How many times more likely a person sure of being allowed to stay is to come forward, at full protection.cooperationResponse'),
  PUBLIC_AWARENESS: c(0.3, 'share', 'assumption', 'victims', 'How much of the protection on offer a person without NGO contact knows of'),
  DEBT_SILENCE: c(0.5, 'share', 'assumption', 'victims', 'How much a debt of USD 3,000 or more still owed lowers the chance of coming forward (threats over the debt)'),
  DEBT_SILENCE_USD: c(3000, 'USD', 'evidence', 'victims', 'Debt at which that effect is full: the upper end of typical debts in debt-bondage cases (Cadena case, 1996-98)'),
  MINOR_REPORT: c(0.5, 'ratio', 'assumption', 'victims', 'Minors come forward on their own half as often as adults'),
  TIME_HELD_REPORT: c(0.5, 'per year held', 'assumption', 'victims', 'Chance of coming forward grows by half per year held (contacts and openings accumulate), for up to two years'),
  FEAR_REPORT: c(0.6, 'share', 'assumption', 'victims', 'How much full fear of deportation lowers coming forward'),
  HEARD_RAID_FEAR: c(30, 'per arrest share', 'assumption', 'victims',
    'Fear from worksite arrests one hears of: a yearly arrest rate of 1 in 30 unauthorized people makes everyone fully afraid'),
  SEEN_RAID_FEAR: c(0.8, 'fear', 'assumption', 'victims', 'Fear of someone whose own workplace had workers arrested in the last 12 months'),
  COOPERATION_BASE: c(0.1, 'probability', 'assumption', 'victims', 'Chance an identified victim with nothing to gain and nothing to fear assists investigators (the seed: 1 of 15 women testified in the 2002 San Diego case)'),
  COOPERATION_INCENTIVE: c(0.8, 'probability per unit', 'assumption', 'victims', 'How much the protection cooperating buys (stay if cooperating minus stay if not) raises cooperation, at full protection.cooperationResponse'),
  COOPERATION_SECURITY: c(0.8, 'probability per unit', 'assumption', 'victims', 'How much being allowed to stay whatever one does raises cooperation (less fear of testifying), at full protection.cooperationResponse'),
  COOPERATION_NGO: c(0.1, 'probability', 'assumption', 'victims', 'What NGO support adds to cooperation'),
  COOPERATION_FEAR: c(0.4, 'share', 'assumption', 'victims', 'How much full fear of deportation, where staying is not assured, lowers cooperation'),
  COOPERATION_MAX: c(0.95, 'probability', 'assumption', 'victims', 'Upper bound on cooperation'),
  TVISA_APPLY: c(0.75, 'probability', 'assumption', 'victims', 'Chance an eligible identified victim applies for a T-visa'),
  TVISA_APPROVAL: c(0.62, 'probability', 'evidence', 'justice',
    'USCIS FY2005-09: 1,168 principal T-visas approved of 1,877 decided; the seed\'s 23 of 150 applications granted (Jan 2002-Apr 2003) is the programme\'s first year'),
  // Identification and courts
  IDENTIFY_WORKER_RAID: c(0.5, 'probability at full training', 'assumption', 'justice', 'Chance a trained officer in a worker-focused inspection recognises a victim (untrained: none)'),
  IDENTIFY_EMPLOYER_INSPECTION: c(0.3, 'probability', 'assumption', 'justice', 'Chance an untrained officer in an employer-focused inspection recognises a victim (interviews, not arrests)'),
  IDENTIFY_TRAINING_GAIN: c(0.6, 'probability', 'assumption', 'justice', 'What full training adds in an employer-focused inspection'),
  IDENTIFY_INVESTIGATION: c(0.5, 'probability', 'assumption', 'justice', 'Chance an untrained investigator recognises a victim (full training adds the rest)'),
  IDENTIFY_REPORT: c(0.85, 'probability', 'assumption', 'justice', 'Chance a victim who comes forward is recognised as one'),
  IDENTIFY_VENUE_RAID: c(0.8, 'probability at full training', 'assumption', 'justice', 'Chance a trained officer in a venue raid recognises a victim (the seed: women found are often treated as offenders)'),
  IDENTIFY_MEXICO: c(0.4, 'probability', 'assumption', 'mexico', 'Chance Mexican authorities recognise a victim found in a raid, before corruption'),
  COOPERATION_MEXICO: c(0.2, 'probability', 'assumption', 'mexico', 'Chance a victim identified in Mexico testifies (no protection on offer; reprisals)'),
  VICTIMS_PER_CASE: c(1.35, 'victims per offender', 'evidence', 'justice',
    'BJS (Banks & Kyckelhahn 2011): 527 victims in 389 confirmed trafficking incidents, 2008-10; sets how many offenders an identified agent\'s people point to'),
  CASE_WITHOUT_WITNESS: c(0.3, 'probability', 'assumption', 'justice', 'Chance an identified victim who does not testify still leads to a case (investigators follow up)'),
  CASE_SHELF_MONTHS: c(36, 'months', 'assumption', 'justice', 'Months a case waits for a prosecutor before it goes stale'),
  PLEA_CASE_COST: c(0.5, 'trial-equivalents', 'assumption', 'justice', 'Share of a prosecutor\'s case time a case with a cooperating witness takes (most end in guilty pleas)'),
  CONVICTION_WITHOUT_WITNESS: c(0.05, 'probability', 'assumption', 'justice', 'Chance a prosecuted case with no witness ends in conviction (the seed: the San Diego ring was not prosecuted for want of testimony)'),
  CONVICTION_WITH_WITNESSES: c(0.85, 'probability', 'calibrated', 'justice', 'What witnesses add to the chance of conviction (saturating); calibrated to 14 successful of 23 cases prosecuted in 2001-02 (the seed)'),
  WITNESS_DECAY: c(0.6, 'ratio', 'assumption', 'justice', 'Each further witness leaves this share of the remaining doubt'),
  CORRUPTION_ACQUITTAL: c(0.8, 'share', 'assumption', 'justice', 'How much full corruption of a country\'s officials lowers the chance of conviction'),
  DEPORTED_RETRY: c(0.35, 'probability', 'assumption', 'justice', 'Chance a person deported from the interior sets out again (after 6 to 18 months)'),
  // Mexico: transit, kidnapping, deceptive recruitment
  TRANSIT_STOP: c(0.1, 'per month', 'assumption', 'mexico', 'Chance Mexican immigration stops a Central American in transit in a month'),
  TRANSIT_DEPORTED_RETRY: c(0.5, 'probability', 'assumption', 'mexico', 'Chance a Central American deported from Mexico sets out again'),
  TRANSIT_ARRIVAL: c(0.6, 'per month', 'assumption', 'mexico', 'Chance a Central American in transit reaches the border in a month'),
  KIDNAP_RISK: c(0.003, 'per month', 'assumption', 'mexico', 'Kidnapping risk for a migrant in transit or waiting at organized crime 0.3 and no corruption premium'),
  CENTRAL_AMERICAN_KIDNAP: c(2, 'ratio', 'assumption', 'mexico', 'How much more often Central Americans are kidnapped (no papers, no family nearby)'),
  RANSOM_PAID_NETWORK: c(0.75, 'probability', 'assumption', 'mexico', 'Chance a family with contacts in the U.S. pays a ransom'),
  RANSOM_PAID_ALONE: c(0.35, 'probability', 'assumption', 'mexico', 'Chance a ransom is paid for someone without such contacts'),
  KIDNAP_SOLD: c(0.5, 'probability', 'assumption', 'mexico', 'Chance kidnappers sell an unransomed person to a venue rather than let them go'),
  DECEPTION_RISK: c(0.006, 'per month', 'assumption', 'mexico', 'Monthly chance a vulnerable waiting migrant (woman or minor, little money, stuck) is recruited with a false job offer when venues have their baseline vacancies'),
  BASELINE_VACANCIES: c(2000, 'people', 'calibrated', 'mexico', 'Vacancies in border-city venues at baseline: the model\'s own equilibrium under baseline-2003 (used as the reference for recruitment pressure)'),
  VULNERABLE_SAVINGS_USD: c(300, 'USD', 'assumption', 'mexico', 'Savings below which a waiting woman or minor is exposed to deceptive recruitment'),
  MINOR_DECEPTION: c(1.5, 'ratio', 'assumption', 'mexico', 'How much more often minors are deceived'),
} as const satisfies Record<string, ModelConstant>;

export type ConstantName = keyof typeof CONSTANTS;
