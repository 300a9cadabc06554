// `npm run build` (run by `prepare`, so by `npm ci` and `npm pack`): the compiled package in dist/.
//   - JavaScript: esbuild bundles the four entry points (the library, the CLI, the analysis and search workers) with
//     their dependencies into ES modules, code split so each command still loads only what it uses. One bundle
//     instead of ~1,000 module files (chrono-node alone is ~500) cuts the cold start of the pipeline from ~280 to
//     ~110 ms (bench/startup.ts). Every output file sits directly in dist/, one folder below the package root, as
//     src/resolve-data.ts and the workers' `new URL('./…-entry.mjs', import.meta.url)` expect.
//   - Kept external, installed as dependencies: better-sqlite3 (a native addon), wink-eng-lite-web-model (its model
//     is a 3 MB JSON file it requires at run time) and zod (the .d.ts types name its types).
//   - Types: tsc writes the .d.ts tree (tsconfig.build.json).
//   - Data read at run time beside the code: the layers' JSON lexicons (src/**/*.json → dist/, same paths), the
//     worker-thread entries (dist/*.mjs, beside the worker bundles they import) and the NER model uncompressed
//     (dist/models/ner-en.bin; the package ships it instead of models/ner-en.bin.gz).
//   - The web UI (ui/, Preact): type-checked with its own tsconfig, then built by Vite's JS API into dist/ui, which
//     `dossier serve` serves.
//   - The licences of the bundled packages (the UI's included): dist/THIRD-PARTY-LICENSES.txt.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
// Written aside and swapped in at the end, so a `dossier` run during a build never sees half a dist/ (with no dist/,
// bin/dossier.mjs runs the sources).
const FINAL = join(ROOT, 'dist');
const DIST = join(ROOT, `node_modules/.cache/dossier-dist-${process.pid}`);
const EXTERNAL = ['better-sqlite3', 'wink-eng-lite-web-model', 'zod', 'tsx'];

process.on('exit', () => rmSync(DIST, { recursive: true, force: true }));
emitTypes();

const { metafile } = await build({
  absWorkingDir: ROOT,
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli/index.ts',
    'analysis-worker': 'src/run/analysis-worker.ts',
    'search-worker': 'src/store/sqlite/search-worker.ts',
  },
  outdir: DIST,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS dependencies bundled into ES modules still require Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// Data files beside the code, at the same paths under dist/ as under src/.
for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
  const from = join(entry.parentPath, entry.name);
  const to = join(DIST, relative(SRC, from));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
for (const entry of ['run/worker-entry.mjs', 'store/sqlite/search-worker-entry.mjs']) copyFileSync(join(SRC, entry), join(DIST, entry.split('/').pop()));
// The NER model uncompressed (resolve-data.ts's modelFile finds it): gunzip was a quarter of its load time.
mkdirSync(join(DIST, 'models'), { recursive: true });
writeFileSync(join(DIST, 'models/ner-en.bin'), gunzipSync(readFileSync(join(ROOT, 'models/ner-en.bin.gz'))));

const uiModules = await buildUi();

// One notice per bundled package: name, version, licence and its licence text.
const packages = new Map();
for (const input of [...Object.keys(metafile.inputs), ...uiModules]) {
  const m = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.set(m[2], join(ROOT, m[1], m[2]));
}
const notices = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([name, dir]) => {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `${pkg.license} (no licence file in the package)`;
  return `${name}@${pkg.version} — ${pkg.license}\n\n${text}\n`;
});
writeFileSync(join(DIST, 'THIRD-PARTY-LICENSES.txt'),
  `Packages bundled into dist/*.js and dist/ui, with their licences.\n\n${notices.join('\n' + '-'.repeat(80) + '\n\n')}`);

/** The web UI: a type error in ui/ fails the build (the root tsconfig leaves ui/ out); Vite writes dist/ui. Returns
 *  the bundled modules' paths (relative to the root, as esbuild's metafile gives them) for the licence notices. */
async function buildUi() {
  if (!existsSync(join(ROOT, 'ui/index.html'))) {
    // A partial copy of the checkout (no ui/): the package then has no UI, and `dossier serve` says so.
    process.stderr.write('build: no ui/ folder: dist/ui not built\n');
    return new Set();
  }
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'ui/tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  });
  const errors = ts.getPreEmitDiagnostics(ts.createProgram(config.fileNames, config.options));
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
  if (errors.length) throw new Error(`build: type errors in ui/\n${ts.formatDiagnostics(errors, host)}`);
  const out = await viteBuild({
    configFile: join(ROOT, 'ui/vite.config.ts'),
    build: { outDir: join(DIST, 'ui'), emptyOutDir: true },
    logLevel: 'warn',
  });
  const modules = new Set();
  for (const o of [out].flat()) for (const chunk of o.output ?? []) for (const id of Object.keys(chunk.modules ?? {})) modules.add(relative(ROOT, id));
  return modules;
}

/** The .d.ts tree. A type error fails the build; a declaration tsc cannot name (TS4xxx: an internal module's
 *  inferred type that uses another module's private name) is a warning, since the pack test type-checks the public
 *  types a user imports. */
function emitTypes() {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.build.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  });
  const program = ts.createProgram(config.fileNames, { ...config.options, outDir: DIST });
  const { diagnostics } = program.emit(undefined, undefined, undefined, true);
  const seen = new Set();
  const all = [...ts.getPreEmitDiagnostics(program), ...diagnostics].filter((d) => {
    const key = `${d.file?.fileName}:${d.start}:${d.code}`;
    return !seen.has(key) && seen.add(key);
  });
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
  const warnings = all.filter((d) => d.code >= 4000 && d.code < 5000);
  const errors = all.filter((d) => !warnings.includes(d));
  if (warnings.length) process.stderr.write(`build: declarations tsc could not name (warnings):\n${ts.formatDiagnostics(warnings, host)}`);
  if (errors.length) throw new Error(`build: type errors\n${ts.formatDiagnostics(errors, host)}`);
}

if (!existsSync(join(DIST, 'index.d.ts'))) throw new Error('build: tsc wrote no index.d.ts');
rmSync(FINAL, { recursive: true, force: true });
try {
  renameSync(DIST, FINAL);
} catch (e) {
  if (e.code !== 'EXDEV') throw e; // node_modules on another file system (a symbolic link)
  cpSync(DIST, FINAL, { recursive: true });
  rmSync(DIST, { recursive: true, force: true });
}
