// The policy-lever panel, generated from the parameter declarations: one group per policy area,
// each lever with a slider and an exact field, its unit, range, default, meaning and source.
// Invalid text is rejected with a message under the field; the previous value stays in force.
import { PARAM_GROUPS, PARAMS, parseParamText, type ParamGroup, type ParamSpec } from '../../sim/params';
import { formatParam } from '../../presentation/format';
import type { ParamValues } from '../shared/protocol';
import { el } from '../shared/dom';

export const GROUP_TITLES: Record<ParamGroup, string> = {
  border: 'Border enforcement',
  interior: 'Interior (worksite) enforcement',
  protection: 'Victim protection',
  pathways: 'Legal pathways',
  justice: 'Anti-trafficking justice',
  corruption: 'Corruption',
  context: 'Context (not policy)',
  behaviour: 'Behaviour (mechanism parameters, not policy)',
};

interface LeverControls {
  spec: ParamSpec;
  exact: HTMLInputElement;
  slider?: HTMLInputElement;
  error: HTMLElement;
  row: HTMLElement;
}

/** A slider step that gives about 200 positions over the range, rounded to 1, 2 or 5 times a power of ten. */
export function sliderStep(spec: ParamSpec): number {
  const raw = (spec.max - spec.min) / 200;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return spec.kind === 'integer' ? Math.max(1, Math.round(step)) : step;
}

export class ParamPanel {
  private readonly levers = new Map<string, LeverControls>();
  private current: ParamValues = {};
  onChange: (path: string, value: number | boolean) => void = () => undefined;

  constructor(container: HTMLElement) {
    container.replaceChildren(...PARAM_GROUPS.map((group, i) => this.renderGroup(group, i < 2)));
  }

  private renderGroup(group: ParamGroup, open: boolean): HTMLElement {
    const specs = PARAMS.filter((p) => p.group === group);
    return el(
      'details',
      { class: 'param-group', open, 'data-group': group },
      el('summary', {}, GROUP_TITLES[group], el('span', { class: 'count' }, ` (${specs.length})`)),
      ...specs.map((spec) => this.renderLever(spec)),
    );
  }

  private renderLever(spec: ParamSpec): HTMLElement {
    const id = `param-${spec.path.replace(/\./g, '-')}`;
    const error = el('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
    const describedBy = `${id}-about ${id}-error`;
    const exact =
      spec.kind === 'boolean'
        ? el('input', { type: 'checkbox', id, 'data-path': spec.path, 'aria-describedby': describedBy })
        : el('input', {
            type: 'text',
            inputmode: 'decimal',
            id,
            class: 'exact',
            'data-path': spec.path,
            'aria-describedby': describedBy,
            size: 9,
          });
    const slider =
      spec.kind === 'boolean'
        ? undefined
        : el('input', {
            type: 'range',
            min: spec.min,
            max: spec.max,
            step: sliderStep(spec),
            'aria-label': `${spec.label} slider`,
            'data-path': spec.path,
            tabindex: -1,
          });
    const range =
      spec.kind === 'boolean'
        ? `default ${formatParam(spec.default)}`
        : `${formatParam(spec.min)}–${formatParam(spec.max)} ${spec.unit}, default ${formatParam(spec.default)}`;
    const row = el(
      'div',
      { class: 'lever', 'data-path': spec.path },
      el('div', { class: 'lever-head' }, el('label', { for: id }, spec.label), exact, el('span', { class: 'unit' }, spec.unit)),
      slider ?? null,
      error,
      el('p', { class: 'lever-about', id: `${id}-about` }, el('span', { class: 'range' }, range), '. ', spec.description),
      el('p', { class: 'lever-source' }, `Source: ${spec.source}`),
    );
    const controls: LeverControls = { spec, exact, slider, error, row };
    this.levers.set(spec.path, controls);
    this.listen(controls);
    return row;
  }

  private listen(c: LeverControls): void {
    if (c.spec.kind === 'boolean') {
      c.exact.addEventListener('change', () => this.onChange(c.spec.path, c.exact.checked));
      return;
    }
    c.slider?.addEventListener('input', () => {
      c.exact.value = c.slider!.value;
    });
    c.slider?.addEventListener('change', () => this.commitText(c, c.slider!.value));
    c.exact.addEventListener('change', () => this.commitText(c, c.exact.value));
  }

  private commitText(c: LeverControls, text: string): void {
    let value: number | boolean;
    try {
      value = parseParamText(c.spec.path, text.replace(/,/g, '').trim());
    } catch (err) {
      this.showError(c.spec.path, (err as Error).message);
      return;
    }
    this.showError(c.spec.path, null);
    if (value !== this.current[c.spec.path]) this.onChange(c.spec.path, value);
  }

  /** Shows (or clears) a problem under a lever. */
  showError(path: string, message: string | null): void {
    const c = this.levers.get(path);
    if (!c) return;
    c.error.textContent = message ?? '';
    c.error.hidden = message === null;
    c.exact.setAttribute('aria-invalid', message === null ? 'false' : 'true');
  }

  /** Shows current values; marks levers that differ from the scenario's start. Leaves a field being edited alone. */
  setValues(current: ParamValues, scenarioStart: ParamValues): void {
    this.current = current;
    for (const c of this.levers.values()) {
      const value = current[c.spec.path];
      if (value === undefined) continue;
      c.row.classList.toggle('changed', value !== scenarioStart[c.spec.path]);
      if (document.activeElement === c.exact || c.exact.getAttribute('aria-invalid') === 'true') continue;
      if (typeof value === 'boolean') c.exact.checked = value;
      else if (c.exact.value !== String(value)) {
        c.exact.value = String(value);
        if (c.slider && document.activeElement !== c.slider) c.slider.value = String(value);
      }
    }
  }

  /** Clears every field's error and shows these values. */
  reset(current: ParamValues, scenarioStart: ParamValues): void {
    for (const path of this.levers.keys()) this.showError(path, null);
    this.setValues(current, scenarioStart);
  }
}
