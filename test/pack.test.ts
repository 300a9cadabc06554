// The package as a user gets it: `npm pack` (which builds dist/ through `prepare`) of a copy of the checkout, the
// tarball installed in an empty folder with no network, then the library imported (with its types) and the
// `dossier` command run there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.js';

function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return String(r.stdout);
}

interface LockEntry {
  version?: string;
  dev?: boolean;
  [k: string]: unknown;
}

/** The app's lockfile: the tarball, and the runtime closure of dossier's dependencies exactly as our lockfile pins
 *  them. `npm install <tarball>` needs the registry's package metadata to resolve version ranges, which `npm ci`
 *  never caches; with a lockfile npm fetches tarballs by integrity only, and those are in the cache. */
function appLockfile(tarball: string, app: string): object {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const self = lock.packages[''];
  const integrity = 'sha512-' + createHash('sha512').update(readFileSync(join(app, tarball))).digest('base64');
  const packages: Record<string, unknown> = {
    '': { name: 'app', dependencies: { dossier: `file:${tarball}` } },
    'node_modules/dossier': {
      version: self.version, resolved: `file:${tarball}`, integrity,
      dependencies: self.dependencies, bin: self.bin, engines: self.engines, license: self.license,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path.startsWith('node_modules/') && !entry.dev) packages[path] = entry;
  return { name: 'app', lockfileVersion: 3, requires: true, packages };
}

/** better-sqlite3's install script builds SQLite from source (about 2 minutes here: its prebuilt binaries are
 *  downloaded from GitHub, which is not the registry, so never in the npm cache). The same version built for this
 *  Node by the checkout's own `npm ci` is copied instead; another version is rebuilt. */
function provideSqliteBinary(app: string): void {
  const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const ours = join(ROOT, 'node_modules/better-sqlite3');
  const theirs = join(app, 'node_modules/better-sqlite3');
  const binary = 'build/Release/better_sqlite3.node';
  if (version(ours) === version(theirs) && existsSync(join(ours, binary))) {
    mkdirSync(join(theirs, 'build/Release'), { recursive: true });
    copyFileSync(join(ours, binary), join(theirs, binary));
  } else run('npm', ['rebuild', 'better-sqlite3', '--offline'], { cwd: app, timeout: 10 * 60_000 });
}

const TEXT = [
  'Council approves new bridge',
  '',
  'The city council of Springfield approved a new bridge over the river on Tuesday, officials said.',
  '',
  '"This bridge will serve the city for a century," said Mayor Anna Keller after the vote.',
].join('\n');

/** A copy of the checkout (its node_modules linked) to pack from: `npm pack` builds dist/ there, not in the tree
 *  other runs of `dossier` may be using. */
function checkoutCopy(dir: string): string {
  const copy = join(dir, 'checkout');
  for (const path of ['package.json', 'package-lock.json', 'README.md', 'LICENSE', 'tsconfig.json', 'tsconfig.build.json', 'bin', 'src', 'ui', 'scripts', 'models', 'schema', 'fixtures'])
    if (existsSync(join(ROOT, path))) cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

test('npm pack: the tarball installs offline in an empty folder; the library, the CLI and the web UI work there', { timeout: 15 * 60_000 }, async () => {
  const dir = tempDir();
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: checkoutCopy(dir) })) as { filename: string; files: { path: string }[] }[];
  const files = packed.files.map((f) => f.path);
  for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/worker-entry.mjs', 'dist/THIRD-PARTY-LICENSES.txt', 'bin/dossier.mjs', 'dist/models/ner-en.bin', 'dist/ui/index.html', 'models/geo.json', 'package.json', 'README.md'])
    assert.ok(files.includes(f), `the tarball lacks ${f}`);
  const stray = files.filter((f) => /(^|\/)(src|test|bench|scripts|fuzz|\.ci)\/|\.test\.|\.ts$/.test(f) && !f.endsWith('.d.ts'));
  assert.deepEqual(stray, [], 'the tarball ships sources, tests or tools');

  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { dossier: `file:../${packed.filename}` } }));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify(appLockfile(`../${packed.filename}`, app)));
  run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: app });
  provideSqliteBinary(app);
  writeFileSync(join(app, 'article.txt'), TEXT);

  // The library, as ESM, with its types checked against the exports map.
  writeFileSync(join(app, 'main.ts'), [
    "import { readFileSync } from 'node:fs';",
    "import { analyze, extract, openStore, parseQuery, type Analysis, type CleanArticle } from 'dossier';",
    "const text = readFileSync('article.txt', 'utf8');",
    "const analysis: Analysis = await analyze({ text, published: '2025-07-25', source: 'article.txt' });",
    'const article: CleanArticle = await extract({ text });',
    "const store = await openStore('app.db');",
    'await store.put(analysis);',
    "const hits = await store.search(parseQuery('bridge'));",
    'await store.close();',
    "if (hits.length !== 1) throw new Error('the stored article is not found');",
    'process.stdout.write(JSON.stringify({ analysis, article }));',
  ].join('\n'));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
      typeRoots: [join(ROOT, 'node_modules/@types')], types: ['node'],
    },
    files: ['main.ts'],
  }));
  run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app });
  writeFileSync(join(app, 'main.mjs'), readFileSync(join(app, 'main.ts'), 'utf8').replace(/, type \w+/g, '').replace(/: \w+ =/g, ' ='));
  const { analysis, article } = JSON.parse(run(process.execPath, ['main.mjs'], { cwd: app })) as { analysis: Record<string, any>; article: Record<string, unknown> };
  assert.equal(analysis.title, 'Council approves new bridge');
  assert.equal(analysis.published, '2025-07-25');
  assert.ok(analysis.entities.some((e: { type: string; name: string }) => e.type === 'PERSON' && /Keller/.test(e.name)), JSON.stringify(analysis.entities));
  assert.ok(analysis.quotes.some((q: { text: { text: string } | string }) => JSON.stringify(q).includes('serve the city')));
  assert.equal(article.title, analysis.title);
  assert.equal(article.text, analysis.text);
  assert.ok(!('entities' in article) && !('sentences' in article), 'extract gives the clean article alone');
  assert.ok(existsSync(join(app, 'app.db')));

  // The command line, from the installed package: plain JavaScript (no tsx there), the same document as the library;
  // ingest and search (SQLite, the search worker).
  assert.ok(!existsSync(join(app, 'node_modules/tsx')), 'tsx is a dev dependency only');
  assert.equal(run('npx', ['--no-install', 'dossier', '--version'], { cwd: app }).trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  const cli = JSON.parse(run('npx', ['--no-install', 'dossier', 'analyze', 'article.txt', '--json', '--published', '2025-07-25'], { cwd: app }));
  assert.deepEqual(cli, analysis);
  run('npx', ['--no-install', 'dossier', 'ingest', 'article.txt', '--db', 'cli.db'], { cwd: app });
  assert.match(run('npx', ['--no-install', 'dossier', 'search', 'bridge', '--db', 'cli.db'], { cwd: app }), /Council approves new bridge/);

  // The server with its built UI, from the installed package.
  const server = spawn(process.execPath, [join(app, 'node_modules/dossier/bin/dossier.mjs'), 'serve', '--port', '0', '--db', 'cli.db'], { cwd: app });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      server.once('exit', (code) => reject(new Error(`dossier serve exited ${code}: ${out}`)));
    });
    const health = (await (await fetch(url + 'api/health')).json()) as { ok: boolean; articles: number };
    assert.deepEqual([health.ok, health.articles], [true, 1]);
    const page = await fetch(url);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(await page.text(), /<script type="module"[^>]* src="\/assets\//, 'the built UI is served');
  } finally {
    server.kill();
  }
});
