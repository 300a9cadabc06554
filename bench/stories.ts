// Copies + story clusters over a store (issue 13, item 6): the first N Reuters-21578 articles are put into a fresh
// SQLite store (through the Store API, without the language layers: the stories layer reads only title, text,
// outlet and date), then updateStories assigns them all in one pass. Reported per size: ms per article of the pass
// (dedup + clustering, SQL state included), ms per article of its last 1,000 articles (the marginal cost at that
// size), and the peak RSS of the process. Each size runs in its own process. With --check the store's stories are
// compared with the in-memory StoryIndex over the same articles in the same order (same partition expected).
// With --incremental the store is brought up to date as the ingest hook would: after every commit of 32 puts once
// STORE_BATCH articles wait, and at the end.
//   npx tsx bench/stories.ts [sizes=1000,10000] [--check] [--incremental]   (also: npx tsx bench/index.ts stories)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Analysis } from '../src/doc/schema.js';
import { articleId } from '../src/doc/id.js';
import { sharedFile } from '../src/resolve-data.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { StoryIndex } from '../src/stories/cluster.js';
import { STORE_BATCH, updateStories } from '../src/stories/update.js';

const REUTERS = fileURLToPath(sharedFile('data/corpora/reuters21578/articles.jsonl.gz'));

export interface StoriesBench {
  articles: number;
  putSeconds: number;
  msPerArticle: number;
  /** ms per article over the last 1,000 articles of the pass. */
  msPerArticleLast1k: number;
  /** The same two in CPU time of the process (user + system), less disturbed by other work on a shared machine. */
  cpuMsPerArticle: number;
  cpuMsPerArticleLast1k: number;
  stories: number;
  copies: number;
  merges: number;
  maxRssMb: number;
  /** --check: the store's partition equals the in-memory one. */
  sameAsMemory?: boolean;
  incremental?: boolean;
}

interface Rec {
  id: string;
  outlet?: string;
  published?: string;
  title?: string;
  text?: string;
}

function analysis(r: Rec): Analysis {
  const text = r.text ?? '';
  return {
    id: articleId(null, text, r.id, r.outlet ?? null), source: `reuters:${r.id}`, url: null, outlet: r.outlet ?? null,
    title: r.title ?? '', byline: [], published: r.published ?? null, language: 'en', text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }], warnings: [],
  };
}

function runOne(size: number, check: boolean, incremental: boolean): StoriesBench {
  const lines = gunzipSync(readFileSync(REUTERS)).toString('utf8').split('\n').filter((l) => l.trim()).slice(0, size);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-stories-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    const t0 = performance.now();
    let updateMs = 0, updateCpu = 0;
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const marks: [number, number, number][] = [];
    let assigned = 0, copies = 0, merges = 0;
    const group = incremental ? 32 : 256;
    for (let i = 0; i < lines.length; i += group) {
      store.transaction(() => {
        for (const l of lines.slice(i, i + group)) store.put(analysis(JSON.parse(l) as Rec));
      });
      if (incremental) {
        const c0 = cpu();
        // As the ingest hook: after each commit once a batch's worth waits, and at the end whatever is left.
        const r = updateStories(store, i + group < lines.length ? { minPending: STORE_BATCH } : {});
        updateMs += r.ms;
        updateCpu += cpu() - c0;
        assigned += r.assigned, copies += r.copies, merges += r.merges;
        marks.push([assigned, updateMs, updateCpu]);
      }
    }
    const putSeconds = (performance.now() - t0 - updateMs) / 1000;
    if (!incremental) {
      const t = performance.now();
      const c0 = cpu();
      const r = updateStories(store, { onProgress: (done) => marks.push([done, performance.now() - t, cpu() - c0]) });
      updateMs = r.ms;
      updateCpu = cpu() - c0;
      assigned = r.assigned, copies = r.copies, merges = r.merges;
    }
    // Marginal cost: the last 1,000 articles (or the whole pass when smaller).
    const end = marks[marks.length - 1]!;
    const from = [...marks].reverse().find(([n]) => n <= end[0] - 1000) ?? [0, 0, 0];
    const stories = store.stories.list({ limit: 1e9 }).length;
    const out: StoriesBench = {
      articles: assigned, putSeconds, msPerArticle: updateMs / assigned, msPerArticleLast1k: (end[1] - from[1]) / (end[0] - from[0]),
      cpuMsPerArticle: updateCpu / assigned, cpuMsPerArticleLast1k: (end[2] - from[2]) / (end[0] - from[0]),
      stories, copies, merges, maxRssMb: process.resourceUsage().maxRSS / 1024, ...(incremental ? { incremental } : {}),
    };
    if (check) out.sameAsMemory = samePartition(store, lines);
    return out;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The in-memory StoryIndex over the store's arrival order gives the same partition as the store's stories. */
function samePartition(store: ReturnType<typeof openSqliteStore>, lines: string[]): boolean {
  const byId = new Map(lines.map((l) => { const a = analysis(JSON.parse(l) as Rec); return [a.id, a]; }));
  const order = arrivalOrder(store);
  const idx = new StoryIndex();
  for (const id of order) {
    const a = byId.get(id)!;
    idx.add({ id, title: a.title, text: a.text, published: a.published ?? undefined, outlet: a.outlet ?? undefined });
  }
  const key = (group: (id: string) => string) => {
    const first = new Map<string, string>();
    return order.map((id) => { const g = group(id); if (!first.has(g)) first.set(g, id); return first.get(g); }).join(',');
  };
  return key((id) => idx.storyOf(id)!) === key((id) => store.stories.storyOf(id)!);
}

/** The order updateStories adds articles in: by publication date, undated last, then first-seen order. */
function arrivalOrder(store: ReturnType<typeof openSqliteStore>): string[] {
  const rows = [...store.iterate()].map((s, seq) => ({ id: s.id, published: s.analysis.published, seq }));
  rows.sort((a, b) => Number(a.published === null) - Number(b.published === null) || (a.published ?? '').localeCompare(b.published ?? '') || a.seq - b.seq);
  return rows.map((r) => r.id);
}

export function benchStories(sizes: number[], flags: string[] = []): StoriesBench[] | null {
  if (!existsSync(REUTERS)) return null;
  const self = fileURLToPath(import.meta.url);
  return sizes.map((n) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--child', String(n), ...flags], { encoding: 'utf8', maxBuffer: 1 << 24 })) as StoriesBench,
  );
}

const args = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/stories.ts')) {
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(runOne(Number(args[1]), args.includes('--check'), args.includes('--incremental'))) + '\n');
  } else {
    const sizes = (args.find((a) => !a.startsWith('--')) ?? '1000,10000').split(',').map(Number);
    const rows = benchStories(sizes, args.filter((a) => a.startsWith('--')));
    if (!rows) console.log('skipped: ../shared/data/corpora/reuters21578 not found');
    else for (const r of rows) console.log(JSON.stringify(r));
  }
}
