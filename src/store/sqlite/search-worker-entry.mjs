// Entry of the search worker thread. In the compiled package (dist/) the worker's module is JavaScript beside this
// file; in the sources (src/: tests, development) it is TypeScript, and the worker registers tsx itself, since loader
// hooks registered in the main thread are not inherited by workers.
import { existsSync } from 'node:fs';

const compiled = new URL('./search-worker.js', import.meta.url);
if (existsSync(compiled)) await import(compiled.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./search-worker.ts');
}
