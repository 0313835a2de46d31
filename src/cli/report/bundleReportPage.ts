// Bundles the report page's script (./htmlReportPage.ts and Chart.js) with esbuild; used at build
// time by vite.node.config.ts and, from the sources, on first use by ./pageScript.ts.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The page script as one minified IIFE. */
export function bundleReportPage(): string {
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./htmlReportPage.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
