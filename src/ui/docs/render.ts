// The project's Markdown docs as HTML for the app's docs page: headings get GitHub's anchors, list
// items that open with a bold name (the mechanisms of MODEL.md) get an anchor of that name, and
// links between the docs stay inside the app, so every link works offline and in the dev server.
import { Marked } from 'marked';

/** The docs the app serves (docs/<name>.md). */
export const DOCS = ['MODEL', 'VALIDATION', 'EXPERIMENTS', 'UI', 'COMPARE', 'CRN'] as const;
export type DocName = (typeof DOCS)[number];

/** The app's address of a doc, at an anchor. */
export function docHref(doc: DocName, anchor = ''): string {
  return `./docs.html?doc=${doc}${anchor ? `#${anchor}` : ''}`;
}

/** The anchor a link asks for, among a doc's anchors: itself, or the numbered heading it names
 *  ("calibration-results" finds "3-calibration-results"), so links survive renumbering; null if none. */
export function resolveAnchor(anchors: readonly string[], wanted: string): string | null {
  if (anchors.includes(wanted)) return wanted;
  return anchors.find((a) => a.replace(/^\d+-/, '') === wanted) ?? null;
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Anchors already used in a document get -1, -2, ... as on GitHub. */
class Slugger {
  private readonly seen = new Map<string, number>();
  unique(text: string): string {
    const base = slug(text);
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  }
}

/** A link to another doc ("MODEL.md#x", "docs/VALIDATION.md") as the app's address; others unchanged. */
function appHref(href: string): string {
  const match = /^(?:\.{0,2}\/)*(?:docs\/)?([A-Z]+)\.md(#.*)?$/.exec(href);
  if (!match || !(DOCS as readonly string[]).includes(match[1])) return href;
  return docHref(match[1] as DocName, match[2]?.slice(1));
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML of a doc, and the anchors it has (headings and named list items). */
export function renderDoc(markdown: string): { html: string; anchors: string[] } {
  const slugger = new Slugger();
  const anchors: string[] = [];
  const anchor = (text: string) => {
    const id = slugger.unique(text);
    anchors.push(id);
    return id;
  };
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading: (text: string, level: number, raw: string) => `<h${level} id="${anchor(raw)}">${text}</h${level}>\n`,
      listitem: (text: string) => {
        const named = /^<strong>([^<]+)<\/strong>/.exec(text);
        return named ? `<li id="${anchor(named[1])}">${text}</li>\n` : `<li>${text}</li>\n`;
      },
      link: (href: string, title: string | null | undefined, text: string) =>
        `<a href="${escapeAttribute(appHref(href))}"${title ? ` title="${escapeAttribute(title)}"` : ''}>${text}</a>`,
    },
  });
  return { html: marked.parse(markdown, { async: false }) as string, anchors };
}
