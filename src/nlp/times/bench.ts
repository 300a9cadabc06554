// Speed of the time tagger alone: words per second over Reuters-21578 texts (with their publication dates), one core.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractTimes } from './extract.js';

const REUTERS = fileURLToPath(new URL('../../../../shared/data/corpora/reuters21578/articles.jsonl.gz', import.meta.url));

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
export async function benchTimes(limit = 5000, path = REUTERS): Promise<TimesBench> {
  if (!existsSync(path)) return { docs: 0, words: 0, seconds: 0, wallSeconds: 0, wordsPerSec: 0, times: 0 };
  const docs: { text: string; published: string }[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (docs.length >= limit) break;
    if (!line) continue;
    const r = JSON.parse(line) as { text?: string; published?: string };
    if (r.text && r.published) docs.push({ text: r.text, published: r.published });
  }
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
