// Measures the simulator in Chromium: page frame rate (requestAnimationFrame callbacks per second)
// and months simulated per second while playing at full speed, at scale 100 and at scale 10.
// Run with `npm run measure:ui`; prints figures, asserts nothing.
import { benchBrowser, formatBrowserBench } from '../../bench/browser';

const SECONDS = 10;

async function main(): Promise<void> {
  const figures = await benchBrowser(
    [
      { scale: 100, speed: '0' },
      { scale: 100, speed: '12' },
      { scale: 10, speed: '0' },
      { scale: 10, speed: '12' },
    ],
    SECONDS,
  );
  if (!figures) throw new Error('Chromium not found at /usr/bin/chromium');
  process.stdout.write(`${formatBrowserBench(figures)}\n`);
}

void main();
