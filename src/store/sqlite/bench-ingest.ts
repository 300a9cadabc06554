// Ingest speed of the SQLite store, and the FTS tokenizer's cost. Not a test; run by hand:
//   npx tsx src/store/sqlite/bench-ingest.ts [N=20000] [batch=200] [--reuters] [--tokenizer='unicode61 remove_diacritics 2']
// Writes a file DB in a temp dir (WAL, as in real use) and prints articles/s, DB size and a few query timings.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Analysis } from '../../doc/schema.js';
import { articleId } from '../../doc/id.js';
import { articleRepo } from './articles.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { searcher } from './search.js';
import { BUSY_TIMEOUT_MS } from './settings.js';

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const N = Number(positional[0] ?? 20000);
const BATCH = Number(positional[1] ?? 200);
const tokenizer = args.find((a) => a.startsWith('--tokenizer='))?.slice('--tokenizer='.length);
const REUTERS = new URL('../../../../shared/data/corpora/reuters21578/articles.jsonl.gz', import.meta.url);

const WORDS = ('ukraine russia talks peace minister said government market shares oil prices bank rate inflation '
  + 'president election court ruling company profit quarter analysts expected billion dollars trade deal sanctions '
  + 'ceasefire troops border energy gas pipeline europe china exports growth forecast').split(' ');

function synthetic(i: number): Analysis {
  let text = '';
  let x = i * 2654435761;
  while (text.length < 1000) {
    x = (x * 1103515245 + 12345) >>> 0;
    text += WORDS[x % WORDS.length] + (x % 11 === 0 ? '. ' : ' ');
  }
  return doc(`https://example.com/news/${i}`, `Article ${i}: ${WORDS[i % WORDS.length]} update`, text, `synthetic:${i}`);
}

function doc(url: string | null, title: string, text: string, source: string): Analysis {
  return {
    id: articleId(url, text), source, url, outlet: 'example', title, byline: [], published: '2024-01-01',
    language: 'en', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }], warnings: [],
  };
}

function reuters(): Analysis[] {
  if (!existsSync(REUTERS)) throw new Error('reuters corpus not found beside the repo');
  const lines = gunzipSync(readFileSync(REUTERS)).toString('utf8').split('\n').filter(Boolean);
  return lines.slice(0, N).map((l, i) => {
    const r = JSON.parse(l) as { id: string; title?: string; text?: string };
    return doc(`https://reuters.example/${r.id}`, r.title ?? '', r.text ?? '', `reuters.jsonl:${i + 1}`);
  });
}

const docs = args.includes('--reuters') ? reuters() : Array.from({ length: N }, (_, i) => synthetic(i));
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const db = new Database(join(dir, 'bench.db'), { timeout: BUSY_TIMEOUT_MS });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
const migrations = tokenizer
  ? MIGRATIONS.map((m) => ({ ...m, sql: m.sql.replace(/tokenize = '[^']*'/, `tokenize = '${tokenizer}'`) }))
  : MIGRATIONS;
migrate(db, migrations);
const repo = articleRepo(db);
const search = searcher(db);

const textBytes = docs.reduce((n, d) => n + d.text.length, 0);
let t = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < docs.length; i += BATCH) db.transaction(() => docs.slice(i, i + BATCH).forEach(repo.put)).immediate();
const ingestMs = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
const ingestCpuMs = (cpu.user + cpu.system) / 1000;
t = performance.now();
for (let i = 0; i < docs.length; i += BATCH) db.transaction(() => docs.slice(i, i + BATCH).forEach(repo.put)).immediate();
const againMs = performance.now() - t;
db.pragma('wal_checkpoint(TRUNCATE)');
const size = statSync(join(dir, 'bench.db')).size;

const queries = ['oil prices', 'bank rate', '"trade deal"', 'export*', 'profit OR loss', 'sanction'];
const timings = queries.map((q) => {
  const s = performance.now();
  const hits = search(q, { limit: 20 });
  return `${q} → ${hits.length} hits ${(performance.now() - s).toFixed(1)} ms`;
});
console.log(`docs ${docs.length} (avg text ${Math.round(textBytes / docs.length)} chars), batch ${BATCH}, tokenizer ${tokenizer ?? 'default (migration 2)'}`);
console.log(`ingest new: ${(ingestMs / 1000).toFixed(2)} s = ${Math.round(docs.length / (ingestMs / 1000))} articles/s (CPU ${(ingestCpuMs / 1000).toFixed(2)} s)`);
console.log(`re-ingest (all 'same'): ${(againMs / 1000).toFixed(2)} s = ${Math.round(docs.length / (againMs / 1000))} articles/s`);
console.log(`db size ${(size / 1e6).toFixed(1)} MB; articles ${repo.count()}`);
for (const line of timings) console.log('  ' + line);
db.close();
rmSync(dir, { recursive: true, force: true });
