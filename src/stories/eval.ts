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

/** A record's date in ms: ISO first, then chrono for raw strings ("May 2, 2013 | 5 : 03pm"); undefined if none. */
export function recordTime(r: Rec): number | undefined {
  if (!r.published) return undefined;
  const t = Date.parse(r.published);
  if (Number.isFinite(t)) return t;
  const d = chrono.parseDate(r.published.replace(/\s+:\s+/g, ':').replace(/\s+\/\s+/g, '/'));
  return d ? d.getTime() : undefined;
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
