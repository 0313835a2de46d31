// The simulator in headless Chromium (Debian's /usr/bin/chromium through playwright-core): months
// simulated per second and page frames per second while it plays at a scale and speed. Builds and
// serves the site as the browser tests do (tests/ui/harness). `npx tsx bench/browser.ts [scale] [seconds]`;
// bench/run.ts and `npm run measure:ui` call benchBrowser().
import { pathToFileURL } from 'node:url';
import { browserAvailable, measurePlayback, newPage, openSite, setSetting, waitForReady, type PlaybackFigures } from '../tests/ui/harness';

/** One playback to measure: the run's scale, the speed chosen in the page ('0' = full speed, else months/s). */
export interface BrowserCase {
  scale: number;
  speed: string;
}

/** A measured playback. */
export interface BrowserFigure extends BrowserCase, PlaybackFigures {
  seconds: number;
}

/** Plays each case for `seconds` in one page (60-year runs, so none ends early) and measures it;
 *  null when Chromium is not installed. */
export async function benchBrowser(cases: BrowserCase[], seconds: number): Promise<BrowserFigure[] | null> {
  if (!browserAvailable()) return null;
  const site = await openSite();
  try {
    const { page } = await newPage(site);
    await setSetting(page, 'years', '60');
    const figures: BrowserFigure[] = [];
    for (const c of cases) {
      await setSetting(page, 'scale', String(c.scale));
      await page.click('#reset');
      await waitForReady(page);
      await page.selectOption('#speed', c.speed);
      figures.push({ ...c, seconds, ...(await measurePlayback(page, seconds)) });
    }
    return figures;
  } finally {
    await site.close();
  }
}

/** One line per figure. */
export function formatBrowserBench(figures: BrowserFigure[]): string {
  return figures
    .map(
      (f) =>
        `scale ${f.scale}, ${f.speed === '0' ? 'full speed' : `${f.speed} months/s requested`}: ` +
        `${f.monthsPerSecond.toFixed(1)} months simulated/s, ${f.fps.toFixed(1)} frames/s (longest frame ${f.worstFrameMs.toFixed(0)} ms) over ${f.seconds} s`,
    )
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const scale = Number(process.argv[2] ?? 10);
  const seconds = Number(process.argv[3] ?? 10);
  const figures = await benchBrowser([{ scale, speed: '0' }], seconds);
  process.stdout.write(figures ? `${formatBrowserBench(figures)}\n` : 'Chromium not found at /usr/bin/chromium\n');
}
