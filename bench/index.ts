// npm run bench: every benchmark in one run, on one core; figures to copy into BENCHMARKS.md.
import { cpus } from 'node:os';
import { benchExtraction } from './extraction.js';
import { benchIngest } from './ingest.js';

const line = (s: string) => process.stdout.write(s + '\n');

line(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString()}`);

line('\n## HTML extraction, AEB dev pages (85), pages/s');
const ex = await benchExtraction();
const base = ex.rows.find((r) => /linkedom/i.test(r.name))?.pagesPerSec;
for (const r of ex.rows)
  line(`  ${r.name.padEnd(32)} ${r.pagesPerSec.toFixed(1).padStart(8)} pages/s${base ? `  (${(r.pagesPerSec / base).toFixed(2)}× Readability+linkedom)` : ''}`);

line('\n## Ingest of Reuters-21578 into SQLite (read + extract + sentences + store)');
const ing = await benchIngest();
if (!ing) line('  skipped: ../shared/data/corpora/reuters21578 not found');
else line(`  ${ing.articles} articles (${ing.failed} failed) in ${ing.seconds.toFixed(1)} s = ${ing.articlesPerSec.toFixed(0)} articles/s`);
