// `dossier eval stories --data FILE.jsonl --label LABEL --out PRED`: clusters a corpus (records of
// ../shared/data/corpora/README.md) article by article in date order, writes `{id, cluster}` lines in that order as a
// stream, and prints the figures of ../shared/tools/score-clusters.mjs (B³ and pairwise) for half A, half B and all.
// Halves: splitHalves over the gold label's parent (labels.topic when the record has one, else the label itself),
// so no story, and no pair of sibling stories, is split across halves. Each half is clustered from an empty index.
import { createWriteStream, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { once } from 'node:events';
import * as chrono from 'chrono-node';
import { splitHalves } from '../doc/halves.js';
import { StoryIndex } from './cluster.js';
import { sharedFile } from '../resolve-data.js';


export interface StoriesEvalFlags {
  data: string;
  out: string;
  label?: string;
}

interface Rec {
  id: string;
  title?: string;
  text?: string;
  published?: string;
  outlet?: string;
  url?: string;
  labels?: Record<string, unknown>;
}

const SCORER = sharedFile('tools/score-clusters.mjs').href;

interface Scores {
  items: number;
  goldClusters: number;
  predClusters: number;
  bcubed: { precision: number; recall: number; f1: number };
  pairwise: { precision: number; recall: number; f1: number };
}

export function readRecords(path: string): Rec[] {
  let buf = readFileSync(path);
  if (path.endsWith('.gz')) buf = gunzipSync(buf);
  return buf.toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec);
}

/** A record's date in ms: an ISO date as it is; a raw string ("12 : 52 p. m. EDT May 2, 2013") through chrono, then
 *  the platform's lenient Date.parse, taking only a date whose year is written in the string ("8 : 24am", "Mar. 8",
 *  "now" or "She was 91." is no date: either would put it in some year of its own); undefined if none. */
export function recordTime(r: Rec): number | undefined {
  if (!r.published) return undefined;
  if (/^\d{4}-\d\d-\d\d/.test(r.published)) {
    const t = Date.parse(r.published);
    if (Number.isFinite(t)) return t;
  }
  // Tokenised raw strings put spaces around ':', '/' and '-' ("2013 - 09 - 26", "11 / 30 / 09 05 : 40 PM").
  const raw = r.published.replace(/\s+([:/])\s+/g, '$1').replace(/(\d)\s+-\s+(\d)/g, '$1-$2');
  const yearWritten = (text: string, year: number) =>
    new RegExp(`(?<!\\d)(?:${year}|'?${String(year % 100).padStart(2, '0')})(?!\\d)`).test(text);
  for (const d of chrono.parse(raw)) {
    if (d.start.isCertain('day') && yearWritten(d.text, d.start.get('year')!)) return d.start.date().getTime();
  }
  const t = Date.parse(raw);
  return Number.isFinite(t) && new RegExp(`(?<!\\d)${new Date(t).getFullYear()}(?!\\d)`).test(raw) ? t : undefined;
}

/** Records in arrival order: dated ones by date, then undated ones in file order (a stable sort). */
export function arrivalOrder(recs: Rec[]): { rec: Rec; time?: number }[] {
  const withTime = recs.map((rec, i) => ({ rec, time: recordTime(rec), i }));
  withTime.sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.i - b.i);
  return withTime.map(({ rec, time }) => ({ rec, time }));
}

/** Clusters records in arrival order; returns [id, final cluster] in that order. */
export function clusterRecords(recs: Rec[]): [string, string][] {
  const index = new StoryIndex();
  const order = arrivalOrder(recs);
  for (const { rec, time } of order) {
    index.add({ id: rec.id, title: rec.title, text: rec.text, published: time === undefined ? undefined : new Date(time), outlet: rec.outlet, url: rec.url });
  }
  return order.map(({ rec }) => [rec.id, index.storyOf(rec.id) ?? rec.id]);
}

export async function runStoriesEval(flags: StoriesEvalFlags): Promise<void> {
  const label = flags.label ?? 'story_id';
  const recs = readRecords(flags.data);
  const { score } = (await import(SCORER)) as { score: (g: Map<string, string>, p: Map<string, string>) => Scores };
  const gold = new Map<string, string>();
  for (const r of recs) if (r.labels?.[label] != null) gold.set(r.id, String(r.labels[label]));
  const halves = splitHalves(recs.map((r) => String(r.labels?.topic ?? r.labels?.[label] ?? r.id)));
  const line = (name: string, s: Scores, ms: number) => {
    const f = (x: number) => x.toFixed(3);
    console.log(
      `${name.padEnd(4)} items ${s.items}  gold ${s.goldClusters}  pred ${s.predClusters}  ` +
        `B3 P ${f(s.bcubed.precision)} R ${f(s.bcubed.recall)} F1 ${f(s.bcubed.f1)}  ` +
        `pairwise P ${f(s.pairwise.precision)} R ${f(s.pairwise.recall)} F1 ${f(s.pairwise.f1)}  ` +
        `(${(ms / Math.max(1, s.items)).toFixed(2)} ms/article)`,
    );
  };
  for (const h of ['A', 'B'] as const) {
    const part = recs.filter((_, i) => halves[i] === h);
    const t = performance.now();
    const pred = new Map(clusterRecords(part));
    const ms = performance.now() - t;
    const g = new Map([...gold].filter(([id]) => pred.has(id)));
    line(h, score(g, pred), ms);
  }
  const t = performance.now();
  const all = clusterRecords(recs);
  const ms = performance.now() - t;
  const out = createWriteStream(flags.out);
  for (const [id, cluster] of all) if (!out.write(JSON.stringify({ id, cluster }) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  line('all', score(gold, new Map(all)), ms);
  console.log(`predictions: ${flags.out}`);
}
