// The batch service on a pool of stand-in workers: results in input order whatever order the workers finish in, a
// crashed or stuck worker costs one input and is replaced, a stopped batch reads no further, large inputs are not
// held many at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../src/run/analyzer.js';
import { runBatch, type ItemOutcome } from '../src/service/batch.js';

const STAND_IN = new URL('./stand-in-worker.fixture.mjs', import.meta.url);

/** One file per text, named 00.txt, 01.txt, … so a directory input reads them in this order. */
function files(texts: string[]): string {
  const dir = fs.mkdtempSync(join(tmpdir(), 'dossier-batch-'));
  texts.forEach((t, i) => fs.writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), t));
  return dir;
}

async function batch(texts: string[], jobs: number, timeoutMs = 0, signal?: AbortSignal, onOut?: (text: string) => void) {
  const dir = files(texts);
  const analyzer = createAnalyzer({ jobs, timeoutMs, workerUrl: STAND_IN });
  const out: string[] = [];
  const outcomes: ItemOutcome[] = [];
  try {
    const report = await runBatch([dir], { task: 'analyze', input: {}, analyze: {}, analyzer, signal, onItem: (o) => outcomes.push(o) }, (r) => {
      out.push((r as unknown as { text: string }).text);
      onOut?.(out[out.length - 1]);
    });
    return { report, out, outcomes, dir };
  } finally {
    await analyzer.close();
  }
}

test('with several workers, results come out in input order, not in the order workers finish', async () => {
  // The first inputs are the slowest: a pool of 3 finishes the later ones first.
  const texts = ['sleep 300', 'sleep 200', 'sleep 100', 'a', 'b', 'sleep 50', 'c', 'd'];
  const { report, out, outcomes } = await batch(texts, 3);
  assert.deepEqual(out, texts);
  assert.deepEqual(outcomes.map((o) => o.source.slice(-6)), texts.map((_, i) => `${String(i).padStart(2, '0')}.txt`));
  assert.equal(report.summary(), '8 ok, 0 failed');
});

test('a worker that crashes fails its own input; the others come out, in order', async () => {
  const { report, out, outcomes } = await batch(['a', 'crash', 'b', 'fail', 'c', 'crash', 'd'], 2);
  assert.deepEqual(out, ['a', 'b', 'c', 'd']);
  const failures = outcomes.filter((o) => o.status === 'failed').map((o) => [o.source.slice(-6), 'error' in o ? o.error : '']);
  assert.deepEqual(failures, [
    ['01.txt', 'analysis worker exited (code 3)'],
    ['03.txt', 'it failed'],
    ['05.txt', 'analysis worker exited (code 3)'],
  ]);
  assert.equal(report.summary(), '4 ok, 3 failed');
});

test('with two workers, a stuck one is cut off at the budget and replaced; the batch goes on', async () => {
  const started = Date.now();
  const { report, out, outcomes } = await batch(['a', 'hang', 'b', 'c', 'hang', 'd', 'e'], 2, 1000);
  assert.deepEqual(out, ['a', 'b', 'c', 'd', 'e']);
  const failed = outcomes.filter((o) => o.status === 'failed');
  assert.deepEqual(failed.map((o) => ('error' in o ? o.error : '')), Array(2).fill('analysis timed out after 1 s (--timeout-per-input)'));
  assert.equal(report.summary(), '5 ok, 2 failed');
  assert.ok(Date.now() - started < 10_000, 'each stuck input costs its budget, not the batch');
});

test('a stopped batch reads no further input and says it was interrupted', async () => {
  const controller = new AbortController();
  const texts = ['a', 'sleep 400', ...Array.from({ length: 20 }, (_, i) => `x${i}`)];
  // Stopped once the first result is out, while the second input still sleeps (not after a fixed delay, which a
  // busy machine may overrun before the first result).
  const { report, out } = await batch(texts, 2, 0, controller.signal, () => controller.abort());
  assert.deepEqual(out, ['a']);
  assert.equal(report.stopped, 'interrupted');
  assert.equal(report.exitCode(), 1);
});

