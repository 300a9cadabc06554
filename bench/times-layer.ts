// Speed of the time tagger alone: words per second over Reuters-21578 texts (with their publication dates), one core.
import { fileURLToPath } from 'node:url';
import { readCorpus } from './corpora.js';
import { extractTimes } from '../src/nlp/times/extract.js';

export interface TimesBench {
  docs: number;
  words: number;
  /** CPU seconds (user + system) of the tagging loop: one core, unaffected by other processes. */
  seconds: number;
  wallSeconds: number;
  wordsPerSec: number;
  times: number;
}

/** Runs the tagger over up to `limit` Reuters articles that have a publication date; wordsPerSec 0 if absent. */
export async function benchTimes(limit = 5000): Promise<TimesBench> {
  const corpus = readCorpus('reuters');
  if (!corpus) return { docs: 0, words: 0, seconds: 0, wallSeconds: 0, wordsPerSec: 0, times: 0 };
  const docs = corpus.filter((d): d is Required<typeof d> => !!d.published).slice(0, limit);
  let words = 0;
  for (const d of docs) words += d.text.split(/\s+/).filter(Boolean).length;
  for (const d of docs) extractTimes(d.text, d.published); // warm-up: compile and tier up every rule's regex
  let times = 0;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const d of docs) times += extractTimes(d.text, d.published).length;
  const used = process.cpuUsage(cpu);
  const seconds = (used.user + used.system) / 1e6;
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { docs: docs.length, words, seconds, wallSeconds, wordsPerSec: words / seconds, times };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchTimes()));
}
