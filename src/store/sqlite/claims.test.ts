import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ownerAlive, runOwner } from '../run-owner.js';
import { openSqliteStore, putAndMark } from './index.js';
import { makeAnalysis, tempDir } from './testing.js';

/** A run on this host whose process is gone (pids are far below 2^22 on Linux). */
const deadOwner = `${hostname()}:${2 ** 22 + 17}:dead`;

test('two runs of one job share its items: an item held by a live run is left to it, a dead run\'s is taken over', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'claims.db');
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    const job = a.openJob('k', ['in']);
    assert.equal(b.openJob('k', ['in']).id, job.id, 'the second run joins the running job');
    const [ownerA, ownerB] = [runOwner(), runOwner()];
    assert.equal(a.claimSource(job.id, 'x.html', ownerA), true);
    assert.equal(b.claimSource(job.id, 'x.html', ownerB), false, 'held by a live run');
    assert.equal(a.claimSource(job.id, 'x.html', ownerA), true, 'a run may re-claim its own item');
    assert.equal(b.claimSource(job.id, 'y.html', ownerB), true);
    assert.equal(a.pendingElsewhere(job.id, ownerA), 1, 'y.html is in progress in run B');
    putAndMark(b, job.id, makeAnalysis({ source: 'y.html' }), 'y.html');
    assert.equal(a.pendingElsewhere(job.id, ownerA), 0);
    assert.equal(a.claimSource(job.id, 'y.html', ownerA), false, 'already stored');

    assert.equal(a.claimSource(job.id, 'z.html', deadOwner), true);
    assert.equal(b.pendingElsewhere(job.id, ownerB), 1, 'A holds x.html; the dead run is not counted');
    assert.equal(b.claimSource(job.id, 'z.html', ownerB), true, 'a killed run does not block its items');
    b.finishJob(job.id);
    a.close();
    b.close();
    const raw = new Database(path);
    assert.deepEqual(raw.prepare('SELECT count(*) AS n FROM job_claims').get(), { n: 0 }, 'a finished job keeps no claims');
    raw.close();
  } finally {
    cleanup();
  }
});

test('ownerAlive: this process is alive, a missing pid is not, another host is trusted until its claim is stale', () => {
  assert.equal(ownerAlive(runOwner(), new Date().toISOString()), true);
  assert.equal(ownerAlive(deadOwner, new Date().toISOString()), false);
  const now = Date.parse('2025-01-01T12:00:00Z');
  assert.equal(ownerAlive('elsewhere.example:42:t', '2025-01-01T11:30:00Z', now), true);
  assert.equal(ownerAlive('elsewhere.example:42:t', '2025-01-01T10:30:00Z', now), false);
});