test('workers that cannot start stop the batch at the first input, instead of failing every input the same way', async () => {
  const dir = files(['a', 'b', 'c', 'd']);
  const analyzer = createAnalyzer({ jobs: 2, timeoutMs: 1000, workerUrl: new URL('./broken-worker.fixture.mjs', import.meta.url) });
  const outcomes: ItemOutcome[] = [];
  try {
    const report = await runBatch([dir], { task: 'analyze', input: {}, analyze: {}, analyzer, onItem: (o) => outcomes.push(o) }, () => {});
    assert.equal(report.stopped, 'analysis worker did not start: model file missing');
    assert.deepEqual(outcomes.map((o) => o.status), ['failed']);
    assert.equal(report.exitCode(), 1);
  } finally {
    await analyzer.close();
  }
});

test('large inputs shrink the number in flight (down to one per worker), small ones do not; output stays in order', async () => {
  const dir = files(Array.from({ length: 8 }, (_, i) => `${i}`.repeat(1000)));
  // An analyzer of one job that counts the inputs it holds at once, and holds them until all eight are in or the
  // batch has stopped sending for a while: what it sees does not depend on how fast the files are read.
  let inFlight = 0;
  let most = 0;
  let waiting: (() => void)[] = [];
  const releaseAll = () => {
    const w = waiting;
    waiting = [];
    for (const r of w) r();
  };
  let timer: NodeJS.Timeout | undefined;
  const analyzer = {
    jobs: 1,
    analyze: async (item: { content: string }) => {
      most = Math.max(most, ++inFlight);
      const held = new Promise<void>((r) => waiting.push(r));
      clearTimeout(timer);
      if (inFlight >= 8) releaseAll();
      else timer = setTimeout(releaseAll, 100);
      await held;
      inFlight--;
      return { text: item.content.trim().slice(0, 1) };
    },
  } as unknown as Analyzer;
  const run = async (inFlightChars?: number) => {
    most = 0;
    const out: string[] = [];
    await runBatch([dir], { task: 'analyze', input: {}, analyze: {}, analyzer, inFlightChars }, (r) => {
      out.push((r as unknown as { text: string }).text);
    });
    return { most, out };
  };
  const order = ['0', '1', '2', '3', '4', '5', '6', '7'];
  // 1,000 characters each: past 2,500 in flight, the oldest is taken out before another is read.
  assert.deepEqual(await run(2500), { most: 3, out: order });
  assert.deepEqual(await run(), { most: 8, out: order });
});

test('inputs decoded by the workers come out as those decoded here: charsets, gzip, and the same one-line failures', async () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'dossier-decode-'));
  const write = (name: string, bytes: Buffer | string) => fs.writeFileSync(join(dir, name), bytes);
  write('a.html', '<html><head><meta charset="utf-8"><title>Über</title></head><body><article><p>Café society met in Zürich on Tuesday to talk.</p></article></body></html>');
  write('b.txt', Buffer.from('Caf\xe9 latin text, na\xefve and \x93quoted\x94.\n', 'latin1'));
  write('c.txt.gz', (await import('node:zlib')).gzipSync('Gzipped text of a page.'));
  write('d.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]));
  write('e.txt', '');
  write('f.txt', '  \n\t ');
  write('g.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('UTF-16 text here.', 'utf16le')]));
  const run = async (decodeInWorkers: boolean, jobs: number, timeoutMs: number) => {
    const analyzer = createAnalyzer({ jobs, timeoutMs, task: 'extract' });
    const out: string[] = [];
    const outcomes: ItemOutcome[] = [];
    try {
      const report = await runBatch([dir], { task: 'extract', input: {}, analyze: {}, analyzer, decodeInWorkers, onItem: (o) => outcomes.push(o) }, (r) => {
        out.push(JSON.stringify(r));
      });
      return { summary: report.summary(), out, outcomes };
    } finally {
      await analyzer.close();
    }
  };
  const here = await run(false, 1, 0);
  assert.equal(here.summary, '4 ok, 3 failed');
  assert.match(here.out[1]!, /Café latin text, naïve and “quoted”/);
  assert.deepEqual(await run(true, 1, 30_000), here);
  assert.deepEqual(await run(true, 1, 0), here);
});
