// The `frontera` command line: run, validate, list and params (plus the experiment commands).
// Bad input of any kind ends with one clear line on stderr and exit code 2, and no file written.
import { Command, CommanderError, Option } from 'commander';
import { PARAMS, PARAM_GROUPS, parseDecimal } from '../sim/params';
import { METRICS, findMetric, formulaOf, type MetricName } from '../sim/metrics';
import { SCENARIOS } from '../sim/library';
import {
  applyOverrides,
  holdParams,
  parseSetArgument,
  RUN_SETTINGS,
  ScenarioError,
  scenarioJsonSchema,
  type Overrides,
  type RunSetting,
  type Scenario,
} from '../sim/scenario';
import { Simulation } from '../sim/run';
import { toCsv, toJson, yearlySummary } from '../sim/output';
import { VERSION } from '../sim/version';
import { assertWritable, loadScenarioArg, writeFileAtomic } from './files';
import { readable, table } from './format';
import { registerExperimentCommands } from './commands/register';

/** Exit code for bad input (usage errors, invalid scenarios or values). */
export const BAD_INPUT = 2;

/** Parses a whole-number flag value, naming the flag when it does not fit. */
export function integerOption(flag: string, min: number, max: number) {
  return (text: string): number => {
    const value = parseDecimal(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ScenarioError(`${flag} ${text}: expected a whole number in [${min}, ${max}]`);
    }
    return value;
  };
}

/** Parses a number flag value, naming the flag when it does not fit. */
export function numberOption(flag: string, min: number, max: number) {
  return (text: string): number => {
    const value = parseDecimal(text);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new ScenarioError(`${flag} ${text}: expected a number in [${min}, ${max}]`);
    }
    return value;
  };
}

/** Parses a run setting's flag (`--seed`, `--years`, `--scale`) within the range the scenario declares. */
export function runSettingOption(name: RunSetting) {
  const { min, max, whole } = RUN_SETTINGS[name];
  return whole ? integerOption(`--${name}`, min, max) : numberOption(`--${name}`, min, max);
}

/** Commander reducer for repeatable options. */
const collect = (value: string, previous: string[]) => [...previous, value];

/** Shared `--seed/--years/--scale/--set` options. */
export function addRunOptions(cmd: Command): Command {
  return cmd
    .option('--seed <n>', 'random seed (whole number)', runSettingOption('seed'))
    .option('--years <y>', 'years to simulate', runSettingOption('years'))
    .option('--scale <s>', 'real people per simulated migrant (1 = one agent per person)', runSettingOption('scale'))
    .option(
      '--set <path=value>',
      'hold a parameter at a value for the whole run (repeatable; timeline changes to it are dropped), e.g. --set border.agents=15000',
      collect,
      [],
    );
}

/** The scenario named on the command line with the shared options applied. */
export function scenarioFromOptions(arg: string, opts: { seed?: number; years?: number; scale?: number; set?: string[] }): Scenario {
  const scenario = loadScenarioArg(arg);
  const set = Object.fromEntries((opts.set ?? []).map(parseSetArgument));
  const overrides: Overrides = { seed: opts.seed, years: opts.years, scale: opts.scale, set };
  // A value given with --set holds for the whole run: timeline changes to it are dropped.
  return holdParams(applyOverrides(scenario, overrides), Object.keys(set));
}

function outputKind(out: string): 'csv' | 'json' {
  if (out.endsWith('.csv')) return 'csv';
  if (out.endsWith('.json')) return 'json';
  throw new ScenarioError(`--out ${out}: expected a file name ending in .csv or .json`);
}

const SUMMARY_COLUMNS: [MetricName, string][] = [
  ['attempts', 'attempts'],
  ['apprehensions', 'apprehended'],
  ['entries', 'entries'],
  ['deaths', 'deaths'],
  ['smuggler_use_share', 'smuggler'],
  ['smuggling_fee_mean_usd', 'fee USD'],
  ['victims_new_total', 'victims'],
  ['victims_new_mexico', 'in Mexico'],
  ['victims_detected', 'detected'],
  ['victims_deported_unidentified', 'deported unid.'],
  ['t_visas_granted', 'T-visas'],
  ['convictions_us', 'conv. U.S.'],
  ['convictions_mexico', 'conv. Mexico'],
];

