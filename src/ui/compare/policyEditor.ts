// The editing panel for the policies: label, library scenario and lever settings per policy, add
// and remove policies. Every edit proposes a whole new comparison to the page, which validates it
// and keeps the previous one when it is bad.
import { SCENARIOS } from '../../sim/library';
import { findParam, parseParamText, PARAMS } from '../../sim/params';
import { byId, el } from '../shared/dom';
import { formatParam } from '../../presentation/format';
import { SERIES_COLOURS } from '../../presentation/palette';
import { sourceName } from '../shared/runSetup';
import type { ComparisonSetup, PolicySetup } from './comparison';
import { MAX_POLICIES, MIN_POLICIES } from './lessons';

export interface PolicyEditorActions {
  propose(next: ComparisonSetup): void;
  problem(message: string): void;
}

/** Renders the policy editors for a comparison. */
export function renderPolicyEditors(comparison: ComparisonSetup, actions: PolicyEditorActions): void {
  byId('policy-editors').replaceChildren(...comparison.policies.map((policy, i) => policyEditor(comparison, i, policy, actions)));
  const add = byId<HTMLButtonElement>('add-policy');
  add.disabled = comparison.policies.length >= MAX_POLICIES;
  add.onclick = () => {
    const last = comparison.policies[comparison.policies.length - 1];
    actions.propose(
      withPolicies(comparison, [
        ...comparison.policies,
        { label: `${last.label} (copy)`.slice(0, 60), source: last.source, set: { ...last.set } },
      ]),
    );
  };
}

function withPolicies(comparison: ComparisonSetup, policies: PolicySetup[]): ComparisonSetup {
  return { ...comparison, policies };
}

function replacePolicy(comparison: ComparisonSetup, index: number, policy: PolicySetup): ComparisonSetup {
  return withPolicies(
    comparison,
    comparison.policies.map((p, i) => (i === index ? policy : p)),
  );
}

function policyEditor(comparison: ComparisonSetup, index: number, policy: PolicySetup, actions: PolicyEditorActions): HTMLElement {
  const id = `policy-${index + 1}`;
  const label = el('input', {
    type: 'text',
    id: `${id}-label`,
    maxlength: 60,
    value: policy.label,
    'aria-label': `Policy ${index + 1} label`,
  });
  label.addEventListener('change', () => actions.propose(replacePolicy(comparison, index, { ...policy, label: label.value.trim() })));
  const scenario = el(
    'select',
    { id: `${id}-scenario`, 'aria-label': `Policy ${index + 1} scenario` },
    ...SCENARIOS.map((s) => el('option', { value: s.name, selected: sourceName(policy.source) === s.name }, s.name)),
  );
  scenario.addEventListener('change', () =>
    actions.propose(replacePolicy(comparison, index, { ...policy, source: { library: scenario.value } })),
  );
  const remove = el(
    'button',
    { type: 'button', class: 'small', disabled: comparison.policies.length <= MIN_POLICIES, 'aria-label': `Remove policy ${index + 1}` },
    'Remove',
  );
  remove.addEventListener('click', () =>
    actions.propose(
      withPolicies(
        comparison,
        comparison.policies.filter((_, i) => i !== index),
      ),
    ),
  );
  return el(
    'div',
    { class: 'policy-editor', 'data-policy': index },
    el(
      'div',
      { class: 'policy-head' },
      el('span', { class: 'policy-swatch', style: `background:${SERIES_COLOURS[index]}` }),
      el('strong', {}, index === 0 ? `Policy ${index + 1} (reference)` : `Policy ${index + 1}`),
      label,
      scenario,
      remove,
    ),
    leverChips(comparison, index, policy, actions),
    leverAdder(comparison, index, policy, actions),
  );
}

function leverChips(comparison: ComparisonSetup, index: number, policy: PolicySetup, actions: PolicyEditorActions): HTMLElement {
  const chips = Object.entries(policy.set).map(([path, value]) => {
    const remove = el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${path}` }, '×');
    remove.addEventListener('click', () => {
      const set = { ...policy.set };
      delete set[path];
      actions.propose(replacePolicy(comparison, index, { ...policy, set }));
    });
    return el('li', { class: 'chip' }, `${findParam(path)?.label ?? path} = ${formatParam(value)}`, remove);
  });
  return el('ul', { class: 'chips', 'aria-label': `Policy ${index + 1} lever settings` }, ...chips);
}

function leverAdder(comparison: ComparisonSetup, index: number, policy: PolicySetup, actions: PolicyEditorActions): HTMLElement {
  const id = `policy-${index + 1}`;
  const path = el(
    'select',
    { id: `${id}-lever`, 'aria-label': `Policy ${index + 1}: lever to set` },
    ...PARAMS.map((p) => el('option', { value: p.path }, `${p.label} (${p.unit})`)),
  );
  const value = el('input', { type: 'text', id: `${id}-value`, size: 8, 'aria-label': `Policy ${index + 1}: lever value` });
  const hint = el('span', { class: 'muted range' });
  const showRange = () => {
    const spec = findParam(path.value);
    hint.textContent = spec ? (spec.kind === 'boolean' ? 'true or false' : `${formatParam(spec.min)} to ${formatParam(spec.max)}`) : '';
  };
  path.addEventListener('change', showRange);
  showRange();
  const set = el('button', { type: 'button', class: 'small', id: `${id}-set` }, 'Set lever');
  const commit = () => {
    try {
      const parsed = parseParamText(path.value, value.value.trim());
      actions.propose(replacePolicy(comparison, index, { ...policy, set: { ...policy.set, [path.value]: parsed } }));
    } catch (err) {
      actions.problem(`policy ${index + 1}: ${(err as Error).message}`);
    }
  };
  set.addEventListener('click', commit);
  value.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') commit();
  });
  return el('div', { class: 'lever-adder' }, path, value, set, hint);
}
