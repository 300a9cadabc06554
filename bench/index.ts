// npm run bench: every benchmark, each part in a fresh process (so one part's heap — jsdom's, say — does not slow
// the next one's garbage collector), one core each; figures to copy into BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchExtraction } from './extraction.js';
import { benchCli, REPEAT, type Command, type ProcessRun } from './whole-process.js';
import { benchIngest, type IngestBench } from './ingest.js';
import { benchLayers } from './layers.js';
import { benchNer } from './ner.js';
import { benchEvents } from './events.js';
import { benchPathological, type PathologicalRow } from './pathological.js';
import { benchStartup, mean, median, sd } from './startup.js';
import { benchStories } from './stories.js';
import { benchServe, formatServe } from './serve.js';

const line = (s: string) => process.stdout.write(s + '\n');
const num = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A whole-process dossier command against Readability + linkedom on the AEB pages: each row, and the ratio of
 *  each interleaved pair. */
function cliPart(command: Command, target: string): void {
  line(`\n## dossier ${command} vs Readability + linkedom (target ${target}), whole processes on one core, AEB dev pages (85) × ${REPEAT[command]}`);
  const rows = benchCli(command);
  if (!rows) {
    line('  skipped: ../shared/data/extraction/aeb not found');
    return;
  }
  const ratio = (base: number | null, r: number | null) => (base && r ? (base / r).toFixed(2) : '-');
  for (let i = 0; i + 1 < rows.length; i += 2) {
    const [ours, base] = [rows[i], rows[i + 1]] as [ProcessRun, ProcessRun];
    for (const r of [ours, base])
      line(`  ${r.name.padEnd(32)} ${r.pages} pages  ${r.wallSeconds.toFixed(2).padStart(6)} s wall  ${r.cpuSeconds?.toFixed(2).padStart(6) ?? '     -'} s CPU`);
    line(`  ${'→ dossier against the baseline'.padEnd(32)} ${ratio(base.wallSeconds, ours.wallSeconds)}× wall, ${ratio(base.cpuSeconds, ours.cpuSeconds)}× CPU`);
  }
}

