// File helpers for the CLI: reading scenario files (and a calibration's estimate, as --set arguments)
// with clear errors, and writing outputs atomically (a temporary file renamed into place), so a crash
// never leaves half a file.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { findScenario, SCENARIOS } from '../sim/library';
import { parseScenarioText, ScenarioError, type Scenario } from '../sim/scenario';
import { PARAMS, type ParamSpec } from '../sim/params';

/** Loads a scenario by library name or from a .json file; throws ScenarioError naming the problem. */
export function loadScenarioArg(arg: string): Scenario {
  const looksLikeFile = arg.endsWith('.json') || arg.includes('/') || arg.includes('\\');
  if (!looksLikeFile) {
    const found = findScenario(arg);
    if (found) return found;
    throw new ScenarioError(
      `unknown scenario "${arg}": expected a library name (${SCENARIOS.map((s) => s.name).join(', ')}) or a path to a .json file`,
    );
  }
  if (!existsSync(arg)) throw new ScenarioError(`scenario file "${arg}" does not exist`);
  let text: string;
  try {
    text = readFileSync(arg, 'utf8');
  } catch (err) {
    throw new ScenarioError(`scenario file "${arg}" cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseScenarioText(text, arg);
}

/** Checks before any work is done that `path` can be written (not a folder, folder writable). */
export function assertWritable(flag: string, path: string): void {
  if (existsSync(path) && statSync(path).isDirectory()) throw new ScenarioError(`${flag} ${path}: is a folder; expected a file name`);
  const probe = join(dirname(path), `.${basename(path)}.${process.pid}.probe`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (err) {
    throw new ScenarioError(`${flag} ${path}: cannot write there (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Writes a file atomically: the content appears whole or not at all. */
export function writeFileAtomic(path: string, content: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/** The calibrated parameters' values in a scenario file (a calibration's best-estimate.json), as --set arguments. */
export function calibratedSettings(file: string): string[] {
  const estimate = loadScenarioArg(file);
  return (PARAMS as readonly ParamSpec[])
    .filter((p) => p.role === 'calibrated' && estimate.params[p.path as keyof typeof estimate.params] !== undefined)
    .map((p) => `${p.path}=${String(estimate.params[p.path as keyof typeof estimate.params])}`);
}
