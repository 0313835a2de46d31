// A fresh consumer project around a packed tarball, installed offline: its package-lock.json pins
// frontera's dependencies (and typescript, @types/node) to the entries of this repository's lock, so
// `npm ci --offline` takes every package from the npm cache that this repository's `npm ci` filled.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/pack-package';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  [field: string]: unknown;
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
  engines: object;
  bin: object;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The lock key Node would load `name` from when required at `from` (nearest node_modules upward). */
function locate(from: string, name: string): string {
  for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!base) throw new Error(`${name} (needed by ${from || 'the package'}) is not in package-lock.json`);
  }
}

/** The lock entries of `deps` and everything they need, as in this repository's lock. */
function closure(deps: Record<string, string>, isDev: boolean, from = '', into: Record<string, LockEntry> = {}): Record<string, LockEntry> {
  for (const name of Object.keys(deps)) {
    const key = locate(from, name);
    if (into[key]) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock.packages[key];
    into[key] = isDev ? { ...entry, dev: true } : entry;
    closure({ ...entry.dependencies, ...entry.optionalDependencies }, isDev, key, into);
  }
  return into;
}

/** Writes package.json and package-lock.json of a `"type": "module"` project depending on `tarball`
 *  (with typescript and @types/node as its dev tools), then installs it with `npm ci --offline`. */
export function installConsumer(dir: string, tarball: string): void {
  const devDependencies = { typescript: manifest.devDependencies.typescript, '@types/node': manifest.devDependencies['@types/node'] };
  const dependencies = { frontera: `file:${tarball}` };
  const { version, license, engines, bin } = manifest;
  const packages = closure(manifest.dependencies, false);
  closure(devDependencies, true, '', packages);
  packages['node_modules/frontera'] = { version, resolved: `file:${tarball}`, license, engines, bin, dependencies: manifest.dependencies };
  packages[''] = { name: 'consumer', dependencies, devDependencies };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies, devDependencies }, null, 2),
  );
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }, null, 2),
  );
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe' });
}
