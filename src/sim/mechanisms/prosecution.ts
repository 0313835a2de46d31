// Prosecution and deterrence: cases against offenders wait for prosecutors; convictions close employers
// and venues, dismantle networks and deter others (model/justice.ts, model/deterrence.ts).
import { constant as c, int, mechanism, real, stream } from '../mechanism';

export const prosecution = mechanism({
  id: 'prosecution',
  title: 'Prosecution and deterrence',
  explanation: {
    text: [
      'Cases wait for prosecutors, who take a limited number a year. Convictions close coercive employers and dismantle smuggling networks, and recent convictions deter others.',
    ],
    levers: ['justice.investigators', 'justice.prosecutionCapacity', 'justice.mexicoProsecutionCapacity'],
  },
  levers: [
    // Anti-trafficking justice capacity
    int({
      path: 'justice.investigators',
      group: 'justice',
      label: 'Anti-trafficking investigators',
      unit: 'investigators',
      min: 0,
      max: 20000,
      default: 300,
      description: 'Federal investigators working trafficking cases; each can look into a limited number of workplaces a month.',
      source: 'FBI/ICE trafficking task forces, early 2000s; assumption',
      role: 'assumption',
    }),
    int({
      path: 'justice.prosecutionCapacity',
      group: 'justice',
      label: 'Prosecution capacity',
      unit: 'trial-equivalents/year',
      min: 0,
      max: 5000,
      default: 20,
      description:
        'Trafficking cases U.S. attorneys can carry per year, counted as full trials; a case with cooperating witnesses usually ends in a guilty plea and takes half as much.',
      source: 'Seed brief: 76 prosecutions initiated, 23 cases prosecuted (2001-02); DOJ; set to about 40 prosecutions a year',
      role: 'input',
    }),
    int({
      path: 'justice.mexicoProsecutionCapacity',
      group: 'justice',
      label: 'Prosecution capacity in Mexico',
      unit: 'trial-equivalents/year',
      min: 0,
      max: 5000,
      default: 10,
      description:
        'Trafficking and pimping cases against border-city venues Mexican prosecutors can carry a year; corruption in Mexico lowers how many end in conviction.',
      source:
        'Assumption: no series; the seed brief and TIP reports describe few prosecutions in Mexico (laws on prostitution and pimping, local collusion)',
      role: 'assumption',
    }),
  ],
  constants: {
    VICTIMS_PER_CASE: c(
      1.08,
      'victims per offender',
      'evidence',
      'justice',
      "BJS (Banks & Kyckelhahn 2011): 527 victims per 488 suspects in confirmed trafficking incidents, 2008-10, the unit cases are opened in (per incident it would be 1.35: 527/389); sets how many offenders an identified agent's people point to",
      [1.08, 1.35],
    ),
    CASE_WITHOUT_WITNESS: c(
      0.3,
      'probability',
      'assumption',
      'justice',
      'Chance an identified victim who does not testify still leads to a case (investigators follow up)',
    ),
    CASE_SHELF_MONTHS: c(36, 'months', 'assumption', 'justice', 'Months a case waits for a prosecutor before it goes stale'),
    PLEA_CASE_COST: c(
      0.5,
      'trial-equivalents',
      'assumption',
      'justice',
      "Share of a prosecutor's case time a case with a cooperating witness takes (most end in guilty pleas)",
    ),
    CONVICTION_WITHOUT_WITNESS: c(
      0.05,
      'probability',
      'assumption',
      'justice',
      'Chance a prosecuted case with no witness ends in conviction (the seed: the San Diego ring was not prosecuted for want of testimony)',
    ),
    CONVICTION_WITH_WITNESSES: c(
      0.85,
      'probability',
      'calibrated',
      'justice',
      'What witnesses add to the chance of conviction (saturating); calibrated to 14 successful of 23 cases prosecuted in 2001-02 (the seed)',
    ),
    WITNESS_DECAY: c(0.6, 'ratio', 'assumption', 'justice', 'Each further witness leaves this share of the remaining doubt'),
    CORRUPTION_ACQUITTAL: c(
      0.8,
      'share',
      'assumption',
      'justice',
      "How much full corruption of a country's officials lowers the chance of conviction",
    ),
  },
  streams: {
    JusticeCourt: stream(
      'justice.court',
      "case (court, offender, month opened); each court's trials of the month",
      "the case's queue priority; the n-th trial's verdict",
    ),
  },
  metrics: [
    real(
      'prosecutions',
      'Prosecutions',
      'Trafficking cases prosecuted against identifiable offenders (employers, venues, smuggling outfits), U.S. and Mexico, each a real case whatever the scale.',
      'cases',
    ),
    real('convictions', 'Convictions', 'Prosecuted cases ending in a conviction, U.S. and Mexico.', 'cases'),
    real(
      'prosecutions_us',
      'Prosecutions in the U.S.',
      'Trafficking cases U.S. attorneys took on (limited by justice.prosecutionCapacity).',
      'cases',
    ),
    real('convictions_us', 'Convictions in the U.S.', 'U.S. trafficking cases ending in a conviction.', 'cases'),
    real(
      'prosecutions_us_witnessed',
      'U.S. prosecutions with a witness',
      'U.S. prosecutions in which at least one victim testifies (most end in guilty pleas).',
      'cases',
    ),
    real(
      'convictions_us_witnessed',
      'U.S. convictions with a witness',
      'U.S. prosecutions with a testifying victim that end in a conviction.',
      'cases',
    ),
    real(
      'prosecutions_mexico',
      'Prosecutions in Mexico',
      'Cases against border-city venues Mexican prosecutors took on (limited by justice.mexicoProsecutionCapacity).',
      'cases',
    ),
    real(
      'convictions_mexico',
      'Convictions in Mexico',
      'Mexican cases ending in a conviction (corruption in Mexico lowers the chance).',
      'cases',
    ),
    real(
      'employers_closed',
      'Employers and venues closed',
      'Employers and venues closed after a conviction (real businesses).',
      'businesses',
    ),
  ],
  state: [
    'cases',
    'casesMexico',
    'prosecutionBudget',
    'prosecutionBudgetMexico',
    'recentEmployerConvictions',
    'recentOutfitConvictions',
    'employerConvictionsThisMonth',
    'outfitConvictionsThisMonth',
    'recentVenueConvictions',
    'venueConvictionsThisMonth',
  ],
  phases: ['prosecuteCases'],
});
