// `npm run check:package`: builds and packs the package, then checks the tarball with the tools the
// ecosystem uses: @arethetypeswrong/cli (the types resolve, and match the JavaScript, under node16 /
// nodenext and bundler) and publint --strict (package.json fields and shipped files).
// attw's esm-only profile: the package is ES modules only ("type": "module", an `import` export), so
// require() from CommonJS and the legacy node10 resolver are not claimed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packPackage, ROOT } from './pack-package';

function runTool(name: string, args: string[]): boolean {
  console.log(`\n$ ${name} ${args.join(' ')}`);
  return spawnSync(join(ROOT, 'node_modules', '.bin', name), args, { stdio: 'inherit' }).status === 0;
}

const dir = mkdtempSync(join(tmpdir(), 'frontera-pack-'));
try {
  const tarball = packPackage(dir);
  const typesOk = runTool('attw', [tarball, '--profile', 'esm-only']);
  const packageOk = runTool('publint', [tarball, '--strict']);
  if (!typesOk || !packageOk) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
