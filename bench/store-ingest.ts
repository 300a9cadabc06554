// Ingest speed of the SQLite store, and the FTS tokenizer's cost. Not a test; run by hand:
//   npx tsx bench/store-ingest.ts [N=20000] [batch=200] [--reuters] [--layers] [--tokenizer='unicode61 remove_diacritics 2']
// Writes a file DB in a temp dir (WAL, as in real use) and prints articles/s, DB size and a few query timings.
// --layers adds crude stand-in layers (capitalised word runs as entities, "… said" sentences as quotes, numbers as
// amounts, month names as times) so the layer tables are written at a realistic volume.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Analysis } from '../src/doc/schema.js';
import { articleId } from '../src/doc/id.js';
import { articleRepo } from '../src/store/sqlite/articles.js';
import { layerQueries } from '../src/store/sqlite/layer-queries.js';
import { layerRepo } from '../src/store/sqlite/layers.js';
import { migrate } from '../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { querySearcher } from '../src/store/sqlite/query-search.js';
import { parseQuery } from '../src/store/query.js';
import { BUSY_TIMEOUT_MS } from '../src/store/sqlite/settings.js';

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const N = Number(positional[0] ?? 20000);
const BATCH = Number(positional[1] ?? 200);
const tokenizer = args.find((a) => a.startsWith('--tokenizer='))?.slice('--tokenizer='.length);
const REUTERS = new URL('../../shared/data/corpora/reuters21578/articles.jsonl.gz', import.meta.url);

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

const TYPES = ['PERSON', 'ORG', 'LOC'] as const;
const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** Stand-in layers with the volume and shape of real ones (not their accuracy). */
function withLayers(a: Analysis): Analysis {
  const entities: NonNullable<Analysis['entities']> = [];
  for (const m of a.text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b/g)) {
    if (m.index === 0 || /[.\n]\s*$/.test(a.text.slice(Math.max(0, m.index - 3), m.index))) continue; // sentence starts
    let e = entities.find((x) => x.name === m[0]);
    if (!e) {
      e = { id: `e${entities.length + 1}`, type: TYPES[m[0].length % 3], name: m[0], mentions: [] };
      entities.push(e);
    }
    e.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const quotes: NonNullable<Analysis['quotes']> = [];
  for (const m of a.text.matchAll(/[^.]{20,200}\bsaid\b[^.]*\./g))
    quotes.push({ start: m.index, end: m.index + m[0].length, text: m[0].trim(), kind: 'indirect', speaker: entities[quotes.length % Math.max(1, entities.length)]?.id ?? null });
  const amounts = [...a.text.matchAll(/\b\d[\d,.]*\b/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[0].replace(/,/g, '')) }));
  const times = [...a.text.matchAll(MONTHS)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'DATE' as const, value: '1987-XX' }));
  return { ...a, entities, quotes, amounts, times };
}

function reuters(): Analysis[] {
  if (!existsSync(REUTERS)) throw new Error('reuters corpus not found beside the repo');
  const lines = gunzipSync(readFileSync(REUTERS)).toString('utf8').split('\n').filter(Boolean);
  return lines.slice(0, N).map((l, i) => {
    const r = JSON.parse(l) as { id: string; title?: string; text?: string };
    return doc(`https://reuters.example/${r.id}`, r.title ?? '', r.text ?? '', `reuters.jsonl:${i + 1}`);
  });
}

const LAYERS = args.includes('--layers');
const base = args.includes('--reuters') ? reuters() : Array.from({ length: N }, (_, i) => synthetic(i));
const docs = LAYERS ? base.map(withLayers) : base;
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const db = new Database(join(dir, 'bench.db'), { timeout: BUSY_TIMEOUT_MS });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
const migrations = tokenizer
  ? MIGRATIONS.map((m) => ({ ...m, sql: m.sql.replace(/tokenize = '[^']*'/, `tokenize = '${tokenizer}'`) }))
  : MIGRATIONS;
migrate(db, migrations);
const repo = articleRepo(db, LAYERS ? layerRepo(db).write : undefined);
const searching = querySearcher(db);
const search = (q: string, opts: { limit: number }) => searching.search(parseQuery(q), opts);
const layerRead = layerQueries(db);

const textBytes = docs.reduce((n, d) => n + d.text.length, 0);
let t = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < docs.length; i += BATCH) db.transaction(() => docs.slice(i, i + BATCH).forEach((d) => repo.put(d))).immediate();
const ingestMs = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
const ingestCpuMs = (cpu.user + cpu.system) / 1000;
t = performance.now();
for (let i = 0; i < docs.length; i += BATCH) db.transaction(() => docs.slice(i, i + BATCH).forEach((d) => repo.put(d))).immediate();
const againMs = performance.now() - t;
db.pragma('wal_checkpoint(TRUNCATE)');
const size = statSync(join(dir, 'bench.db')).size;

const queries = ['oil prices', 'bank rate', '"trade deal"', 'export*', 'profit OR loss', 'sanction'];
const timings: string[] = queries.map((q) => {
  const s = performance.now();
  const hits = search(q, { limit: 20 });
  return `${q} → ${hits.length} hits ${(performance.now() - s).toFixed(1)} ms`;
});
if (LAYERS) {
  const count = (k: 'entities' | 'quotes' | 'amounts' | 'times') => docs.reduce((n, d) => n + (d[k]?.length ?? 0), 0);
  const rows = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  console.log(`layers: ${count('entities')} article entities → ${rows('entities')} canonical; ${count('quotes')} quotes, ` +
    `${count('amounts')} amounts, ${count('times')} times`);
  const timed = (label: string, f: () => unknown[]) => {
    const s = performance.now();
    const n = f().length;
    timings.push(`${label} → ${n} rows ${(performance.now() - s).toFixed(1)} ms`);
  };
  timed('topEntities()', () => layerRead.topEntities());
  timed('topEntities(PERSON)', () => layerRead.topEntities({ type: 'PERSON' }));
  timed('topEntities(by articles)', () => layerRead.topEntities({ by: 'articles' }));
  timed('searchQuotes(speaker Smith)', () => searching.searchQuotes({ speaker: 'Smith' }));
  timed('searchQuotes(text "prices")', () => searching.searchQuotes({ text: parseQuery('prices') }));
  timed('articleEntities(first)', () => layerRead.articleEntities(docs[0].id));
}
console.log(`docs ${docs.length} (avg text ${Math.round(textBytes / docs.length)} chars), batch ${BATCH}, tokenizer ${tokenizer ?? 'default (migration 2)'}`);
console.log(`ingest new: ${(ingestMs / 1000).toFixed(2)} s = ${Math.round(docs.length / (ingestMs / 1000))} articles/s (CPU ${(ingestCpuMs / 1000).toFixed(2)} s)`);
console.log(`re-ingest (all 'same'): ${(againMs / 1000).toFixed(2)} s = ${Math.round(docs.length / (againMs / 1000))} articles/s`);
console.log(`db size ${(size / 1e6).toFixed(1)} MB; articles ${repo.count()}`);
for (const line of timings) console.log('  ' + line);
db.close();
rmSync(dir, { recursive: true, force: true });