const PARTS: Record<string, () => Promise<void>> = {
  async extraction() {
    line('\n## HTML extraction, AEB dev pages (85), pages/s');
    const ex = await benchExtraction();
    const base = ex.rows.find((r) => /linkedom/i.test(r.name))?.pagesPerSec;
    for (const r of ex.rows)
      line(`  ${r.name.padEnd(32)} ${num(r.pagesPerSec, 1).padStart(8)} pages/s${base ? `  (${(r.pagesPerSec / base).toFixed(2)}× Readability+linkedom)` : ''}`);
  },
  async layers() {
    line('\n## Language layers on 3,000 Reuters texts (CPU time, words/s)');
    const layers = await benchLayers();
    if (!layers) line('  skipped: ../shared/data/corpora/reuters21578 not found');
    else for (const r of layers) line(`  ${r.name.padEnd(32)} ${num(r.wordsPerSec).padStart(12)} words/s`);
  },
  async ner() {
    line('\n## NER tagger alone on 3,000 Reuters texts (CPU time, tokens/s)');
    const ner = benchNer();
    if (!ner) line('  skipped: ../shared/data/corpora/reuters21578 not found');
    else {
      line(`  ${ner.docs} documents, ${num(ner.tokens)} tokens; model loaded in ${num(ner.loadMs)} ms`);
      line(`  ${'first pass (cold memo)'.padEnd(32)} ${num(ner.firstPassTokensPerSec).padStart(12)} tokens/s`);
      line(`  ${'warm (best of 3)'.padEnd(32)} ${num(ner.tokensPerSec).padStart(12)} tokens/s`);
    }
  },
  async events() {
    line('\n## Events layer alone on 3,000 Reuters texts (CPU time, words/s)');
    const ev = benchEvents();
    if (!ev) line('  skipped: ../shared/data/corpora/reuters21578 not found');
    else {
      line(`  ${ev.docs} documents, ${num(ev.words)} words, ${num(ev.events)} events: ${num(ev.wordsPerSec)} words/s`);
      line(`  the layers before it (tokens … times, first pass): ${num(ev.layersPerSec)} words/s; events add ${((100 * ev.layersPerSec) / ev.wordsPerSec).toFixed(1)} % to their time`);
    }
  },
  async pathological() {
    line('\n## Pathological texts, 50 kB → 1.6 MB (CPU s of the whole analysis; ratio per doubling ≤ 2.5, ≤ 10 s/MB)');
    line(`  ${'text'.padEnd(12)} ${'kB'.padStart(5)} ${'s'.padStart(8)} ${'×'.padStart(6)} ${'s/MB'.padStart(7)}  slowest steps (s)`);
    let prev: PathologicalRow | null = null;
    await benchPathological((row) => {
      const ratio = prev?.text === row.text && prev.seconds && row.seconds ? (row.seconds / prev.seconds).toFixed(2) : '';
      const steps = Object.entries(row.timings).filter(([k]) => k !== 'total').sort((a, b) => b[1] - a[1]).slice(0, 3);
      const s = row.seconds === null ? 'cut off' : row.seconds.toFixed(2);
      const perMb = row.seconds === null ? '' : (row.seconds / (row.kb / 1000)).toFixed(1);
      line(`  ${row.text.padEnd(12)} ${String(row.kb).padStart(5)} ${s.padStart(8)} ${ratio.padStart(6)} ${perMb.padStart(7)}  ${steps.map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`).join(', ')}`);
      prev = row;
    }, process.argv[3]?.split(','));
  },
  async startup() {
    line('\n## Start-up, whole process: wall ms (median, mean ± sd, min) and CPU ms (median); 10 runs after a warm-up');
    const rows = benchStartup();
    const base = median(rows[0].ms);
    for (const r of rows)
      line(`  ${r.name.padEnd(30)} ${num(median(r.ms)).padStart(6)}  ${num(mean(r.ms))} ± ${num(sd(r.ms))}  min ${num(Math.min(...r.ms))}  (${(median(r.ms) / base).toFixed(1)}× node -e 0)  CPU ${num(median(r.cpuMs))}`);
  },
  async 'extract-cli'() {
    cliPart('extract', '≥ 4×');
  },
  async 'analyze-cli'() {
    cliPart('analyze', '≥ 1.0×, every layer on');
  },
  async ingest() {
    line('\n## dossier ingest of Reuters-21578 (.jsonl.gz) into SQLite: whole process, wall time, --jobs 1 and 2');
    const row = (r: IngestBench, base?: IngestBench) =>
      line(`  --jobs ${r.jobs}  ${String(r.records).padStart(6)} records: ${r.articles} ok, ${r.failed} failed in ${r.seconds.toFixed(1)} s = ${num(r.articlesPerSec)} articles/s${base ? ` (${(r.articlesPerSec / base.articlesPerSec).toFixed(2)}× --jobs ${base.jobs})` : ''}; CPU ${r.cpuSeconds?.toFixed(1) ?? '-'} s, peak RSS ${num(r.maxRssMb)} MB, load ${r.load.toFixed(1)}`);
    const one = benchIngest(1, 2000);
    if (!one) {
      line('  skipped: ../shared/data/corpora/reuters21578 not found');
      return;
    }
    row(one);
    row(benchIngest(2, 2000)!, one);
    // Per-article cost stays flat: the first 1,000 against all records, and peak memory streaming all of them.
    const first = benchIngest(2, 1000)!;
    row(first);
    const all = benchIngest(2)!;
    row(all, first);
  },
  async stories() {
    line('\n## Copies and stories over Reuters-21578 in the store (updateStories after put): CPU ms per article, flat from 1k to all');
    const rows = benchStories([1000, 10000, 21578]);
    if (!rows) line('  skipped: ../shared/data/corpora/reuters21578 not found');
    else for (const r of rows)
      line(`  ${String(r.articles).padStart(6)} articles: ${r.cpuMsPerArticle.toFixed(2)} ms/article (last 1k ${r.cpuMsPerArticleLast1k.toFixed(2)}), ${r.stories} stories, ${r.copies} copies, ${r.merges} merges, peak RSS ${num(r.maxRssMb)} MB`);
  },
  async serve() {
    line('\n## dossier serve: GET /api/articles latency on loopback over all Reuters-21578 articles (p95 < 50 ms)');
    const r = await benchServe(Number(process.argv[3] ?? 400));
    if (!r) line('  skipped: ../shared/data/corpora/reuters21578 not found');
    else for (const l of formatServe(r)) line(l);
  },
};

const part = process.argv[2];
if (part) {
  if (!PARTS[part]) throw new Error(`bench: no part "${part}" (${Object.keys(PARTS).join(', ')})`);
  await PARTS[part]();
} else {
  line(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString()}`);
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(PARTS))
    execFileSync(process.execPath, ['--import', 'tsx', self, name], { stdio: 'inherit' });
}
