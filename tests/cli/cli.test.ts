// The command line: run writes the same CSV as the library, JSON holds the scenario as run, and bad
// input of any kind exits with code 2, one clear line, and no file written.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { main } from '../../src/cli/main';
import { loadScenario, runScenario, applyOverrides, toCsv } from 'frontera';
import { PARAMS } from '../../src/sim/params';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontera-cli-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const quick = ['--years', '2', '--scale', '200'];

describe('frontera run', () => {
  it('writes one CSV row per month, identical to the library API', async () => {
    const file = join(dir, 'run.csv');
    expect(await main(['run', 'baseline-2003', ...quick, '--seed', '5', '--out', file, '--quiet'])).toBe(0);
    const csv = readFileSync(file, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(1 + 24);
    expect(lines[0].startsWith('tick,date,attempts,apprehensions,entries')).toBe(true);
    expect(lines[1].startsWith('0,2003-01,')).toBe(true);
    const viaLibrary = toCsv(runScenario(applyOverrides(loadScenario('baseline-2003'), { years: 2, scale: 200, seed: 5 })));
    expect(csv).toBe(viaLibrary);
  });

  it('writes JSON with the scenario as run (defaults filled, overrides applied), seed, version and series', async () => {
    const file = join(dir, 'run.json');
    expect(await main(['run', 'border-surge', ...quick, '--set', 'justice.investigators=900', '--out', file])).toBe(0);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(json.scenario.params).sort()).toEqual(PARAMS.map((p) => p.path).sort());
    expect(json.scenario.params['justice.investigators']).toBe(900);
    expect(json.scenario.params['border.agents']).toBe(9200);
    expect(json.scenario.timeline[0].set['border.agents']).toBe(18500);
    expect(json.seed).toBe(1);
    expect(json.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(json.series.victims_new_total).toHaveLength(24);
    // The JSON's scenario is itself a valid scenario that reproduces the run.
    const replay = join(dir, 'replay.csv');
    writeFileSync(join(dir, 'as-run.json'), JSON.stringify(json.scenario));
    expect(await main(['run', join(dir, 'as-run.json'), '--out', replay, '--quiet'])).toBe(0);
    expect(readFileSync(replay, 'utf8').split('\n')[5].split(',')[2]).toBe(String(json.series.attempts[4]));
  });

  it('prints a readable yearly summary without --out', async () => {
    expect(await main(['run', 'baseline-2003', ...quick])).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/year\s+attempts\s+apprehended/);
    expect(text).toMatch(/^2004\s/m);
    expect(text).toMatch(/not a forecast/);
  });
});

