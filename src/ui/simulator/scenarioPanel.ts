// The scenario picker (library plus files loaded from disk, by file input or drag and drop) and
// the run settings (seed, scale, years). Files are validated; problems are reported, never thrown.
import { SCENARIOS } from '../../sim/library';
import { parseScenarioText, ScenarioError, type Scenario } from '../../sim/scenario';
import { sourceName, type RunSetup, type ScenarioSource } from '../shared/runSetup';
import { byId, el } from '../shared/dom';

const MAX_FILE_BYTES = 1_000_000;
const FILE_PREFIX = 'file:';

export interface ScenarioPanelActions {
  pick(source: ScenarioSource): void;
  changeSettings(settings: { seed: number; scale: number; years: number }): void;
  fileProblem(message: string): void;
}

/** Reads and validates a scenario file; throws ScenarioError naming the file and the problem. */
export async function readScenarioFile(file: File): Promise<Scenario> {
  if (file.size > MAX_FILE_BYTES) throw new ScenarioError(`${file.name}: ${file.size} bytes: expected a scenario file under 1 MB`);
  return parseScenarioText(await file.text(), file.name);
}

export class ScenarioPanel {
  private readonly select = byId<HTMLSelectElement>('scenario-select');
  private readonly description = byId('scenario-description');
  private readonly seed = byId<HTMLInputElement>('seed');
  private readonly scale = byId<HTMLInputElement>('scale');
  private readonly years = byId<HTMLInputElement>('years');
  private readonly files = new Map<string, Scenario>();
  private readonly actions: ScenarioPanelActions;

  constructor(actions: ScenarioPanelActions) {
    this.actions = actions;
    this.select.replaceChildren(...SCENARIOS.map((s) => el('option', { value: s.name }, s.name)));
    this.select.addEventListener('change', () => this.actions.pick(this.sourceFor(this.select.value)));
    for (const input of [this.seed, this.scale, this.years]) input.addEventListener('change', () => this.commitSettings());
    byId('new-seed').addEventListener('click', () => {
      this.seed.value = String(Math.floor(Math.random() * 1_000_000));
      this.commitSettings();
    });
    this.listenForFiles();
  }

  private sourceFor(value: string): ScenarioSource {
    const file = value.startsWith(FILE_PREFIX) ? this.files.get(value.slice(FILE_PREFIX.length)) : undefined;
    return file ? { file } : { library: value };
  }

  private commitSettings(): void {
    const read = (input: HTMLInputElement) => (input.value.trim() === '' ? NaN : Number(input.value));
    this.actions.changeSettings({ seed: read(this.seed), scale: read(this.scale), years: read(this.years) });
  }

  private listenForFiles(): void {
    const input = byId<HTMLInputElement>('scenario-file');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.load(file);
      input.value = '';
    });
    const zone = byId('drop-zone');
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      const file = event.dataTransfer?.files[0];
      if (file) void this.load(file);
    });
  }

  private async load(file: File): Promise<void> {
    let scenario: Scenario;
    try {
      scenario = await readScenarioFile(file);
    } catch (err) {
      this.actions.fileProblem(err instanceof ScenarioError ? err.message : `${file.name}: could not be read`);
      return;
    }
    this.addFile(scenario);
    this.actions.pick({ file: scenario });
  }

  /** Adds a scenario from a file (or a link) to the picker. */
  addFile(scenario: Scenario): void {
    this.files.set(scenario.name, scenario);
    const value = `${FILE_PREFIX}${scenario.name}`;
    this.select.querySelector(`option[value="${CSS.escape(value)}"]`)?.remove();
    this.select.append(el('option', { value }, `${scenario.name} (from file)`));
  }

  /** Shows a setup: picker selection, description and settings. */
  show(setup: RunSetup, scenario: Scenario): void {
    if ('file' in setup.source) this.addFile(setup.source.file);
    this.select.value = 'file' in setup.source ? `${FILE_PREFIX}${sourceName(setup.source)}` : setup.source.library;
    this.description.textContent = forStudents(scenario.description) || '(This scenario has no description.)';
    this.seed.value = String(setup.seed);
    this.scale.value = String(setup.scale);
    this.years.value = String(setup.years);
  }
}

/** A scenario's description without notes meant for developers (how a generated file is made). */
export function forStudents(description: string): string {
  return description.replace(/\s*Generated from \S+ by `[^`]+`\.?/g, '').trim();
}
