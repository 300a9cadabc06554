// Starting and stopping the server: on loopback it answers over the network; beyond loopback without a token it
// refuses to start (the command: one line, exit code 2); the command prints its URL and stops cleanly on SIGTERM.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { openStore } from '../stories/story-store.js';
import { NeedsToken, startServer } from './serve.js';

const DOSSIER = fileURLToPath(new URL('../../bin/dossier.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DOSSIER_TOKEN: '' };

test('startServer: answers on loopback (CSP included), refuses 0.0.0.0 without a token', async () => {
  const store = await openStore(':memory:');
  try {
    await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0, token: null, version: 't', uiDir: null }), NeedsToken);
    const server = await startServer({ store, host: '127.0.0.1', port: 0, token: null, version: 't', uiDir: null });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${server.url}api/health`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { ok: true, version: 't', articles: 0 });
      assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/);
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
  }
});

test('dossier serve beyond loopback without DOSSIER_TOKEN: one line on stderr, exit code 2', () => {
  const r = spawnSync(process.execPath, [DOSSIER, 'serve', '--host', '0.0.0.0', '--port', '0', '--db', join(dir, 'a.db')], { encoding: 'utf8', env, timeout: 60_000 });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /DOSSIER_TOKEN/);
});

test('dossier serve prints its URL, answers, and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, [DOSSIER, 'serve', '--port', '0', '--db', join(dir, 'b.db')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(`exited early: ${err}`)));
  });
  const res = await fetch(`${url}api/articles`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { items: [], nextCursor: null });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.match(err, /stopped/);
});
