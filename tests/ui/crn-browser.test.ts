// The counter-based generator gives bit-identical draws in Chromium and in Node: the module is bundled
// as it ships (Vite), evaluated in a blank page, and a few thousand draws are compared exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from './harness';
import * as crn from '../../src/sim/engine/crn';

type Crn = typeof crn;
const ENTRY = resolve(import.meta.dirname, '../../src/sim/engine/crn.ts');

/** Draws over seeds, streams, negative and large months, slots, new-person ids and draw indices, plus pair picks. */
function drawVector(c: Crn): number[] {
  const out: number[] = [];
  for (const seed of [0, 1, 4294967295]) {
    for (const name of ['migration', 'crossing.corridor', 'employment.match']) {
      const stream = c.crnStream(seed, name);
      for (const month of [-12, 0, 1, 239, 4031]) {
        const mk = c.monthKey(stream, month);
        for (let person = 0; person < 20; person++) {
          out.push(c.uniformAt(mk, person * 104729, person % 7), c.uniformAt(mk, c.newPersonId(month, person % 4, person * 99991), 0));
        }
        out.push(
          c.pickByPriority(mk, 3, [5, 9, 2, 14, 8]),
          c.pickWeightedByPriority(mk, 3, [5, 9, 2, 14, 8], (x) => x),
        );
      }
    }
  }
  return out;
}

describe.runIf(browserAvailable())('counter-based generator in Chromium', () => {
  let browser: Browser;
  let bundle: string;
  beforeAll(async () => {
    const output = await build({
      configFile: false,
      logLevel: 'warn',
      build: { write: false, minify: false, lib: { entry: ENTRY, name: 'frontera_crn', formats: ['iife'] } },
    });
    const first = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
    bundle = first.output.find((o) => o.type === 'chunk')!.code!;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives exactly the same draws and picks as Node', async () => {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
    const inBrowser = await page.evaluate(`(${drawVector.toString()})(frontera_crn)`);
    const inNode = drawVector(crn);
    expect(inNode.length).toBeGreaterThan(1000);
    expect(inBrowser).toEqual(inNode);
  });
});
