#!/usr/bin/env node
// Launcher: runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` and `npm pack` run). In a checkout
// whose sources or models are newer than that build (or with no build yet), it runs the sources through tsx instead,
// so an edit is never hidden behind a stale dist/. An installed package has no src/ and always runs dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 optimises a function once it has run 66 KB of bytecode; a batch of a few hundred pages then spends a fifth of its
// CPU compiling functions whose feedback is not settled yet, and compiling them again. A larger budget waits for
// settled feedback: `dossier analyze` of the AEB pages ×3 on one core 11.2–11.5 → 9.1–9.3 s CPU, `extract` ×4 about
// 5 % less, the same output (BENCHMARKS.md). Set before any module of ours is compiled; it holds for the workers too.
setFlagsFromString('--interrupt-budget=300000');

const dist = new URL('../dist/cli.js', import.meta.url);
const src = new URL('../src/', import.meta.url);

/** Newest modification time (ms) of the files under `dir`. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) t = Math.max(t, statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs);
  return t;
}

const models = new URL('../models/', import.meta.url);
const stale = existsSync(src) && (!existsSync(dist) || Math.max(newest(src), newest(models)) > statSync(dist).mtimeMs);
if (stale) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
} else await import(dist.href);
