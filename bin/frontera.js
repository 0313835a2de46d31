#!/usr/bin/env node
// The `frontera` command: runs the built CLI (made by `npm run build:node`, which `npm install` runs),
// or the TypeScript sources through tsx when no build exists.
import { existsSync } from 'node:fs';

const built = new URL('../dist/node/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
