import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from './index.js';
import { makeAnalysis, tempDir, searchOf } from './testing.js';

/** Every byte of every file of the folder, to prove nothing was written. */
const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(join(dir, f)).toString('base64')]));

test('a store opened read-only searches, reads and iterates without writing a byte; writes are refused', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 's.db');
    const w = openSqliteStore(path);
    w.put(makeAnalysis());
    w.close();
    const before = snapshot(dir);
    assert.deepEqual(Object.keys(before), ['s.db'], 'the last writer leaves no -wal/-shm behind');
    const r = openSqliteStore(path, { readOnly: true });
    assert.equal(searchOf(r).search('Geneva').length, 1);
    assert.equal([...r.iterate()].length, 1);
    assert.equal(searchOf(r).searchQuotes({ text: 'geneva' }).length, 0);
    assert.throws(() => r.put(makeAnalysis({ text: 'Another text.' })), /readonly/);
    r.close();
    assert.deepEqual(snapshot(dir), before);
  } finally {
    cleanup();
  }
});

test('read-only open: a missing store is a one-line error; a store with permissions removed still reads (non-root)', () => {
  const { dir, cleanup } = tempDir();
  try {
    assert.throws(() => openSqliteStore(join(dir, 'none.db'), { readOnly: true }), /^Error: store: cannot open .*none\.db for reading/);
    assert.ok(!fs.existsSync(join(dir, 'none.db')), 'nothing created');
    const path = join(dir, 's.db');
    const w = openSqliteStore(path);
    w.put(makeAnalysis());
    w.close();
    fs.chmodSync(path, 0o444);
    fs.chmodSync(dir, 0o555);
    try {
      const r = openSqliteStore(path, { readOnly: true });
      assert.equal(searchOf(r).search('Geneva').length, 1);
      r.close();
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  } finally {
    cleanup();
  }
});
