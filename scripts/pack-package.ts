// Packs the package with npm, as a release would: shared by `npm run check:package` and the consumer
// test (tests/package), which both look at the tarball rather than the working tree.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** `npm pack` into the empty folder `dest`; returns the tarball's path. With `build: false` npm runs no
 *  scripts, so dist/ is packed as it is (tests use that: rebuilding would empty dist/node under the
 *  test files running beside them). */
export function packPackage(dest: string, { build = true } = {}): string {
  const args = ['pack', '--pack-destination', dest, ...(build ? [] : ['--ignore-scripts'])];
  execFileSync('npm', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const tarballs = readdirSync(dest).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack: expected one tarball in ${dest}, found ${tarballs.length}`);
  return join(dest, tarballs[0]);
}
