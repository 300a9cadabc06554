// `npm run demo` (the README's first command): the bundled samples are stored, the summary counts them, and the
// store it leaves answers the commands the summary suggests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dossier, ROOT, tempDir } from './helpers.js';

test('demo stores every sample and ends with a true count; search and stories work on the store it leaves', () => {
  const db = join(tempDir(), 'demo.db');
  const r = dossier(['demo', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  // The seed plus each Wikinews sample (a JSON Lines file counts its records).
  assert.match(r.stdout, /\n(\d+) ok, 0 failed; \1 articles in .*demo\.db\.\n/);
  const ok = Number(/\n(\d+) ok, 0 failed/.exec(r.stdout)![1]);
  assert.ok(ok > readdirSync(join(ROOT, 'fixtures/demo')).length, `${ok} articles`);
  const search = dossier(['search', 'Zelenskyy', '--db', db]);
  assert.equal(search.status, 0, search.stderr);
  assert.match(search.stdout, /Zelenskyy, Putin meeting floated/);
  const stories = dossier(['stories', '--json', '--db', db]);
  assert.equal(stories.status, 0, stories.stderr);
  assert.equal((JSON.parse(stories.stdout) as unknown[]).length > 0, true);
});
