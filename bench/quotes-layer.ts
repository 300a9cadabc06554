// Quote extraction speed on Reuters-21578 (../shared): documents are tokenised first, outside the timer, then the
// extractor runs over all of them for an untimed warm-up round and a few timed ones; words = tokens with a letter
// or digit. wordsPerSec is per CPU second of this process (one core), robust when the machine is shared.
import { corpusPath, readCorpus } from './corpora.js';
import { Doc } from '../src/doc/doc.js';
import { tokensComponent } from '../src/nlp/tokens/index.js';
import { paragraphBlocks } from '../src/nlp/quotes/eval.js';
import { extractQuotes } from '../src/nlp/quotes/extract.js';

export interface QuotesBench {
  docs: number;
  words: number;
  quotes: number;
  /** Wall-clock seconds of the timed rounds. */
  seconds: number;
  /** CPU seconds of this process in the timed rounds (robust when the machine is shared). */
  cpuSeconds: number;
  /** Words per CPU second: the one-core throughput. */
  wordsPerSec: number;
  wordsPerWallSec: number;
}

const WORD = /[\p{L}\p{N}]/u;

export async function benchQuotes(opts: { docs?: number; rounds?: number } = {}): Promise<QuotesBench> {
  const limit = opts.docs ?? 3000;
  const corpus = readCorpus('reuters', limit);
  if (!corpus) throw new Error(`Reuters corpus not found at ${corpusPath('reuters')}`);
  const rounds = opts.rounds ?? 5;
  const docs: Doc[] = [];
  let words = 0;
  for (const { text } of corpus) {
    const doc = new Doc(text, { source: 'bench', url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, paragraphBlocks(text));
    tokensComponent.run(doc);
    for (const t of doc.tokens) if (WORD.test(text.slice(t.start, t.end))) words++;
    docs.push(doc);
  }
  let quotes = 0;
  for (const d of docs) extractQuotes(d); // warm-up round (JIT), untimed
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) quotes += extractQuotes(d).quotes.length;
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = (used.user + used.system) / 1e6;
  const total = words * rounds;
  return { docs: docs.length, words: total, quotes: quotes / rounds, seconds, cpuSeconds, wordsPerSec: total / cpuSeconds, wordsPerWallSec: total / seconds };
}
