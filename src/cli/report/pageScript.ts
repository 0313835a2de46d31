// The report page's script: ./htmlReportPage.ts bundled with Chart.js into one classic script. The
// Node build (vite.node.config.ts) replaces this module with the bundle made at build time; from the
// sources (tsx, vitest) it is bundled on first use.
import { bundleReportPage } from './bundleReportPage';

let bundled: string | undefined;

/** The minified script that draws the report's charts. */
export function reportPageScript(): string {
  bundled ??= bundleReportPage();
  return bundled;
}
