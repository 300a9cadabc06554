// The pool hands a worker its next input while it works on one (so a busy main thread, storing a group of results,
// never leaves it idle); an input that crashes or outlives its worker's budget fails alone, and the inputs queued
// behind it in that worker are analysed by the replacement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InputItem } from '../src/input/types.js';
import { createAnalyzer, InputTimeout } from '../src/run/analyzer.js';

const STAND_IN = new URL('./stand-in-worker.fixture.mjs', import.meta.url);
const item = (content: string): InputItem => ({ ok: true, source: content, from: 'file', kind: 'text', content, encoding: 'utf-8', meta: {}, warnings: [] });

/**
 * Sends the texts at once to one stand-in worker (a budget makes createAnalyzer use the pool even for one job) and
 * gives, in the order they settle, each one's text or error ("sleep N" answers after N ms, "crash" ends the worker,
 * "hang" never answers).
 */
async function onOneWorker(timeoutMs: number, texts: string[]): Promise<string[]> {
  const analyzer = createAnalyzer({ jobs: 1, timeoutMs, workerUrl: STAND_IN });
  const settled: string[] = [];
  try {
    await Promise.all(
      texts.map((t) =>
        analyzer.analyze(item(t), {}).then(
          (r) => settled.push((r as unknown as { text: string }).text),
          (e: Error) => settled.push(`${t}: ${e instanceof InputTimeout ? 'timed out' : e.message}`),
        ),
      ),
    );
  } finally {
    await analyzer.close();
  }
  return settled;
}

test('one worker gets its next input while it works on the first', async () => {
  // "quick" can only finish first if it was already in the worker's queue while "sleep 400" ran.
  assert.deepEqual(await onOneWorker(60_000, ['sleep 400', 'quick']), ['quick', 'sleep 400']);
});

test('a crash fails its own input; the input queued behind it goes to the new worker', async () => {
  assert.deepEqual(await onOneWorker(60_000, ['crash', 'after']), ['crash: analysis worker exited (code 3)', 'after']);
});

test('a stuck input fails at its budget; the input queued behind it is not charged for the wait', async () => {
  // "sleep 500" waits behind the stuck input for 800 ms, then needs 500 ms of its own: within its budget only if its
  // budget starts when the worker takes it up.
  assert.deepEqual(await onOneWorker(800, ['hang', 'sleep 500']), ['hang: timed out', 'sleep 500']);
});