describe('bad input exits with code 2, one clear line and no file', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown scenario', ['run', 'no-such-scenario'], /unknown scenario "no-such-scenario"/],
    ['missing file', ['run', 'missing.json'], /scenario file "missing\.json" does not exist/],
    ['unknown parameter', ['run', 'baseline-2003', '--set', 'border.agnts=5'], /unknown parameter "border\.agnts"/],
    ['out of range', ['run', 'baseline-2003', '--set', 'border.agents=-1'], /border\.agents = -1: expected a number in \[0, 60000\]/],
    ['not a number', ['run', 'baseline-2003', '--set', 'border.agents=NaN'], /border\.agents = NaN: expected a finite number/],
    ['infinite', ['run', 'baseline-2003', '--set', 'border.agents=Infinity'], /border\.agents = Infinity/],
    ['prototype path', ['run', 'baseline-2003', '--set', '__proto__.polluted=1'], /unknown parameter "__proto__\.polluted"/],
    ['bad seed', ['run', 'baseline-2003', '--seed', '-4'], /--seed -4: expected a whole number/],
    ['bad years', ['run', 'baseline-2003', '--years', '1.5'], /--years 1\.5: expected a whole number/],
    ['bad scale', ['run', 'baseline-2003', '--scale', '0'], /--scale 0: expected a number in \[1, 100000\]/],
    ['hexadecimal scale', ['run', 'baseline-2003', '--scale', '0x10'], /--scale 0x10: expected a number/],
    [
      'bad output type',
      ['run', 'baseline-2003', '--out', 'result.txt'],
      /--out .*result\.txt: expected a file name ending in \.csv or \.json/,
    ],
    ['unknown option', ['run', 'baseline-2003', '--bogus'], /unknown option '--bogus'/],
    ['negative starting population', ['run', 'baseline-2003', '--set', 'context.usStock=-2'], /context\.usStock = -2/],
  ];
  for (const [what, args, expected] of cases) {
    it(what, async () => {
      const file = join(dir, 'never.csv');
      const withOut = args.includes('--out')
        ? args.map((a) => (a === 'result.txt' ? join(dir, 'result.txt') : a))
        : [...args, '--out', file];
      expect(await main(withOut)).toBe(2);
      expect(err.join('')).toMatch(expected);
      expect(err.join('')).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('refuses an output path that is a folder before running', async () => {
    expect(await main(['run', 'baseline-2003', '--out', join(dir, 'sub.csv'), '--years', '1', '--scale', '1000', '--quiet'])).toBe(0);
    rmSync(join(dir, 'sub.csv'));
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    expect(await main(['run', 'baseline-2003', '--out', folder])).toBe(2);
    expect(err.join('')).toMatch(/folder\.csv: is a folder; expected a file name/);
    expect(readdirSync(dir)).toEqual(['folder.csv']);
  });

  it('holds a --set value for the whole run, over the scenario timeline', async () => {
    const file = join(dir, 'held.json');
    expect(await main(['run', 'border-surge', ...quick, '--set', 'border.agents=12000', '--out', file, '--quiet'])).toBe(0);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.scenario.params['border.agents']).toBe(12000);
    expect(json.scenario.timeline).toEqual([
      { at: '2005-01', set: { 'border.formalRemovalShare': 0.3 }, note: 'Border surge begins: 18,500 agents' },
    ]);
  });

  it('reports a malformed scenario file and an invalid one by field', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"name": "x",');
    expect(await main(['validate', join(dir, 'broken.json')])).toBe(2);
    expect(err.join('')).toMatch(/broken\.json: not valid JSON/);
    err.length = 0;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ name: 'x', description: '', start: '2003-01', years: 0, scale: 10, seed: 1 }));
    expect(await main(['validate', join(dir, 'bad.json')])).toBe(2);
    expect(err.join('')).toMatch(/bad\.json: years = 0/);
  });
});

describe('other commands', () => {
  it('lists the library, the parameters with sources, and validates a good file', async () => {
    expect(await main(['list'])).toBe(0);
    expect(out.join('')).toMatch(/border-surge .*\n\s+Baseline until January 2005/);
    out.length = 0;
    expect(await main(['params'])).toBe(0);
    for (const p of PARAMS) expect(out.join('')).toContain(p.path);
    expect(out.join('')).toMatch(/Source: ONDCP/);
    out.length = 0;
    expect(await main(['validate', 'scenarios/baseline-2003.json'])).toBe(0);
    expect(out.join('')).toMatch(/valid scenario "baseline-2003"/);
  });

  it('shows help with exit code 0', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(await main(['run', '--help'])).toBe(0);
    expect(out.join('')).toMatch(/--set <path=value>/);
  });
});

describe('the built library', () => {
  it('`import ... from "frontera"` (dist/node) returns the same series as the CLI', async () => {
    const built = new URL('../../dist/node/index.js', import.meta.url);
    if (!existsSync(built)) throw new Error('dist/node/index.js is missing: `npm install` (prepare) or `npm run build:node` builds it');
    const lib = await import(built.href);
    const file = join(dir, 'cli.csv');
    expect(await main(['run', 'interior-employers', ...quick, '--seed', '9', '--out', file, '--quiet'])).toBe(0);
    const viaBuilt = lib.toCsv(
      lib.runScenario(lib.applyOverrides(lib.loadScenario('interior-employers'), { years: 2, scale: 200, seed: 9 })),
    );
    expect(viaBuilt).toBe(readFileSync(file, 'utf8'));
  });
});

describe('the installed command', () => {
  it('runs as `frontera` through bin/frontera.js and exits 2 on bad input', () => {
    const file = join(dir, 'bin.csv');
    execFileSync(process.execPath, ['bin/frontera.js', 'run', 'baseline-2003', '--years', '1', '--scale', '500', '--out', file, '--quiet']);
    expect(existsSync(file)).toBe(true);
    let code = 0;
    try {
      execFileSync(process.execPath, ['bin/frontera.js', 'run', 'nope'], { stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(2);
  });

  it('stops quietly with exit 0 when the reader closes the pipe early (`frontera params | head -1`)', async () => {
    const child = spawn(process.execPath, ['bin/frontera.js', 'params'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
