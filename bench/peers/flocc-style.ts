// The reduced model written as a Flocc user would write it: each person an `Agent` holding its data
// (get/set), its `tick` rule (Flocc 0.7's way to give an agent behaviour), `environment.tick()` once a month activating everyone,
// `utils.seed` + `utils.uniform` for reproducible draws, and `removeAgent` for people who leave.
import flocc from 'flocc';
import type { Agent as FloccAgent } from 'flocc';
import { drawPoisson, type Rng } from '../../src/sim/engine/rng';
import { Corridor, Mode } from '../../src/sim/model/enums';
import {
  chooseCorridor,
  chooseMode,
  CIRCULAR_SHARE,
  departureProbability,
  drawSavings,
  emptyTallies,
  HIRE_PROBABILITY,
  monthsHomeAfterRemoval,
  monthsUntil,
  REMOVED_RETRY_SHARE,
  RETURN_HAZARD,
  retryProbability,
  SET_OUT_HAZARD,
  type CrossingMode,
  type PeerSpec,
  type PeerTallies,
} from './reduced-model';

const { Agent, Environment, utils } = flocc;

/** Runs the reduced model for `months` months; draws come from Flocc's seeded generator unless `random` is given. */
export function runFloccStyle(spec: PeerSpec, seed: number, months: number, random?: Rng): PeerTallies {
  utils.seed(seed);
  const u: Rng = random ?? utils.uniform;
  const t = emptyTallies();
  const environment = new Environment();
  const leaving: FloccAgent[] = [];

  const leave = (agent: FloccAgent) => leaving.push(agent);

  const crossBorder = (agent: FloccAgent) => {
    let attempts: number = agent.get('attempts');
    if (attempts > 0) {
      t.retryDecisions++;
      if (u() >= retryProbability(agent.get('mode'), attempts)) {
        t.gaveUp++;
        return leave(agent);
      }
    }
    if (attempts === 0 || agent.get('mode') === Mode.Alone) {
      const mode = chooseMode(spec, u(), agent.get('savings'), agent.get('network'), agent.get('riskAversion'));
      if (attempts === 0) t.firstChoice[mode]++;
      agent.set('mode', mode);
    }
    const mode: CrossingMode = agent.get('mode');
    const corridor = chooseCorridor(spec, u(), mode, agent.get('riskAversion'));
    attempts = Math.min(255, attempts + 1);
    agent.set('attempts', attempts);
    t.attempts++;
    if (corridor === Corridor.Remote) t.remote++;
    if (u() < spec.death[mode][corridor]) {
      t.deaths++;
      return leave(agent);
    }
    if (u() < spec.apprehension[mode][corridor]) {
      t.apprehensions++;
      if (agent.get('origin') === 'central-america' || u() < spec.formalRemovalShare) {
        t.removals++;
        if (u() < REMOVED_RETRY_SHARE) agent.set({ state: 'at-home', monthsLeft: monthsHomeAfterRemoval(u()) });
        else leave(agent);
      }
      return;
    }
    t.entries++;
    agent.set({ state: 'job-seeking', attempts: 0 });
  };

  const monthly = (agent: FloccAgent) => {
    switch (agent.get('state')) {
      case 'working': {
        const hazard = agent.get('sojourner') ? RETURN_HAZARD.sojourner : RETURN_HAZARD.settler;
        if (u() >= hazard) return;
        t.homecomings++;
        if (agent.get('sojourner') && u() < CIRCULAR_SHARE) {
          t.circular++;
          agent.set({ state: 'at-home', monthsLeft: monthsUntil(u(), SET_OUT_HAZARD) });
        } else {
          leave(agent);
        }
        return;
      }
      case 'at-home': {
        const left = agent.get('monthsLeft') - 1;
        agent.set('monthsLeft', left);
        if (left > 0) return;
        agent.set({ state: 'at-border', attempts: 0, network: true });
        t.trips++;
        return crossBorder(agent);
      }
      case 'at-border':
        return crossBorder(agent);
      case 'job-seeking':
        t.jobSearches++;
        if (u() < HIRE_PROBABILITY) {
          t.hires++;
          agent.set('state', 'working');
        }
        return;
    }
  };

  const addPerson = (data: Record<string, unknown>) => {
    environment.addAgent(new Agent({ ...data, tick: monthly }));
  };

  for (let i = 0; i < spec.initialStock; i++) {
    addPerson({
      state: 'working',
      origin: u() < spec.centralAmericanShare ? 'central-america' : 'mexico',
      network: true,
      sojourner: u() < 0.15,
      riskAversion: u(),
      savings: 500 * u(),
      attempts: 0,
      mode: Mode.None,
      monthsLeft: 0,
    });
  }

  for (let month = 0; month < months; month++) {
    const count = drawPoisson(u, spec.candidatesPerMonth);
    t.candidates += count;
    for (let i = 0; i < count; i++) {
      const poor = u() < spec.povertyRate;
      const origin = u() < spec.centralAmericanShare ? 'central-america' : 'mexico';
      const network = u() < (origin === 'mexico' ? 0.6 : 0.35);
      const minor = u() < spec.minorShare;
      const riskAversion = u();
      if (u() >= departureProbability(spec, network, poor, minor, riskAversion)) continue;
      t.departures++;
      t.trips++;
      addPerson({
        state: 'at-border',
        origin,
        network,
        sojourner: u() < 0.45,
        riskAversion,
        savings: drawSavings(poor, u()),
        attempts: 0,
        mode: Mode.None,
        monthsLeft: 0,
      });
    }
    environment.tick();
    // Removing agents during the tick would skip others (the tick walks the agent array), so after it.
    for (const agent of leaving) environment.removeAgent(agent);
    leaving.length = 0;
    t.agentMonths += environment.getAgents().length;
  }
  t.live = environment.getAgents().length;
  utils.seed(null);
  return t;
}
