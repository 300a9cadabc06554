// Ingest throughput: Reuters-21578 (../shared) as `dossier ingest` runs it — a whole process reading the .jsonl.gz,
// analysing on --jobs worker threads and storing into a fresh SQLite file — with its wall time, CPU time and peak
// RSS (all threads). The first `limit` records, or all of them.
//   npx tsx bench/ingest.ts [jobs] [limit]      (also a part of bench/index.ts)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { corpusPath } from './corpora.js';

const REUTERS = corpusPath('reuters');
const DOSSIER = fileURLToPath(new URL('../bin/dossier.mjs', import.meta.url));
const MAX_RSS_HOOK = fileURLToPath(new URL('../fuzz/max-rss.mjs', import.meta.url));

export interface IngestBench {
  jobs: number;
  records: number;
  articles: number;
  failed: number;
  seconds: number;
  articlesPerSec: number;
  /** User + system CPU of the process, all threads (null where /proc is missing). */
  cpuSeconds: number | null;
  /** Peak RSS of the process, all threads. */
  maxRssMb: number;
  /** The machine's 1-minute load average when the run ended (other work on a shared machine slows it). */
  load: number;
}

/** CPU seconds of this process's reaped children (Linux /proc; null elsewhere). */
function childrenCpu(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** The first `limit` records of the corpus as their own .jsonl.gz (all of it when limit is Infinity). */
function firstRecords(dir: string, limit: number): { path: string; records: number } {
  const lines = gunzipSync(readFileSync(REUTERS)).toString('utf8').split('\n').filter((l) => l.trim());
  if (limit >= lines.length) return { path: REUTERS, records: lines.length };
  const path = join(dir, `reuters-${limit}.jsonl.gz`);
  writeFileSync(path, gzipSync(lines.slice(0, limit).join('\n') + '\n'));
  return { path, records: limit };
}

export function benchIngest(jobs: number, limit = Infinity): IngestBench | null {
  if (!existsSync(REUTERS)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const { path, records } = firstRecords(dir, limit);
    const cpu0 = childrenCpu();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', MAX_RSS_HOOK, DOSSIER, 'ingest', path, '--db', join(dir, 'bench.db'), '--jobs', String(jobs)], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, CI: '1' },
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu1 = childrenCpu();
    const summary = /^(\d+) ok, (\d+) failed/m.exec(r.stderr);
    if (!summary) throw new Error(`ingest gave no summary (exit ${r.status}): ${r.stderr.slice(-500)}`);
    const articles = Number(summary[1]);
    return {
      jobs,
      records,
      articles,
      failed: Number(summary[2]),
      seconds,
      articlesPerSec: articles / seconds,
      cpuSeconds: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
      maxRssMb: Number(/FUZZ-MAX-RSS-KB (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024,
      load: loadavg()[0]!,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = benchIngest(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? Infinity));
  console.log(r ? JSON.stringify(r) : 'reuters corpus not found');
}
