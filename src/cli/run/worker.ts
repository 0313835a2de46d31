// The batch worker: runs one scenario in a worker thread and returns its series, its wall time
// and the migrant-months it simulated (live agents summed over months, for throughput figures).
import { parseScenario } from '../../sim/scenario';
import { Simulation, type RunResult } from '../../sim/run';

/** What the pool sends a worker: the scenario exactly as it should run. */
export interface RunTask {
  scenario: unknown;
}

/** What a worker sends back. */
export interface RunReply {
  result: RunResult;
  wallMs: number;
  agentMonths: number;
}

/** Runs one task; the same series as runScenario, plus timing and work done. */
export default function runTask(task: RunTask): RunReply {
  const started = performance.now();
  const sim = new Simulation(parseScenario(task.scenario));
  let agentMonths = 0;
  while (!sim.done) {
    sim.step();
    agentMonths += sim.liveAgents;
  }
  return { result: sim.result(), wallMs: performance.now() - started, agentMonths };
}
