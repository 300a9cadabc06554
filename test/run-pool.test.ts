// The pool hands a worker its next input while it works on one (so a busy main thread, storing a group of results,
// never leaves it idle); an input that crashes or outlives its worker's budget fails alone, and the inputs queued
// behind it in that worker are analysed by the replacement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InputItem } from '../src/input/types.js';
import { createAnalyzer, InputTimeout } from '../src/run/analyzer.js';

const STAND_IN = new URL('./stand-in-worker.fixture.mjs', import.meta.url);
const item = (content: string): InputItem => ({ ok: true, source: content, from: 'file', kind: 'text', content, encoding: 'utf-8', meta: {}, warnings: [] });
// A budget makes createAnalyzer use the pool even for one job (with none it analyses in this thread).
const textOf = (r: unknown) => (r as { text: string }).text;

test('one worker gets its next input while it works on the first', async () => {
  const analyzer = createAnalyzer({ jobs: 1, timeoutMs: 60_000, workerUrl: STAND_IN });
  try {
    const order: string[] = [];
    // The stand-in answers "sleep 400" after 400 ms and "quick" at once: "quick" can only finish first if it was
    // already in the worker's queue while "sleep 400" ran.
    await Promise.all(['sleep 400', 'quick'].map((t) => analyzer.analyze(item(t), {}).then((r) => order.push(textOf(r)))));
    assert.deepEqual(order, ['quick', 'sleep 400']);
  } finally {
    await analyzer.close();
  }
});

test('a crash fails its own input; the input queued behind it goes to the new worker', async () => {
  const analyzer = createAnalyzer({ jobs: 1, timeoutMs: 60_000, workerUrl: STAND_IN });
  try {
    const [crash, after] = await Promise.allSettled([analyzer.analyze(item('crash'), {}), analyzer.analyze(item('after'), {})]);
    assert.equal(crash.status, 'rejected');
    assert.match(String((crash as PromiseRejectedResult).reason), /analysis worker exited \(code 3\)/);
    assert.equal(after.status, 'fulfilled');
    assert.equal(textOf((after as PromiseFulfilledResult<unknown>).value), 'after');
  } finally {
    await analyzer.close();
  }
});

test('a stuck input fails at its budget; the input queued behind it is not charged for the wait', async () => {
  const analyzer = createAnalyzer({ jobs: 1, timeoutMs: 800, workerUrl: STAND_IN });
  try {
    // "sleep 500" waits behind the stuck input for 800 ms, then needs 500 ms of its own: within its budget only if
    // its budget starts when the worker takes it up.
    const [stuck, after] = await Promise.allSettled([analyzer.analyze(item('hang'), {}), analyzer.analyze(item('sleep 500'), {})]);
    assert.equal(stuck.status, 'rejected');
    assert.ok((stuck as PromiseRejectedResult).reason instanceof InputTimeout);
    assert.equal(after.status, 'fulfilled', String((after as PromiseRejectedResult).reason));
    assert.equal(textOf((after as PromiseFulfilledResult<unknown>).value), 'sleep 500');
  } finally {
    await analyzer.close();
  }
});
