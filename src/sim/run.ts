// Running a scenario: the tick loop, the policy timeline, and the metric recorder that writes each
// month into preallocated series. A run is a pure function of (scenario, seed, code version).
// The UI steps a Simulation month by month and pulls snapshots; batch code calls runScenario.
import { METRICS, METRIC_NAMES, type MetricName } from './metrics';
import { monthIndex, tickDate } from './engine/calendar';
import { checkParamValue, findParam } from './params';
import { parseScenario, resolveParams, scenarioAsRun, ScenarioError, type Scenario, type TimelineEntry } from './scenario';
import type { HistoryEvent } from './model/events';
import { stepMonth } from './model/step';
import { createState, WARMUP_MONTHS } from './model/setup';
import { measureMonth } from './model/measures';
import { EXIT_KINDS, EXITS, MIGRANT_STATE_NAMES, MIGRANT_STATES, MigrantState } from './model/enums';
import { F32, getF32, getI32, getU8, I32, pidOf, U8 } from './model/record';
import type { SimState } from './model/state';
import type { StoryEvent } from './story';
import { VERSION } from './version';

/** Everything a finished run produced: the scenario as run, and one series per metric. */
export interface RunResult {
  scenario: Scenario;
  seed: number;
  version: string;
  dates: string[];
  series: Record<MetricName, number[]>;
}

/** One tracked person as the map draws them. */
export interface AgentSnapshot {
  /** The slot the person lives in now (reused after they leave; what `history` takes). */
  id: number;
  /** The person's id: the same person under every policy run on the same seed. */
  pid: number;
  state: number;
  origin: number;
  female: boolean;
  minor: boolean;
  mode: number;
  corridor: number;
  sector: number;
  debt: number;
  form: number;
  /** Followed because they became a victim (from that month on), not as part of the sample. */
  asVictim: boolean;
}

export interface SimulationOptions {
  /** How many people of the sample to follow for the map and their histories (0 = none; costs nothing to
   *  the run). Everyone who becomes a victim is followed too, from that month on, on top of the sample. */
  trackAgents?: number;
}

