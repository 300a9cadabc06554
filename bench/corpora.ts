// The shared development corpora (../shared next to the repo), for benchmarks, review scripts and corpus tests.
// Development data only: nothing in the product path reads it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const CORPORA = {
  reuters: '../../shared/data/corpora/reuters21578/articles.jsonl.gz',
  webcrawl: '../../shared/data/corpora/ukraine/webcrawl_2026.jsonl',
  press: '../../shared/data/corpora/ukraine/press_releases_2021_2022.jsonl.gz',
} as const;
export type CorpusName = keyof typeof CORPORA;

export interface CorpusText {
  id: string;
  text: string;
  published?: string;
}

/** Absolute path of a corpus file. */
export const corpusPath = (name: CorpusName): string => fileURLToPath(new URL(CORPORA[name], import.meta.url));

/** Texts of one corpus (records without a body skipped; at most `limit`), or null when ../shared is absent. */
export function readCorpus(name: CorpusName, limit = Infinity): CorpusText[] | null {
  const path = corpusPath(name);
  if (!existsSync(path)) return null;
  const raw = readFileSync(path);
  const body = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const out: CorpusText[] = [];
  for (const line of body.split('\n')) {
    if (out.length >= limit) break;
    if (!line.trim()) continue;
    const r = JSON.parse(line) as CorpusText;
    if (r.text && r.text.trim()) out.push(r.published ? { id: r.id, text: r.text, published: r.published } : { id: r.id, text: r.text });
  }
  return out;
}

/** Deterministic pseudo-random sample (mulberry32), so a review can be repeated. */
export function sample<T>(items: T[], n: number, seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
