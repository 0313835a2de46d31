// What happens once a victim comes to the authorities' attention: identified as a victim or treated
// as an offender and deported; whether they cooperate (fear of deportation against the protection
// offered); T-visa applications under the cap; cases, prosecutions and convictions, which remove
// offenders and deter others.
import { EmployerType, Exit, Form, Origin, MigrantState, Sector, type SimState } from './state';
import { exitMigrant, leaveEmployer, moveTo, record, scheduleWake } from './population';
import { setEmployerType, chooseEmployerType, indexEmployers } from './employers';

/** How a victim came to attention; the chance of being recognised as a victim depends on who finds them. */
export type DetectionSource = 'worksite' | 'investigation' | 'report' | 'raid' | 'mexico';

/** Probability that the officer who finds a victim recognises them as one. */
export function identificationProbability(st: SimState, source: DetectionSource): number {
  const p = st.params;
  const trained = p['justice.trainingShare'];
  const employerFocus = p['interior.employerFocus'];
  switch (source) {
    case 'worksite': return (1 - employerFocus) * 0.5 * trained + employerFocus * (0.3 + 0.6 * trained);
    case 'investigation': return 0.5 + 0.5 * trained;
    case 'report': return 0.85;
    case 'raid': return 0.8 * trained;
    case 'mexico': return 0.4 * (1 - p['corruption.mexico']);
  }
}

/** A held victim is found: recognised and protected, or deported as an offender. */
export function handleDetectedVictim(st: SimState, id: number, source: DetectionSource): void {
  const rng = st.rng.justice;
  const a = st.migrants;
  const employer = a.employer[id];
  st.tally.victims_detected++;
  const identified = rng() < identificationProbability(st, source);
  if (a.state[id] === MigrantState.ExploitedMexico) {
    handleMexicanVictim(st, id, identified);
    return;
  }
  leaveEmployer(st, id);
  if (!identified) {
    st.tally.victims_deported_unidentified++;
    record(st, id, 'Found by officers but not recognised as a victim; deported as an immigration offender.');
    deport(st, id);
    return;
  }
  st.tally.victims_identified++;
  const cooperating = rng() < cooperationProbability(st);
  if (cooperating) st.tally.victims_cooperating++;
  record(st, id, cooperating ? 'Identified as a trafficking victim; agreed to assist investigators.' : 'Identified as a trafficking victim; did not cooperate (fear of deportation or reprisal).');
  if (employer >= 0 && (cooperating || rng() < 0.3)) openCase(st, 'employer', employer, cooperating);
  const outfit = a.smuggler[id];
  if (outfit >= 0 && st.outfits[outfit].active && st.outfits[outfit].exploitative && cooperating) openCase(st, 'outfit', outfit, true);
  a.form[id] = Form.None;
  const p = st.params;
  const eligible = cooperating || !p['protection.cooperationRequired'] || a.minor[id] === 1;
  if (eligible && rng() < 0.75) {
    st.applications.set(id, cooperating);
    moveTo(st, id, MigrantState.Protected);
    scheduleWake(st, id, p['protection.tVisaProcessingMonths']);
    record(st, id, 'Applied for a T-visa.');
  } else if (rng() < p['protection.continuedPresence']) {
    moveTo(st, id, MigrantState.JobSeeking);
    record(st, id, 'Allowed to stay (continued presence) while the case runs.');
  } else {
    record(st, id, 'Removed from the U.S. despite being identified.');
    deport(st, id);
  }
}

/** Willingness of an identified victim to cooperate: low out of fear, higher when protection is expected. */
export function cooperationProbability(st: SimState): number {
  const p = st.params;
  const response = p['protection.cooperationResponse'];
  const ngo = p['justice.ngoOutreach'];
  return Math.min(0.95, (0.1 + 0.8 * response * st.cond.expectedProtection + 0.1 * ngo) * (1 - 0.4 * st.cond.raidFear));
}

function handleMexicanVictim(st: SimState, id: number, identified: boolean): void {
  const rng = st.rng.justice;
  const a = st.migrants;
  const mexCorruption = st.params['corruption.mexico'];
  leaveEmployer(st, id);
  a.form[id] = Form.None;
  if (identified) {
    st.tally.victims_identified++;
    if (rng() < 0.5 * (1 - mexCorruption)) {
      st.tally.prosecutions++;
      if (rng() < 0.5 * (1 - mexCorruption)) st.tally.convictions++;
    }
    record(st, id, 'Identified as a victim by Mexican authorities and released.');
  } else {
    record(st, id, 'Detained in a raid in Mexico and released without being recognised as a victim.');
  }
  if (a.origin[id] === Origin.BorderCityResident) exitMigrant(st, id, Exit.LocalReleased);
  else moveTo(st, id, MigrantState.Waiting);
}

