// npm run bench: every benchmark in one run, on one core; figures to copy into BENCHMARKS.md.
import { cpus } from 'node:os';
import { benchExtraction } from './extraction.js';
import { benchIngest } from './ingest.js';
import { benchLayers } from './layers.js';

const line = (s: string) => process.stdout.write(s + '\n');
const num = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

line(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString()}`);

line('\n## HTML extraction, AEB dev pages (85), pages/s');
const ex = await benchExtraction();
const base = ex.rows.find((r) => /linkedom/i.test(r.name))?.pagesPerSec;
for (const r of ex.rows)
  line(`  ${r.name.padEnd(32)} ${num(r.pagesPerSec, 1).padStart(8)} pages/s${base ? `  (${(r.pagesPerSec / base).toFixed(2)}× Readability+linkedom)` : ''}`);

line('\n## Language layers on 3,000 Reuters texts (CPU time, words/s)');
const layers = await benchLayers();
if (!layers) line('  skipped: ../shared/data/corpora/reuters21578 not found');
else for (const r of layers) line(`  ${r.name.padEnd(32)} ${num(r.wordsPerSec).padStart(12)} words/s`);

line('\n## Ingest of Reuters-21578 into SQLite (read + extract + layers + store, wall time)');
const ing = await benchIngest();
if (!ing) line('  skipped: ../shared/data/corpora/reuters21578 not found');
else line(`  ${ing.articles} articles (${ing.failed} failed) in ${ing.seconds.toFixed(1)} s = ${num(ing.articlesPerSec)} articles/s`);
