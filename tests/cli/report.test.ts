// `frontera report` as a paper's appendix needs it: intervals of a mean that stay within the
// outcomes' support, each arm drawn so that one equal to the baseline still shows, shares formatted
// as on the pages, the variance reduction explained, no empty header row; and corrupt input files
// refused with exit 2, one line naming the file, nothing written.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cli, tempDir } from './helpers';

const SMALL = ['--scale', '3000', '--quiet', '--workers', '1'];
const BASELINE = resolve(import.meta.dirname, '../../scenarios/baseline-2003.json');

type Dataset = {
  label?: string;
  borderDash?: number[];
  borderWidth?: number;
  order?: number;
  data: { y: number | null; yMin?: number | null }[];
};
type Chart = { id: string; unit: string; config: { data: { datasets: Dataset[] } } };

/** The chart declarations a report embeds. */
function chartsOf(html: string): Chart[] {
  const json = /<script id="report-charts" type="application\/json">(.*?)<\/script>/s.exec(html)![1];
  return JSON.parse(json) as Chart[];
}

let root: string;
let compareDir: string;
let html: string;
beforeAll(async () => {
  root = tempDir();
  // A copy of the baseline under another name: a "policy" whose values equal the baseline's.
  const copy = join(root, 'baseline-copy.json');
  writeFileSync(copy, JSON.stringify({ ...JSON.parse(readFileSync(BASELINE, 'utf8')), name: 'baseline-copy' }));
  compareDir = join(root, 'compare');
  expect(
    (await cli('compare', 'baseline-2003', copy, 'border-surge', '--years', '3', '--replicates', '3', ...SMALL, '--out', compareDir)).code,
  ).toBe(0);
  expect((await cli('report', compareDir, '--quiet')).code).toBe(0);
  html = readFileSync(join(compareDir, 'report.html'), 'utf8');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the report as an appendix', () => {
  it("never draws an interval of a mean below zero (nor a share's above 100%), and says which interval it is", () => {
    const lows = chartsOf(html).flatMap((c) =>
      c.config.data.datasets.filter((d) => d.label?.endsWith(' low')).flatMap((d) => d.data.map((p) => p.y)),
    );
    expect(lows.length).toBeGreaterThan(0);
    expect(lows.filter((y) => y !== null && y < 0)).toEqual([]);
    // The same rows have negative t intervals in summary.csv (small counts on 3 replicates), so the check can fail.
    expect(readFileSync(join(compareDir, 'summary.csv'), 'utf8')).toMatch(/,-\d/);
    expect(html).toContain('gamma interval (Fay &amp; Feuer 1997)');
    const shareHighs = chartsOf(html)
      .filter((c) => c.unit === 'share')
      .flatMap((c) => c.config.data.datasets.filter((d) => d.label?.endsWith(' high')).flatMap((d) => d.data.map((p) => p.y)));
    expect(shareHighs.length).toBeGreaterThan(0);
    expect(shareHighs.filter((y) => y !== null && y > 1)).toEqual([]);
    expect(html).not.toMatch(/<td>-\d[^<]* to /);
  });

  it('draws each arm with its own dash and width, the baseline widest and underneath, so an equal policy still shows', () => {
    const convictions = chartsOf(html)[0].config.data.datasets.filter((d) => !d.label?.startsWith('\u200b'));
    expect(convictions.map((d) => d.label)).toEqual(['baseline-2003', 'baseline-copy', 'border-surge']);
    const [base, copy, surge] = convictions;
    expect(base.borderDash).toEqual([]);
    expect(copy.borderDash).not.toEqual([]);
    expect(surge.borderDash).not.toEqual(copy.borderDash);
    expect(base.borderWidth!).toBeGreaterThan(copy.borderWidth!);
    expect(copy.order!).toBeLessThan(base.order!); // lower order draws on top
    expect(copy.data.map((p) => p.y)).toEqual(base.data.map((p) => p.y));
  });

  it("outlines every band in its arm's colour so overlapping bands stay apart", () => {
    const edges = chartsOf(html).flatMap((c) => c.config.data.datasets.filter((d) => d.label?.startsWith('\u200b')));
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge.borderWidth).toBeGreaterThan(0);
  });

  it('formats shares as the pages do: values in %, differences in percentage points', () => {
    const row =
      /<tr><td>baseline-copy<\/td><td>Smuggler use[^<]*<\/td><td>([^<]+)<\/td><td>[^<]+<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td>/.exec(html);
    expect(row).not.toBeNull();
    expect(row![1]).toMatch(/%$/);
    expect(row![2]).toBe('±0.0 pts');
    expect(row![3]).toMatch(/pts to .*pts$/);
  });

  it('explains the variance reduction under the table', () => {
    expect(html).toContain('variance reduction by pairing*');
    expect(html).toMatch(/Negative \(e\.g\. &minus;65%\).*pairing made the difference noisier/);
  });

  it('has no empty header row over the provenance table', () => {
    expect(html).not.toMatch(/<th( scope="col")?><\/th>/);
    expect(html).toContain('<caption>Provenance</caption><tbody><tr><th scope="row">command</th>');
  });
});

describe('corrupt input files', () => {
  const cases: [string, string, string | Buffer][] = [
    ['a summary.csv of binary garbage', 'summary.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256))],
    ['an empty summary.csv', 'summary.csv', ''],
    [
      'a summary.csv with an unterminated 16 MB field',
      'summary.csv',
      `scenario,metric,period,n,mean,sd,ci_low,ci_high,p5,p50,p95\nbaseline-2003,deaths,"${'x'.repeat(16 * 1024 * 1024)}`,
    ],
    ['a binary comparison.csv', 'comparison.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 1) % 256))],
  ];
  for (const [what, name, content] of cases) {
    it(`refuses ${what}: exit 2, one line naming the file, nothing written`, async () => {
      const dir = join(root, `bad-${what.replace(/\W+/g, '-')}`);
      cpSync(compareDir, dir, { recursive: true });
      rmSync(join(dir, 'report.html'));
      writeFileSync(join(dir, name), content);
      const result = await cli('report', dir);
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(join(dir, name));
      expect(existsSync(join(dir, 'report.html'))).toBe(false);
    });
  }
});
