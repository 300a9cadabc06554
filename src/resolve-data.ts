// Where the files the code reads at run time are found — the one place that knows the package's layout, so it works
// alike from src/ (tsx: tests, development), from dist/ (the compiled package) and from an installed package
// (node_modules/dossier/dist). This module sits one folder below the package root in both trees (src/resolve-data.ts,
// dist/resolve-data.js), and the build copies src/'s JSON lexicons to the same places under dist/.

const ROOT = new URL('../', import.meta.url);
const TREE = new URL('./', import.meta.url);

/** A file shipped at the package root, e.g. `models/geo.json`, `schema/analysis.schema.json`, `package.json`. */
export const packageFile = (path: string): URL => new URL(path, ROOT);

/** A data file kept beside its layer's code, by its path under src/ (or dist/), e.g. `nlp/events/cues.json`. */
export const layerFile = (path: string): URL => new URL(path, TREE);