/** Removes a person from the U.S. (counted as a deportation); some will try again. */
export function deport(st: SimState, id: number): void {
  const rng = st.rng.justice;
  st.tally.deportations++;
  leaveEmployer(st, id);
  if (rng() < 0.35) {
    moveTo(st, id, MigrantState.AtHome);
    scheduleWake(st, id, 6 + Math.floor(rng() * 12));
  } else {
    exitMigrant(st, id, Exit.Deported);
  }
}

/** Queues a case against an offender, or adds a witness to the open one. Prosecutors take the
 *  cases with the most cooperating witnesses first: those are the ones that can be won. */
export function openCase(st: SimState, offenderKind: 'employer' | 'outfit', offender: number, cooperating: boolean): void {
  const index = st.cases.findIndex((c) => c.offenderKind === offenderKind && c.offender === offender);
  const existing = index >= 0 ? st.cases.splice(index, 1)[0] : undefined;
  const witnesses = (existing?.witnesses ?? 0) + (cooperating ? 1 : 0);
  const at = st.cases.findIndex((c) => c.witnesses < witnesses);
  st.cases.splice(at < 0 ? st.cases.length : at, 0, { offenderKind, offender, witnesses });
}

/** Share of a prosecutor's capacity a case with cooperating witnesses takes (most end in guilty pleas). */
const PLEA_CASE_COST = 0.5;

/** Chance a prosecuted case ends in a conviction: testimony makes the case (without it cases mostly
 *  fail, as in the brief's San Diego example); corruption unmakes it. */
export function convictionProbability(st: SimState, witnesses: number): number {
  return (0.05 + 0.85 * (1 - Math.pow(0.6, witnesses))) * (1 - 0.8 * st.params['corruption.us']);
}

/** Prosecutors take cases up to their capacity; convictions close employers and dismantle smuggling networks. */
export function prosecuteCases(st: SimState): void {
  const rng = st.rng.justice;
  const p = st.params;
  const monthly = p['justice.prosecutionCapacity'] / 12 / st.scale;
  st.prosecutionBudget = Math.min(st.prosecutionBudget + monthly, 1 + monthly);
  let changedEmployers = false;
  while (st.prosecutionBudget >= 1 && st.cases.length > 0) {
    const c = st.cases.shift()!;
    // With testimony in hand most defendants plead guilty, which takes half a prosecutor's case time.
    st.prosecutionBudget -= c.witnesses > 0 ? PLEA_CASE_COST : 1;
    st.tally.prosecutions++;
    st.tally.prosecutions_us++;
    const convict = rng() < convictionProbability(st, c.witnesses);
    if (!convict) continue;
    st.tally.convictions++;
    st.tally.convictions_us++;
    if (c.offenderKind === 'employer') {
      st.employerConvictionsThisMonth++;
      const sector = st.employers.sector[c.offender];
      // A convicted employer closes; a new owner takes over the business and chooses afresh.
      setEmployerType(st, c.offender, EmployerType.Unregulated);
      const venue = sector === Sector.SexUs || sector === Sector.SexMexico;
      setEmployerType(st, c.offender, venue ? EmployerType.Coercive : chooseEmployerType(st, c.offender, rng));
      changedEmployers = true;
    } else {
      st.outfitConvictionsThisMonth++;
      st.outfits[c.offender].active = false;
    }
  }
  if (changedEmployers) indexEmployers(st.employers);
}

/** A pending T-visa decision comes due: granted under the cap, otherwise removal. */
export function decideTVisa(st: SimState, id: number): void {
  const rng = st.rng.justice;
  const cooperating = st.applications.get(id) ?? false;
  st.applications.delete(id);
  const capAgents = st.params['protection.tVisaCap'] / st.scale;
  if (st.tVisasThisYear + 1 <= capAgents + 1e-9 && rng() < (cooperating ? 0.85 : 0.6)) {
    st.tVisasThisYear++;
    st.tally.t_visas_granted++;
    exitMigrant(st, id, Exit.TVisa);
    return;
  }
  record(st, id, 'T-visa denied.');
  deport(st, id);
}
