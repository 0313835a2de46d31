// The docs page: shows one of the project's docs (docs/*.md, bundled at build time) rendered, so the
// simulator's links into MODEL.md and VALIDATION.md work offline and in the dev server.
import '../styles.css';
import './docs.css';
import { byId, el } from '../shared/dom';
import { DOCS, docHref, renderDoc, resolveAnchor, type DocName } from './render';

const SOURCES = import.meta.glob<string>('../../../docs/[A-Z]*.md', { query: '?raw', import: 'default' });

function chosenDoc(): DocName {
  const name = new URLSearchParams(location.search).get('doc') ?? 'MODEL';
  return (DOCS as readonly string[]).includes(name) ? (name as DocName) : 'MODEL';
}

async function show(doc: DocName): Promise<void> {
  byId('doc-nav').replaceChildren(
    ...DOCS.map((d) => el('a', { href: docHref(d), 'aria-current': d === doc ? 'page' : undefined }, `${d}.md`)),
  );
  const load = SOURCES[`../../../docs/${doc}.md`];
  const article = byId('doc');
  if (!load) {
    article.replaceChildren(el('p', {}, `docs/${doc}.md is not part of this build.`));
    return;
  }
  document.title = `Frontera: ${doc}.md`;
  // The docs are the project's own files, bundled at build time: trusted markup, not user input.
  const { html, anchors } = renderDoc(await load());
  article.innerHTML = html;
  // Wide tables and code scroll sideways in their own box: keyboard users must be able to reach it.
  for (const box of article.querySelectorAll<HTMLElement>('table, pre')) box.tabIndex = 0;
  const anchor = location.hash ? resolveAnchor(anchors, decodeURIComponent(location.hash.slice(1))) : null;
  const target = anchor ? document.getElementById(anchor) : null;
  if (target) {
    target.classList.add('doc-target');
    target.scrollIntoView();
  }
}

void show(chosenDoc());
