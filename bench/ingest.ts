// Ingest throughput: the Reuters-21578 corpus (../shared) read, analysed and stored into a fresh SQLite file.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/input/index.js';
import { analyze, defaultPipeline } from '../src/pipeline/analyze.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { corpusPath } from '../src/corpora/index.js';

const REUTERS = corpusPath('reuters');

export interface IngestBench {
  articles: number;
  failed: number;
  seconds: number;
  articlesPerSec: number;
}

export async function benchIngest(path = REUTERS, limit = Infinity): Promise<IngestBench | null> {
  if (!existsSync(path)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  const pipeline = defaultPipeline();
  let articles = 0;
  let failed = 0;
  const started = process.hrtime.bigint();
  try {
    for await (const item of readInputs([path])) {
      if (articles + failed >= limit) break;
      if (!item.ok) {
        failed++;
        continue;
      }
      const analysis = analyze(item, {}, pipeline);
      store.transaction(() => store.put(analysis));
      articles++;
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { articles, failed, seconds, articlesPerSec: articles / seconds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchIngest();
  console.log(r ? JSON.stringify(r) : 'reuters corpus not found');
}
