// Experiment commands (batch, sweep, compare, sensitivity, sobol, history, calibrate, fit, report, merge) are registered here; each
// command's work lives in its own file in this folder and imports no other command (shared helpers are in
// src/cli/run and src/cli), the pure experiment logic in src/sim/experiment.
import type { Command } from 'commander';
import { addExecutionOptions, type SharedCli } from '../run/experiment';
import { batchCommand } from './batch';
import { sweepCommand } from './sweep';
import { compareCommand } from './compare';
import { sensitivityCommand } from './sensitivity';
import { mergeCommand } from './merge';
import { historyCommand } from './history';
import { calibrateCommand } from './calibrate';
import { fitCommand } from './fit';
import { sobolCommand } from './sobol';
import { reportCommand } from '../report/htmlReport';

/** Adds the experiment commands to the program. */
export function registerExperimentCommands(program: Command, shared: SharedCli): void {
  const command = () => ['frontera', ...((program as unknown as { rawArgs?: string[] }).rawArgs ?? [])].join(' ');
  const experiment = (cmd: Command) => addExecutionOptions(shared.addRunOptions(cmd), shared);
  const replicates = (cmd: Command) =>
    cmd.requiredOption(
      '--replicates <n>',
      'replicates (seeds derived from --seed and the replicate index)',
      shared.integerOption('--replicates', 1, 1_000_000),
    );

  replicates(
    experiment(
      program
        .command('batch <scenario>')
        .description('run replicates of a scenario on every core: runs.csv, summary.csv (mean, sd, 95% CI, percentiles), manifest.json'),
    ),
  ).action((arg, opts) => batchCommand(shared, arg, opts, command()));

  replicates(
    experiment(
      program
        .command('sweep <scenario>')
        .description('vary declared parameters over a grid or Latin hypercube, with replicates at every point'),
    ),
  )
    .option(
      '--vary <path=from:to:steps>',
      'parameter to vary (repeatable); also path=from:to for lhs or path=a,b,c for a list',
      shared.collect,
      [],
    )
    .option('--design <grid|lhs>', 'full factorial grid or Latin hypercube sample', 'grid')
    .option('--samples <k>', 'Latin hypercube points', shared.integerOption('--samples', 1, 1_000_000))
    .action((arg, opts) => sweepCommand(shared, arg, opts, command()));

  replicates(
    experiment(
      program
        .command('compare <scenarios...>')
        .description(
          "paired comparison on common random numbers: differences from the first scenario with paired and unpaired 95% CIs, totals from the policies' start",
        ),
    ),
  )
    .option(
      '--persons <n>',
      "also write persons.csv: n followed people (the same people under every scenario, on replicate 1's seed), their outcomes under each scenario and the first event where their stories differ",
      shared.integerOption('--persons', 1, 100_000),
    )
    .option(
      '--posterior <dir>',
      "run every scenario on parameter sets drawn from this calibration's final population (DIR/calibration.json): effects across plausible worlds in posterior-effects.csv",
    )
    .option(
      '--draws <n>',
      'with --posterior: parameter sets to draw (each runs every scenario on --replicates paired seeds of its own)',
      shared.integerOption('--draws', 2, 100_000),
    )
    .option(
      '--whole-run',
      'also report totals over the whole run (by default totals start with the policies, the first month the scenarios differ)',
    )
    .action((args, opts) => compareCommand(shared, args, opts, command()));

  experiment(
    program
      .command('sensitivity <scenario>')
      .description('Morris elementary-effects screening (mu*, sigma) of the outcomes over parameter ranges'),
  )
    .option('--params <a,b=from:to,...>', 'parameters to screen, optionally with a narrower range (default: all declared parameters)')
    .option('--method <morris>', 'screening method', 'morris')
    .requiredOption(
      '--trajectories <k>',
      'Morris trajectories (each costs parameters + 1 runs)',
      shared.integerOption('--trajectories', 2, 100_000),
    )
    .option('--levels <p>', 'grid levels per parameter (even)', shared.integerOption('--levels', 2, 100), 4)
    .action((arg, opts) => sensitivityCommand(shared, arg, opts, command()));

  experiment(
    program
      .command('sobol <scenarios...>')
      .description(
        "first- and total-order Sobol' indices (Saltelli design, Jansen estimators, bootstrap 95% intervals) of metrics over a window, for one scenario or for a policy minus its reference on the same seeds: sobol.csv, sobol.json",
      ),
  )
    .option('--vary <path=from:to>', 'parameter and range to vary (repeatable; uniform over the range)', shared.collect, [])
    .requiredOption(
      '--samples <n>',
      'base points of the Saltelli design (runs = n x (parameters + 2) x scenarios x replicates; a power of two is best)',
      shared.integerOption('--samples', 2, 1_000_000),
    )
    .option(
      '--replicates <r>',
      'seeds per design row, averaged (every row of a base point shares them)',
      shared.integerOption('--replicates', 1, 10_000),
      1,
    )
    .option('--metric <a,b,...>', 'metrics whose indices to compute (frontera metrics lists them)', 'victims_new_total')
    .option(
      '--window <from:to>',
      'months the metrics are totalled over, "YYYY-MM:YYYY-MM" (default: from the policies\' start, or the run\'s, to the end)',
    )
    .option(
      '--resamples <b>',
      'bootstrap resamples of the base points for the intervals',
      shared.integerOption('--resamples', 10, 100_000),
      1000,
    )
    .action((args, opts) => sobolCommand(shared, args, opts, command()));

  replicates(
    experiment(
      program
        .command('history [scenario]')
        .description(
          'validate out of sample: the history replay (default history-1992-2010) over seeds, compared with the evidence year by year and between periods: evidence.csv, evidence.json',
        ),
    ),
  )
    .option(
      '--calibrated <best-estimate.json>',
      "run with the calibrated parameters of a calibration's best estimate (held for the whole run)",
    )
    .action((arg, opts) => historyCommand(shared, arg, opts, command()));

  replicates(
    experiment(
      program
        .command('calibrate [scenario]')
        .description(
          'estimate the calibrated parameters against the 2003-2005 targets (ABC rejection over a Latin hypercube of their priors, or sequential Monte Carlo ABC with --rounds): calibration.csv, posterior.csv, fit.csv, best-estimate.json',
        ),
    ),
  )
    .requiredOption(
      '--samples <k>',
      'Latin hypercube points drawn from the priors (the first round)',
      shared.integerOption('--samples', 2, 1_000_000),
    )
    .option(
      '--accept <share>',
      'share of points closest to the targets kept as the posterior sample (per round)',
      shared.numberOption('--accept', 0.001, 1),
      0.1,
    )
    .option('--rounds <r>', 'rounds of sequential Monte Carlo ABC (1: rejection only)', shared.integerOption('--rounds', 1, 20), 1)
    .option(
      '--round-samples <m>',
      'points proposed in each round after the first (default: --samples)',
      shared.integerOption('--round-samples', 2, 1_000_000),
    )
    .option(
      '--check-replicates <n>',
      'SMC: replicates on fresh seeds for the defaults and the estimate',
      shared.integerOption('--check-replicates', 2, 10_000),
      10,
    )
    .option('--params <a=low:high,...>', 'parameters to calibrate with their priors (default: those marked calibrated in PARAMS)')
    .action((arg, opts) => calibrateCommand(shared, arg, opts, command()));

  replicates(
    experiment(
      program
        .command('fit [scenario]')
        .description(
          "score a scenario as given (default baseline-2003, over the 2003-2005 window) against the calibration targets on fresh seeds: check.csv with each target's mean, spread and verdict",
        ),
    ),
  )
    .option(
      '--calibrated <best-estimate.json>',
      "run with the calibrated parameters of a calibration's best estimate (held for the whole run)",
    )
    .action((arg, opts) => fitCommand(shared, arg, opts, command()));

  program
    .command('report <dir>')
    .description('one self-contained HTML file (opens offline) from an experiment directory: manifest, tables and charts')
    .option('--out <file>', 'where to write the report (default: DIR/report.html)')
    .option('--quiet', 'no confirmation on stderr')
    .action((dir, opts) => reportCommand(dir, opts));

  program
    .command('merge <dirs...>')
    .description('combine shard directories into the files the unsharded command writes')
    .option('--out <dir>', 'output directory (default: the only input directory)')
    .option('--quiet', 'no confirmation on stderr')
    .action((dirs, opts) => mergeCommand(dirs, opts, command()));
}
