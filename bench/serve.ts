// Search latency of `dossier serve` (issue 14 item 1: p95 < 50 ms on a store of all 19k Reuters-21578 articles).
// The store is built once with `dossier ingest` (all records, --jobs 1: several minutes of CPU) in a cache directory
// outside the repository and reused after (DOSSIER_BENCH_STORE, default ../cache/reuters-store.db beside the repo).
// The server runs as its own process on loopback; one client sends a bounded loop of GET /api/articles requests one
// after another (mixed queries: words, phrases, OR, prefixes, fields; with and without filters and facets), after a
// warm-up, and reports wall-time percentiles per request as the client sees them.
//   npx tsx bench/serve.ts [requests=400]      (also: npx tsx bench/index.ts serve)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPath } from './corpora.js';

const DOSSIER = fileURLToPath(new URL('../bin/dossier.mjs', import.meta.url));
export const BENCH_STORE = process.env.DOSSIER_BENCH_STORE ?? fileURLToPath(new URL('../../cache/reuters-store.db', import.meta.url));

/** Everyday queries of a news archive (general words of business and politics, no tuning to this corpus). */
const QUERIES = [
  'oil prices', 'bank rate', '"trade deal"', 'export*', 'profit OR loss', 'sanctions', 'coffee', 'japan tariffs', 'dividend',
  'gold', 'wheat harvest', 'merger', 'opec output', 'dollar yen', 'inflation', 'acquisition', 'title:oil', 'crude -gasoline',
  'stake', '"interest rates"', 'strike', 'budget deficit', 'earn*', 'shares OR stock', 'grain exports', 'central bank',
  '', // no words: the latest articles (the search page before a query)
];
/** Filters added to some requests (query-string fragments); '' is none. */
const FILTERS = ['', '', 'since=1987-03-01&until=1987-03-31', 'eventType=AGREE', 'outlet=Reuters', 'since=1987-10-01', 'entity=Japan'];

export interface ServeBench {
  articles: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** The same percentiles of the requests with facets=1 and of those without. */
  facets: { n: number; p50: number; p95: number };
  plain: { n: number; p50: number; p95: number };
  statuses: Record<string, number>;
  buildSeconds: number | null;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** The request URLs of the loop: every query, cycled through the filters, every third with facets. */
export function requestPaths(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const q = QUERIES[i % QUERIES.length];
    const f = FILTERS[i % FILTERS.length];
    const facets = i % 3 === 0 ? '&facets=1' : '';
    out.push(`/api/articles?limit=20${q ? `&q=${encodeURIComponent(q)}` : ''}${f ? `&${f}` : ''}${facets}`);
  }
  return out;
}

/** Builds the store when it is missing (null when the corpus is not there); seconds spent building. */
function ensureStore(): number | null | 'no-corpus' {
  if (existsSync(BENCH_STORE)) return null;
  const corpus = corpusPath('reuters');
  if (!existsSync(corpus)) return 'no-corpus';
  mkdirSync(dirname(BENCH_STORE), { recursive: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [DOSSIER, 'ingest', corpus, '--db', BENCH_STORE, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench serve: building ${BENCH_STORE} failed (exit ${r.status})`);
  return (performance.now() - t0) / 1000;
}

export async function benchServe(requests = 400, warmup = 30): Promise<ServeBench | null> {
  const built = ensureStore();
  if (built === 'no-corpus') return null;
  const child = spawn(process.execPath, [DOSSIER, 'serve', '--db', BENCH_STORE, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DOSSIER_TOKEN: '' },
  });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`bench serve: the server exited (${code})`)));
    });
    const articles = ((await (await fetch(`${base}/api/health`)).json()) as { articles: number }).articles;
    const paths = requestPaths(warmup + requests);
    const statuses: Record<string, number> = {};
    const facets: number[] = [];
    const plain: number[] = [];
    for (const [i, path] of paths.entries()) {
      const t0 = performance.now();
      const res = await fetch(base + path);
      await res.arrayBuffer();
      const ms = performance.now() - t0;
      if (i < warmup) continue;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      (path.includes('facets=1') ? facets : plain).push(ms);
    }
    const all = [...facets, ...plain].sort((a, b) => a - b);
    facets.sort((a, b) => a - b);
    plain.sort((a, b) => a - b);
    return {
      articles, requests: all.length, p50: pct(all, 50), p95: pct(all, 95), p99: pct(all, 99), max: all[all.length - 1],
      facets: { n: facets.length, p50: pct(facets, 50), p95: pct(facets, 95) },
      plain: { n: plain.length, p50: pct(plain, 50), p95: pct(plain, 95) },
      statuses, buildSeconds: built,
    };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export function formatServe(r: ServeBench): string[] {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `  ${r.articles} articles in ${BENCH_STORE}${r.buildSeconds !== null ? ` (built in ${r.buildSeconds.toFixed(0)} s)` : ''}`,
    `  ${r.requests} GET /api/articles one after another: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, max ${ms(r.max)} (target p95 < 50 ms)`,
    `    with facets (${r.facets.n}): p50 ${ms(r.facets.p50)}, p95 ${ms(r.facets.p95)}; without (${r.plain.n}): p50 ${ms(r.plain.p50)}, p95 ${ms(r.plain.p95)}`,
    `    statuses: ${Object.entries(r.statuses).map(([s, n]) => `${s} ×${n}`).join(', ')}`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchServe(Number(process.argv[2] ?? 400));
  if (!r) console.log('  skipped: ../shared/data/corpora/reuters21578 not found');
  else for (const l of formatServe(r)) console.log(l);
}
