// The per-input time budget: an input past --timeout-per-input fails alone with a one-line error, the worker that
// analysed it is replaced, the batch goes on in input order, and what was stored before it stays stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { join } from 'node:path';
import { PATHOLOGICAL } from '../bench/pathological-texts.js';
import type { InputItem } from '../src/input/types.js';
import { createAnalyzer, InputTimeout } from '../src/run/analyzer.js';
import { dossier, tempDir } from './helpers.js';

const small = (i: number) => `Budget item ${i}\n\nThe mayor of Tarvel said on Monday that the bridge would reopen in ${i} weeks.`;
/** 4 MB of made-up names: many seconds of work even for a linear pipeline, far past a 3 s budget (the budget is
 *  wall time on a shared machine, so small inputs get room). */
const HUGE = PATHOLOGICAL.names!(4_000_000);
const item = (source: string, content: string): InputItem => ({ ok: true, source, from: 'file', kind: 'text', content, encoding: 'utf-8', meta: {}, warnings: [] });

test('an input past its budget fails alone; the replaced worker gives the same analysis as the main thread', async () => {
  const worker = createAnalyzer({ timeoutMs: 3000 });
  const inline = createAnalyzer({ timeoutMs: 0 });
  try {
    const before = await worker.analyze(item('a', small(1)), {});
    await assert.rejects(worker.analyze(item('huge', HUGE), {}), (e: Error) => e instanceof InputTimeout && /timed out after 3 s/.test(e.message));
    const after = await worker.analyze(item('b', small(2)), {});
    assert.deepEqual(before, await inline.analyze(item('a', small(1)), {}));
    assert.deepEqual(after, await inline.analyze(item('b', small(2)), {}));
  } finally {
    await worker.close();
    await inline.close();
  }
});

test('analyze and ingest: a slow input is that input\'s one-line error, the others come out in order and stay stored', () => {
  const dir = tempDir();
  const files = ['a.txt', 'huge.txt', 'b.txt'].map((f) => join(dir, f));
  fs.writeFileSync(files[0]!, small(1));
  fs.writeFileSync(files[1]!, HUGE);
  fs.writeFileSync(files[2]!, small(2));

  const r = dossier(['analyze', '--jsonl', '--timeout-per-input', '3', ...files]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source), [files[0], files[2]]);
  const errors = r.stderr.split('\n').filter((l) => l.startsWith('dossier:'));
  assert.deepEqual(errors, [`dossier: ${files[1]}: analysis timed out after 3 s (--timeout-per-input)`]);
  assert.match(r.stderr, /^2 ok, 1 failed$/m);

  const db = join(dir, 'budget.db');
  const ing = dossier(['ingest', '--db', db, '--timeout-per-input', '3', ...files]);
  assert.match(ing.stderr, /2 ok, 1 failed \(2 new, 0 new versions, 0 unchanged; 2 articles/, ing.stderr);
  // A re-run: the two stored are unchanged, the slow one fails again alone.
  const again = dossier(['ingest', '--db', db, '--timeout-per-input', '3', ...files]);
  assert.match(again.stderr, /2 ok, 1 failed \(0 new, 0 new versions, 2 unchanged; 2 articles/, again.stderr);
});

test('--timeout-per-input refuses a negative or non-numeric budget', () => {
  for (const bad of ['-1', 'soon']) {
    const r = dossier(['analyze', '--timeout-per-input', bad, '-'], 'x');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /timeout-per-input/);
  }
});
