// Ingest under stress: a store that fills up, two ingests of one batch at once, inputs that claim each other's
// identity, a store that may only be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestInputs } from '../src/cli/ingest-run.js';
import { withStories } from '../src/stories/story-store.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';
import { dossier, tempDir } from './helpers.js';

const article = (i: number) =>
  `Report number ${i}\n\nThe council met on Tuesday to discuss item ${i} of the budget, officials said.\n\n` +
  `A second paragraph about item ${i} adds detail on what was decided.`;

function folder(n: number): string {
  const dir = tempDir();
  fs.mkdirSync(join(dir, 'in'));
  for (let i = 0; i < n; i++) fs.writeFileSync(join(dir, 'in', `${String(i).padStart(3, '0')}.txt`), article(i));
  return dir;
}

const opts = { input: {}, analyze: {} };

test('a disk-full ingest stops at the first failed write and still ends with its summary line', async () => {
  const dir = folder(5);
  const real = openSqliteStore(':memory:');
  let puts = 0;
  const full = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  // The second write fails as SQLite does when the disk is full; so do all later ones (marks, finishing the job).
  const store: Store = {
    ...real,
    put: (a, p) => {
      if (++puts > 1) throw full();
      return real.put(a, p);
    },
    markSource: (jobId, s) => {
      if (puts > 1) throw full();
      real.markSource(jobId, s);
    },
    finishJob: () => {
      throw full();
    },
  };
  const lines: string[] = [];
  const r = await ingestInputs(withStories(store, ':memory:'), [join(dir, 'in')], opts, 'full.db', (l) => lines.push(l));
  assert.equal(r.exitCode, 1);
  // The group the full disk struck is not stored (a re-run takes it up) and the batch stops there instead of
  // failing each remaining input.
  assert.match(r.summary, /^0 ok, 0 failed; stopped early: store: database or disk is full \(0 new, 0 new versions, 0 unchanged; 0 articles in full\.db\)$/);
  assert.equal(lines[lines.length - 1], r.summary, 'the summary is the last line');
  real.close();
});

test('two ingests of the same inputs at once share the job\'s items: each input analysed once', async () => {
  const dir = folder(24);
  const db = join(dir, 'shared.db');
  const [a, b] = [openSqliteStore(db), openSqliteStore(db)];
  const quiet = () => {};
  const [ra, rb] = await Promise.all([
    ingestInputs(withStories(a, db), [join(dir, 'in')], opts, db, quiet),
    ingestInputs(withStories(b, db), [join(dir, 'in')], opts, db, quiet),
  ]);
  const ok = (s: string) => Number(/^(\d+) ok/.exec(s)![1]);
  assert.equal(ok(ra.summary) + ok(rb.summary), 24, `${ra.summary} | ${rb.summary}`);
  // In one process the two runs go in lockstep, so the one ahead takes each item and the other leaves it to it.
  const left = (s: string) => Number(/, (\d+) left to another ingest/.exec(s)?.[1] ?? 0);
  assert.equal(left(ra.summary) + left(rb.summary), 24, `${ra.summary} | ${rb.summary}`);
  assert.equal(a.count(), 24);
  a.close();
  b.close();
  const raw = new Database(db);
  assert.deepEqual(raw.prepare('SELECT status FROM jobs').all(), [{ status: 'done' }], 'one job, finished');
  raw.close();
});

test('inputs with an empty body and nothing else to be known by are distinct articles', () => {
  const dir = tempDir();
  const db = join(dir, 'e.db');
  fs.mkdirSync(join(dir, 'in'));
  // Pages whose body extraction finds nothing: only navigation.
  for (const name of ['a', 'b', 'c']) fs.writeFileSync(join(dir, 'in', `${name}.html`), `<!doctype html><html><head><title>Page ${name}</title></head><body><nav><a href="/">Home</a></nav></body></html>`);
  const r = dossier(['ingest', join(dir, 'in'), '--db', db]);
  assert.match(r.stderr, /3 new, 0 new versions, 0 unchanged; 3 articles/, r.stderr);
});

test('a read-only store is searched, shown and exported without a byte written', () => {
  const dir = tempDir();
  const db = join(dir, 'ro.db');
  fs.writeFileSync(join(dir, 'a.txt'), article(1).replace('budget', 'harbour budget'));
  assert.equal(dossier(['ingest', join(dir, 'a.txt'), '--db', db]).status, 0);
  const files = () => fs.readdirSync(dir).filter((f) => f.startsWith('ro.db')).sort().map((f) => [f, fs.readFileSync(join(dir, f)).toString('base64')]);
  const before = files();
  fs.chmodSync(db, 0o444);
  const hits = dossier(['search', 'harbour', '--db', db, '--json']);
  assert.equal(hits.status, 0, hits.stderr);
  const [hit] = JSON.parse(hits.stdout);
  assert.equal(dossier(['show', hit.id, '--db', db]).status, 0);
  const exported = dossier(['export', '--db', db]);
  assert.equal(exported.status, 0, exported.stderr);
  assert.equal(exported.stdout.trim().split('\n').length, 1);
  assert.equal(dossier(['entities', '--db', db]).status, 0);
  assert.deepEqual(files(), before);
  fs.chmodSync(db, 0o644);
});

test('--follow-symlinks and --max-records reach the input layer', () => {
  const outside = tempDir();
  fs.writeFileSync(join(outside, 'secret.txt'), article(9));
  const dir = tempDir();
  fs.mkdirSync(join(dir, 'in'));
  fs.writeFileSync(join(dir, 'in', 'feed.jsonl'), [1, 2, 3].map((i) => JSON.stringify({ id: `r${i}`, text: article(i) })).join('\n'));
  fs.symlinkSync(join(outside, 'secret.txt'), join(dir, 'in', 'link.txt'));
  const plain = dossier(['analyze', join(dir, 'in'), '--jsonl', '--max-records', '2']);
  assert.match(plain.stderr, /link\.txt: symbolic link leads out of the directory given/);
  assert.match(plain.stderr, /feed\.jsonl: more than 2 records/);
  assert.match(plain.stderr, /^2 ok, 2 failed$/m);
  const followed = dossier(['analyze', join(dir, 'in'), '--jsonl', '--follow-symlinks']);
  assert.match(followed.stderr, /^4 ok, 0 failed$/m, followed.stderr);
});
