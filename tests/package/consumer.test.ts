// The package as a researcher installs it: pack the tarball, install it offline into a fresh
// `"type": "module"` project, type-check the README's TypeScript example under the nodenext and the
// bundler resolver (beside a deliberate type error that tsc must report), run it, and run the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCENARIOS } from 'frontera';
import { packPackage, ROOT } from '../../scripts/pack-package';
import { installConsumer } from './consumer-project';

/** The TypeScript block of the README's library section: the example the test checks and runs. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /As a library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md: no ```ts block after "As a library"');
  return block[1];
}

const MISTAKE = `// A series is number[], not a string: tsc must say so, or the check proves nothing.
import { loadScenario, runScenario } from 'frontera';
export const wrong: string = runScenario(loadScenario('baseline-2003')).series.victims_new_total;
`;
const EXPECTED_ERROR = "mistake.ts(3,14): error TS2322: Type 'number[]' is not assignable to type 'string'.";

const common = { target: 'ES2022', strict: true, skipLibCheck: false, types: ['node'] };
const RESOLVERS = {
  nodenext: { ...common, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' },
  bundler: { ...common, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
};

let dir: string;

function run(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/node/index.d.ts')))
    throw new Error('dist/node is not built: `npm install` (prepare) or `npm run build:node` builds it');
  dir = mkdtempSync(join(tmpdir(), 'frontera-consumer-'));
  mkdirSync(join(dir, 'pack'));
  installConsumer(dir, packPackage(join(dir, 'pack'), { build: false }));
  writeFileSync(join(dir, 'example.ts'), readmeExample());
  writeFileSync(join(dir, 'mistake.ts'), MISTAKE);
  for (const [name, compilerOptions] of Object.entries(RESOLVERS)) {
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: ['example.ts', 'mistake.ts'] }));
  }
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package in a TypeScript ES-module project', () => {
  it.each(Object.keys(RESOLVERS))('tsc (moduleResolution %s) reports the deliberate error and nothing else', (name) => {
    const { status, output } = run(join(dir, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${name}.json`]);
    expect(output.trim().split('\n')).toEqual([EXPECTED_ERROR]);
    expect(status).toBe(2);
  });

  // out/example.js is the nodenext check's emit (tsc emits despite the deliberate error).
  it('the example runs under Node from the installed package', () => {
    const { status, output } = run(process.execPath, ['out/example.js']);
    expect(output).toMatch(/^2003-01 to 2004-12: 24 months, \d+ new victims\n$/);
    expect(status).toBe(0);
  });

  it('`npx frontera list` runs the installed command', () => {
    const { status, output } = run('npx', ['--no', 'frontera', 'list']);
    for (const scenario of SCENARIOS) expect(output).toContain(scenario.name);
    expect(status).toBe(0);
  });
});