/** A run in progress, stepped one month at a time. */
export class Simulation {
  readonly months: number;
  readonly dates: string[];
  readonly series: Record<MetricName, Float64Array>;
  private readonly state: SimState;
  /** This month's value of every metric (reused each month). */
  private readonly row = {} as Record<MetricName, number>;
  private readonly timeline: TimelineEntry[];
  private readonly changesByTick = new Map<number, Record<string, number | boolean>[]>();
  private scenario: Scenario;
  private current = 0;

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.scenario = scenario;
    this.months = scenario.years * 12;
    this.dates = Array.from({ length: this.months }, (_, t) => tickDate(scenario.start, t));
    this.series = Object.fromEntries(METRIC_NAMES.map((n) => [n, new Float64Array(this.months)])) as Record<MetricName, Float64Array>;
    this.timeline = scenario.timeline.map((e) => ({ ...e, set: { ...e.set } }));
    for (const entry of this.timeline) this.schedule(entry);
    this.state = createState(resolveParams(scenario), scenario.scale, scenario.seed, options.trackAgents ?? 0, this.months);
    while (this.state.tick < 0) this.advance();
  }

  /** Months simulated so far (the next month to simulate). */
  get tick(): number {
    return this.current;
  }

  get done(): boolean {
    return this.current >= this.months;
  }

  /** Current value of every parameter. */
  get params(): Readonly<Record<string, number | boolean>> {
    return this.state.params;
  }

  /** Simulates one month and records its metrics. */
  step(): void {
    if (this.done) return;
    const changes = this.changesByTick.get(this.current);
    if (changes) for (const set of changes) Object.assign(this.state.params, set);
    this.advance();
    measureMonth(this.state, this.row);
    for (const name of METRIC_NAMES) this.series[name][this.current] = this.row[name];
    this.current++;
  }

  private advance(): void {
    const monthOfYear = (monthIndex(this.scenario.start) + this.state.tick) % 12;
    stepMonth(this.state, monthOfYear === 0 && this.state.tick > -WARMUP_MONTHS);
    this.state.tick++;
  }

  /** Simulates up to `months` months (all remaining by default). */
  run(months = this.months): this {
    for (let i = 0; i < months && !this.done; i++) this.step();
    return this;
  }

  /** Changes a parameter from the next month on and records the change in the run's timeline. */
  setParam(path: string, value: number | boolean): void {
    const problem = checkParamValue(path, value);
    if (problem) throw new ScenarioError(problem);
    if (findParam(path)?.startOnly) throw new ScenarioError(`${path} only takes effect at the start; reset the run to change it`);
    if (this.done) throw new ScenarioError(`${path}: the run has finished; reset to change it`);
    const entry: TimelineEntry = { at: tickDate(this.scenario.start, this.current), set: { [path]: value } };
    this.timeline.push(entry);
    this.schedule(entry);
  }

  private schedule(entry: TimelineEntry): void {
    const tick = monthIndex(entry.at) - monthIndex(this.scenario.start);
    const list = this.changesByTick.get(tick) ?? [];
    list.push(entry.set as Record<string, number | boolean>);
    this.changesByTick.set(tick, list);
  }

  /** The scenario as run so far: defaults filled in, with every mid-run change on its timeline. */
  scenarioAsRun(): Scenario {
    return scenarioAsRun({ ...this.scenario, timeline: this.timeline.map((e) => ({ ...e, set: { ...e.set } })) });
  }

  /** The finished (or partial) run's data. */
  result(): RunResult {
    const series = Object.fromEntries(METRIC_NAMES.map((n) => [n, Array.from(this.series[n].subarray(0, this.current))])) as Record<
      MetricName,
      number[]
    >;
    return { scenario: this.scenarioAsRun(), seed: this.scenario.seed, version: VERSION, dates: this.dates.slice(0, this.current), series };
  }

  /** The tracked people, for the map. */
  snapshot(): AgentSnapshot[] {
    const a = this.state.migrants;
    const out: AgentSnapshot[] = [];
    for (const [pid, { slot: id, asVictim }] of this.state.tracked) {
      const e = getI32(a, id, I32.Employer);
      out.push({
        id,
        pid,
        state: getU8(a, id, U8.State),
        origin: getU8(a, id, U8.Origin),
        female: getU8(a, id, U8.Female) === 1,
        minor: getU8(a, id, U8.Minor) === 1,
        mode: getU8(a, id, U8.Mode),
        corridor: getU8(a, id, U8.Corridor),
        sector: e >= 0 ? this.state.employers.sector[e] : -1,
        debt: getF32(a, id, F32.Debt),
        form: getU8(a, id, U8.Form),
        asVictim: asVictim === true,
      });
    }
    return out;
  }

  /** A tracked person's history by the slot they live in now, with months as "YYYY-MM". */
  history(id: number): StoryEvent[] {
    const followed = this.state.tracked.get(pidOf(this.state.migrants, id));
    return this.dated(followed?.slot === id ? followed.events : []);
  }

  /** A followed person's history by person id (pid), whether they are still in the model or have left
   *  it (while their history is kept); null if this run does not follow them. */
  historyOf(pid: number): StoryEvent[] | null {
    const events = this.state.tracked.get(pid)?.events ?? this.state.finished.find((f) => f.pid === pid)?.events;
    return events ? this.dated(events) : null;
  }

  /** Histories of tracked people who have left the model (most recent last), with months as "YYYY-MM". */
  finishedHistories(): { id: number; pid: number; events: StoryEvent[]; asVictim: boolean }[] {
    return this.state.finished.map(({ id, pid, events, asVictim }) => ({
      id,
      pid,
      events: this.dated(events),
      asVictim: asVictim === true,
    }));
  }

  private dated(events: readonly HistoryEvent[]): StoryEvent[] {
    return events.map((e) => ({ date: tickDate(this.scenario.start, e.tick), event: e.event }));
  }

  /** Everyone ever created, by where they are now: live states and exits (in agents). */
  populationAccount(): { created: number; live: Record<string, number>; exited: Record<string, number> } {
    const st = this.state;
    const live = Object.fromEntries(
      MIGRANT_STATES.filter((s) => s !== MigrantState.Free).map((s) => [MIGRANT_STATE_NAMES[s], st.stateCounts[s]]),
    );
    const exited = Object.fromEntries(EXIT_KINDS.map((exit) => [EXITS[exit].name, st.exits[exit]]));
    return { created: st.created, live, exited };
  }

  /** Agents currently processed every month (the rest sleep until a scheduled event). */
  get activeAgents(): number {
    return this.state.activeCount;
  }

  /** Live agents in the model. */
  get liveAgents(): number {
    return this.state.stateCounts.reduce((a, b) => a + b, 0);
  }
}

/** Runs a whole scenario and returns its series. Accepts parsed or raw scenario data. */
export function runScenario(scenario: Scenario | unknown, options: SimulationOptions = {}): RunResult {
  const parsed = parseScenario(scenario);
  return new Simulation(parsed, options).run().result();
}

export { METRICS };
