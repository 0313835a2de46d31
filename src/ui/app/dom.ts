// Small DOM helpers that build elements from data with textContent only (never innerHTML), so no
// text from a file or a link can become markup.

type Attrs = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** The element with this id; throws if the page lacks it (a programming error). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page element #${id} is missing`);
  return node as T;
}

/** Replaces an element's children. */
export function setChildren(parent: Element, ...children: (Node | string)[]): void {
  parent.replaceChildren(...children);
}

/** Shows the run's status line and progress bar (the month counter tests read from data-tick). */
export function renderRunStatus(text: string, tick = 0, months = 1): void {
  const status = byId('status');
  status.textContent = text;
  status.dataset.tick = String(tick);
  const progress = byId<HTMLProgressElement>('run-progress');
  progress.max = Math.max(1, months);
  progress.value = tick;
}
