import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore, putAndMark } from './index.js';
import { makeAnalysis, tempDir } from './testing.js';
import { ingestAll, JOB_KEY } from '../../../test/fixtures/ingest-child.js';

test('jobs: a job closed without finishing is resumed by key, with its done sources', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'jobs.db');
    const inputs = ['a.html', 'b.html', 'c.html'];
    let store = openSqliteStore(path);
    const job = store.openJob('key-1', inputs);
    assert.equal(job.resumed, false);
    assert.equal(job.status, 'running');
    putAndMark(store, job.id, makeAnalysis({ source: 'a.html' }), 'a.html');
    store.markSource(job.id, { source: 'b.html', status: 'failed', error: 'not an article' });
    store.close(); // "crash": no finishJob

    store = openSqliteStore(path);
    const again = store.openJob('key-1', inputs);
    assert.deepEqual({ ...again, resumed: true }, { ...job, resumed: true });
    assert.equal(again.resumed, true);
    assert.deepEqual(store.doneSources(again.id), new Set(['a.html']), 'failed items are retried');
    assert.equal(store.openJob('key-2', inputs).resumed, false, 'another key is another job');

    store.markSource(again.id, { source: 'b.html', status: 'ok', articleId: store.put(makeAnalysis({ url: null })).id });
    store.markSource(again.id, { source: 'a.html', status: 'ok' }); // upsert, no duplicate row
    assert.deepEqual(store.doneSources(again.id), new Set(['a.html', 'b.html']));
    store.finishJob(again.id);

    const next = store.openJob('key-1', inputs);
    assert.equal(next.resumed, false, 'a finished job is not resumed: the same inputs again make a new job');
    assert.notEqual(next.id, again.id);
    assert.deepEqual(store.doneSources(next.id), new Set());
    store.close();
  } finally {
    cleanup();
  }
});

test('jobs: marks are checked against jobs and articles (foreign keys on); unknown job cannot finish', () => {
  const store = openSqliteStore(':memory:');
  assert.throws(() => store.markSource(42, { source: 'x', status: 'failed', error: 'e' }), /FOREIGN KEY/);
  const job = store.openJob('k', []);
  assert.throws(() => store.markSource(job.id, { source: 'x', status: 'ok', articleId: 'nope' }), /FOREIGN KEY/);
  assert.throws(() => store.finishJob(42), /no job 42/);
  store.close();
});

test('putAndMark: the article and its mark commit together or not at all', () => {
  const store = openSqliteStore(':memory:');
  const job = store.openJob('k', ['a']);
  assert.throws(() => putAndMark(store, job.id + 1, makeAnalysis(), 'a'), /FOREIGN KEY/); // mark fails after put
  assert.equal(store.count(), 0, 'the put was rolled back with the failed mark');
  store.close();
});

test('jobs: a SIGKILLed ingest loses at most its open transaction; the re-run resumes with no duplicate', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'kill.db');
    const n = 400;
    const out = await runChildUntil(path, n, 'committed 100');
    assert.doesNotMatch(out, /finished/, 'the child was killed mid-run');

    const store = openSqliteStore(path);
    const job = store.openJob(JOB_KEY, []);
    assert.equal(job.resumed, true);
    const done = store.doneSources(job.id);
    assert.ok(done.size >= 100 && done.size < n, `partial progress kept (${done.size})`);
    const stored = new Set([...store.iterate()].map((a) => a.source));
    assert.deepEqual(stored, done, 'every stored article is marked done and vice versa');

    assert.deepEqual(ingestAll(store, n, 10), { resumed: true, skipped: done.size, stored: n - done.size });
    assert.equal(store.count(), n);
    assert.ok([...store.iterate()].every((a) => a.version === 1));
    assert.equal(store.openJob(JOB_KEY, []).resumed, false, 'the job finished');
    store.close();
  } finally {
    cleanup();
  }
});

/** Runs test/fixtures/ingest-child.ts in a child process and SIGKILLs it once its output contains `killAt`. */
function runChildUntil(path: string, n: number, killAt: string): Promise<string> {
  const script = fileURLToPath(new URL('../../../test/fixtures/ingest-child.ts', import.meta.url));
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, path, String(n), '10', '5'], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes(killAt) && child.exitCode === null) child.kill('SIGKILL');
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => (signal === 'SIGKILL' || code === 0 ? resolve(out) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}
