// Saving files from the page: text (CSV, JSON) and images (PNG), through a temporary link.

/** Offers `text` as a file download. */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  clickDownloadLink(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a data URL (e.g. a chart's PNG) as a file download. */
export function downloadDataUrl(filename: string, dataUrl: string): void {
  clickDownloadLink(filename, dataUrl);
}

function clickDownloadLink(filename: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** A file name built from the scenario and seed, safe on every system. */
export function runFileName(scenarioName: string, seed: number, extension: string, suffix = ''): string {
  const base = scenarioName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';
  return `frontera-${base}-seed${seed}${suffix ? `-${suffix}` : ''}.${extension}`;
}
