// Who is in the model: the unauthorized population settled in the U.S. at the start, the store of people,
// the followed sample, and the order in which people take their month (shared budgets).
import { constant as c, int, mechanism, stream } from '../mechanism';

export const population = mechanism({
  id: 'population',
  title: 'The population and the order of the month',
  explanation: null,
  levers: [
    int({
      path: 'context.usStock',
      group: 'context',
      label: 'Unauthorized population at start',
      unit: 'people',
      min: 0,
      max: 20000000,
      default: 9300000,
      startOnly: true,
      description: 'Unauthorized migrants from Mexico and Central America already in the U.S. when the run starts.',
      source:
        'Passel 2005 (Pew): about 10.3 million unauthorized in March 2004, about 81 percent (8.3 million) Latin American. The default (9.3 million) is about a million above that share: it matches the Pew total for 2001-02 (9.3-9.4 million, EVIDENCE.md 7a) rather than the Mexican and Central American part',
      role: 'input',
    }),
  ],
  constants: {
    // Setup (setup.ts): the unauthorized population already in the U.S.
    STOCK_WOMEN_SHARE: c(
      0.4,
      'share',
      'evidence',
      'setup',
      'Women among the unauthorized already in the U.S. at the start (Pew, Passel: about 40 percent of unauthorized adults)',
    ),
    STOCK_MINOR_SHARE: c(0.03, 'share', 'assumption', 'setup', 'Minors among them'),
    STOCK_SAVINGS_MAX_USD: c(500, 'USD', 'assumption', 'setup', 'Their savings are uniform up to this'),
    MIN_EMPLOYER_STOCK: c(
      2_000_000,
      'people',
      'assumption',
      'employers',
      'The number of employers is set for at least this many unauthorized workers, so runs with a small starting stock still have a labour market',
    ),
    MIN_US_EMPLOYERS: c(20, 'employers', 'assumption', 'employers', 'Fewest U.S. employers of unauthorized workers in any run'),
  },
  streams: {
    PeopleFollow: stream('people.follow', 'pid (month fixed)', 'whether a person is in the followed sample (a share of each source)'),
    SetupSettled: stream('setup.settled', 'pid', "the settled population's traits and first job"),
    PeopleOrder: stream('people.order', 'month', 'the order in which the active people and those waking take their month (shared budgets)'),
  },
  metrics: [],
  state: [
    'migrants',
    'stateCounts',
    'exits',
    'created',
    'freeSlots',
    'highWater',
    'active',
    'activeCount',
    'activePos',
    'wakeups',
    'womenInUs',
    'tracked',
    'finished',
    'trackLimit',
    'followedAsVictims',
    'followShare',
    'followedPerMonth',
  ],
  phases: ['takeWakeups', 'moveActivePeople'],
});
