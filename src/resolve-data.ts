// Where the files the code reads at run time are found — the one place that knows the package's layout, so it works
// alike from src/ (tsx: tests, development), from dist/ (the bundle scripts/build.mjs writes) and from an installed
// package (node_modules/dossier/dist). The module that holds this code sits one folder below the package root in
// every case (src/resolve-data.ts; dist/*.js, where esbuild writes every bundle and chunk), and the build copies the
// layers' JSON lexicons to the same paths under dist/ as under src/.

import { existsSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);
const TREE = new URL('./', import.meta.url);

/** A file shipped at the package root, e.g. `models/geo.json`, `schema/analysis.schema.json`, `package.json`. */
export const packageFile = (path: string): URL => new URL(path, ROOT);

/** A model shipped at the package root (`models/…`), or the faster-to-read form the build stores under dist/ when
 *  there is one (`dist/models/ner-en.bin`: the gzip model uncompressed). */
export function modelFile(path: string): URL {
  const built = new URL(path.replace(/\.gz$/, ''), TREE);
  return path.endsWith('.gz') && existsSync(built) ? built : packageFile(path);
}

/** A data file kept beside its layer's code, by its path under src/ (or dist/), e.g. `nlp/events/cues.json`. */
export const layerFile = (path: string): URL => new URL(path, TREE);

/** The development data beside a checkout (`../shared`: dev sets and reference scorers), for the eval commands. */
export const sharedFile = (path: string): URL => new URL(path, new URL('../shared/', ROOT));