function runCommand(
  arg: string,
  opts: { seed?: number; years?: number; scale?: number; set: string[]; out?: string; quiet?: boolean },
): void {
  const kind = opts.out ? outputKind(opts.out) : undefined;
  const scenario = scenarioFromOptions(arg, opts);
  if (opts.out) assertWritable('--out', opts.out);
  const sim = new Simulation(scenario);
  const showProgress = !opts.quiet && process.stderr.isTTY && sim.months > 24;
  while (!sim.done) {
    sim.step();
    if (showProgress && sim.tick % 12 === 0) process.stderr.write(`\r${scenario.name}: year ${sim.tick / 12} of ${scenario.years}`);
  }
  if (showProgress) process.stderr.write('\r\x1b[K');
  const result = sim.result();
  if (opts.out && kind) {
    writeFileAtomic(opts.out, kind === 'csv' ? toCsv(result) : toJson(result));
    if (!opts.quiet) process.stderr.write(`Wrote ${result.dates.length} months of ${METRICS.length} metrics to ${opts.out}\n`);
    return;
  }
  const rows = yearlySummary(result).map((row) => [
    row.year,
    ...SUMMARY_COLUMNS.map(([name]) => readable(row.values[name], findMetric(name)!.unit)),
  ]);
  process.stdout.write(
    `${scenario.name} (seed ${scenario.seed}, scale ${scenario.scale}): yearly totals in real people; smuggler = share of irregular crossers hiring one, fee = mean USD.\n`,
  );
  process.stdout.write(`${table(['year', ...SUMMARY_COLUMNS.map(([, label]) => label)], rows)}\n`);
  process.stdout.write('Exploratory model, not a forecast: run several seeds (frontera batch) to see the uncertainty.\n');
}

function paramsCommand(opts: { json?: boolean }): void {
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(PARAMS, null, 2)}\n`);
    return;
  }
  for (const group of PARAM_GROUPS) {
    process.stdout.write(`\n${group.toUpperCase()}\n`);
    for (const p of PARAMS.filter((x) => x.group === group)) {
      const range = p.kind === 'boolean' ? 'true|false' : `${p.min} to ${p.max}`;
      process.stdout.write(`  ${p.path}  (${p.unit}; ${range}; default ${p.default})\n    ${p.description}\n    Source: ${p.source}\n`);
    }
  }
}

/** Builds the command-line program. */
export function buildProgram(): Command {
  const program = new Command('frontera')
    .description(
      'Agent-based model of migration, smuggling, enforcement and human trafficking at the U.S.-Mexico border.\nExploratory, not a forecast.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  addRunOptions(
    program.command('run <scenario>').description('run a scenario (library name or .json file) and print a yearly summary or write --out'),
  )
    .option('--out <file>', 'write a .csv (one row per month) or .json (scenario as run, seed, version, series)')
    .option('--quiet', 'no progress or confirmation on stderr')
    .action(runCommand);
  program
    .command('validate <file>')
    .description('check a scenario file and report the first problems')
    .action((file: string) => {
      const s = loadScenarioArg(file);
      process.stdout.write(
        `${file}: valid scenario "${s.name}" (${s.start}, ${s.years} years, scale ${s.scale}, ${Object.keys(s.params).length} parameters set, ${s.timeline.length} timeline changes)\n`,
      );
    });
  program
    .command('list')
    .description('list the scenario library with descriptions')
    .action(() => {
      for (const s of SCENARIOS) process.stdout.write(`${s.name}  (${s.start}, ${s.years} years)\n  ${s.description}\n\n`);
    });
  program
    .command('params')
    .description('list every parameter with unit, range, default and source')
    .option('--json', 'as JSON')
    .action(paramsCommand);
  program
    .command('metrics')
    .description('list every output metric with unit and meaning')
    .action(() => {
      for (const m of METRICS)
        process.stdout.write(`${m.name}  (${m.unit}; yearly ${m.yearly})\n  ${m.description}\n  computed as: ${formulaOf(m)}\n`);
    });
  program
    .command('schema')
    .description('print the JSON Schema for scenario files')
    .action(() => {
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
  registerExperimentCommands(program, { addRunOptions, scenarioFromOptions, integerOption, numberOption, collect });
  program.addOption(new Option('--no-color').hideHelp());
  return program;
}

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return err.exitCode === 0 ? 0 : BAD_INPUT;
    }
    if (err instanceof ScenarioError || isInvalidArgument(err)) {
      process.stderr.write(`frontera: ${(err as Error).message}\n`);
      return BAD_INPUT;
    }
    process.stderr.write(`frontera: internal error: ${(err as Error).message}\n`);
    return 1;
  }
}

/** `frontera list | head` closes the pipe early: stop quietly, as Unix tools do, instead of an EPIPE stack trace. */
function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
}

function isInvalidArgument(err: unknown): boolean {
  return err instanceof Error && err.name === 'ScenarioError';
}

const invokedDirectly =
  typeof process !== 'undefined' && process.argv[1] !== undefined && /(?:frontera(?:\.js)?|cli\.js|main\.ts)$/.test(process.argv[1]);
if (invokedDirectly) {
  endQuietlyWhenOutputCloses();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
