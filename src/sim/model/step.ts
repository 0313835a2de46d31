// One month of the model: the phases in order. Setup lives in setup.ts; the metric recorder in
// measures.ts reads the month's counters afterwards (data collection is kept apart from stepping).
import { computeConditions } from './conditions';
import { MigrantState, tabulate, VENUE_MARKETS } from './enums';
import { getU8, touchRecords, TOUCH_BLOCK, U8 } from './record';
import { Stream } from './streams';
import type { SimState } from './state';
import { takeWakeups } from './population';
import { reopenEmployers, reviseEmployers, seekWork } from './employers';
import { recruitIntoUsVenue, recruitResidents, updateVenueMarkets, usVenueRecruitChance } from './venues';
import { closeSalesMonth } from './sale';
import { updateSmugglingMarket } from './smugglers';
import { attemptCrossing, considerMigration, spreadNews, stayTerms, wake } from './migrants';
import { raidMexicanVenues, resolveKidnapping, travelThroughMexico, waitAtBorder } from './mexico';
import { holdOneMonth, inspectWorksites, investigateWorkplaces, raidUsVenues, regularise } from './enforcement';
import { decideTVisa, prosecuteCases } from './justice';
import { resetTally } from './measures';
import { keyMonth, orderByPriority } from './draws';

/** Advances the model by one month. */
export function stepMonth(st: SimState, isJanuary: boolean): void {
  beginMonth(st, isJanuary);
  const waking = takeWakeups(st);
  orderByPriority(st, Stream.PeopleOrder, waking);
  for (let i = 0; i < waking.length; i++) {
    if (i % TOUCH_BLOCK === 0) touchRecords(st.migrants, waking, i, Math.min(waking.length, i + TOUCH_BLOCK));
    const id = waking[i];
    if (getU8(st.migrants, id, U8.State) === MigrantState.Protected) decideTVisa(st, id);
    else wake(st, id);
  }
  considerMigration(st);
  updateVenueMarkets(st);
  recruitResidents(st);
  moveActivePeople(st);
  inspectWorksites(st);
  investigateWorkplaces(st);
  raidUsVenues(st);
  raidMexicanVenues(st);
  prosecuteCases(st);
  updateSmugglingMarket(st);
  closeSalesMonth(st);
  endMonth(st);
}

function beginMonth(st: SimState, isJanuary: boolean): void {
  keyMonth(st);
  spreadNews(st);
  resetTally(st.tally);
  if (isJanuary) {
    st.tVisasThisYear = 0;
    st.continuedPresenceLeft = st.params['protection.continuedPresencePerYear'];
  }
  reopenEmployers(st);
  st.cond = computeConditions(st, st.employersReal);
  st.stayTerms = stayTerms(st);
  if (isJanuary) {
    // In the spin-up every employer decides afresh each year, so their types settle on the record before the first recorded month.
    reviseEmployers(st, st.tick < 0 ? 1 : undefined);
    regularise(st);
  }
}

/** Everyone active takes their month. People crossing Mexico and looking for work draw on nothing anyone
 *  else reads, so they go in list order; those whose month draws on a shared budget (an outfit's room, the
 *  border-city venues' vacancies, this year's grants to victims) go next, in an order drawn for the month
 *  (orderByPriority), so who comes first does not depend on the list's order, which a policy changes. */
function moveActivePeople(st: SimState): void {
  const a = st.migrants;
  const ids = st.active.slice(0, st.activeCount);
  const venueRecruiting = usVenueRecruitChance(st);
  let queued = 0;
  for (let i = 0; i < ids.length; i++) {
    if (i % TOUCH_BLOCK === 0) touchRecords(a, ids, i, Math.min(ids.length, i + TOUCH_BLOCK));
    const id = ids[i];
    switch (getU8(a, id, U8.State) as MigrantState) {
      case MigrantState.Transit:
        travelThroughMexico(st, id);
        break;
      case MigrantState.JobSeeking:
        if (!recruitIntoUsVenue(st, id, venueRecruiting)) seekWork(st, id);
        break;
      default:
        ids[queued++] = id;
    }
  }
  const queue = ids.subarray(0, queued);
  orderByPriority(st, Stream.PeopleOrder, queue);
  for (let i = 0; i < queue.length; i++) {
    if (i % TOUCH_BLOCK === 0) touchRecords(a, queue, i, Math.min(queue.length, i + TOUCH_BLOCK));
    const id = queue[i];
    switch (getU8(a, id, U8.State) as MigrantState) {
      case MigrantState.Waiting:
        if (waitAtBorder(st, id)) attemptCrossing(st, id);
        break;
      case MigrantState.Kidnapped:
        resolveKidnapping(st, id);
        break;
      case MigrantState.ExploitedUsLabor:
      case MigrantState.ExploitedUsSex:
      case MigrantState.ExploitedMexico:
        holdOneMonth(st, id);
        break;
      default:
        break;
    }
  }
}

function endMonth(st: SimState): void {
  st.recentEmployerConvictions.push(st.employerConvictionsThisMonth);
  st.recentOutfitConvictions.push(st.outfitConvictionsThisMonth);
  if (st.recentEmployerConvictions.length > 12) st.recentEmployerConvictions.shift();
  if (st.recentOutfitConvictions.length > 12) st.recentOutfitConvictions.shift();
  st.employerConvictionsThisMonth = 0;
  st.outfitConvictionsThisMonth = 0;
  for (const market of VENUE_MARKETS) pushRecent(st.recentVenueConvictions[market], st.venueConvictionsThisMonth[market]);
  st.venueConvictionsThisMonth = tabulate(VENUE_MARKETS, () => 0);
  pushRecent(st.recentWorkerArrests, st.workerArrestsThisMonth);
  st.workerArrestsThisMonth = 0;
}

/** Appends this month's count to a 12-month window. */
function pushRecent(recent: number[], value: number): void {
  recent.push(value);
  if (recent.length > 12) recent.shift();
}
