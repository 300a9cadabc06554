// Throughput of the amounts layer alone: Reuters texts tokenised first (outside the timer), then extractAmounts.
// Run: npx tsx bench/amounts-layer.ts
import { pathToFileURL } from 'node:url';
import type { Token } from '../src/doc/types.js';
import { tokenize } from '../src/nlp/tokens/index.js';
import { readCorpus } from './corpora.js';
import { extractAmounts } from '../src/nlp/amounts/extract.js';

export interface AmountsBench {
  texts: number;
  words: number;
  amounts: number;
  /** Best round, CPU seconds. */
  seconds: number;
  /** Best round, wall-clock seconds. */
  wallSeconds: number;
  wordsPerSec: number;
}

const TEXTS = 3000;
const ROUNDS = 8;

export async function benchAmounts(limit = TEXTS, rounds = ROUNDS): Promise<AmountsBench> {
  const corpus = readCorpus('reuters', limit);
  if (!corpus) throw new Error('benchAmounts: ../shared/data/corpora/reuters21578 not found');
  const docs: { text: string; tokens: Token[] }[] = corpus.map((t) => ({ text: t.text, tokens: tokenize(t.text).tokens }));
  const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  let amounts = 0;
  for (const d of docs) amounts += extractAmounts(d.text, d.tokens).length; // warm-up
  // Best round by CPU time (user + system) rather than wall time: the machine is shared, and a busy neighbour
  // must not make this layer look slower than it is on one core of its own.
  let best = Infinity;
  let bestWall = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const d of docs) extractAmounts(d.text, d.tokens);
    const cpu = process.cpuUsage(c0);
    bestWall = Math.min(bestWall, Number(process.hrtime.bigint() - t0) / 1e9);
    best = Math.min(best, (cpu.user + cpu.system) / 1e6);
  }
  return { texts: docs.length, words, amounts, seconds: best, wallSeconds: bestWall, wordsPerSec: words / best };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const b = await benchAmounts();
  console.log(`amounts: ${b.texts} Reuters texts, ${b.words} words, ${b.amounts} amounts; best of ${ROUNDS}: ${b.seconds.toFixed(3)} s CPU (${b.wallSeconds.toFixed(3)} s wall) = ${(b.wordsPerSec / 1e6).toFixed(2)} M words/s`);
}
