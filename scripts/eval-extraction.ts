// Scores our HTML body extractor on the shared dev sets with the reference scorers.
//   npx tsx scripts/eval-extraction.ts [aeb|segments|readability|text|all] [--baseline] [--per-page] [--out DIR]
// aeb         → ../shared/tools/score-extraction.mjs (article-body shingle F1)
// text        → the scraped-text path: each AEB page through ../shared/tools/scrape-text.mjs (what a simple scraper
//               saves, clutter and all), then our text extractor, scored with the AEB metric
// text-segments → the same scraped-text path on the 490 trafilatura-eval pages (other sites, 44 % German), scored
//               with their "with"/"without" snippets: a check set nobody tunes the text rules on
// aeb, segments and text print each fixed half (pages split by site, src/pipeline/halves.ts) and the whole.
// segments    → ../shared/tools/score-segments.mjs ("with"/"without" snippets, trafilatura eval set)
// readability → Mozilla Readability's test pages, their expected text scored with the AEB metric (an extra check
//               against overfitting; the expected text is Readability's own output, so it favours the baseline)
// --baseline also scores Readability + linkedom on the same pages, for comparison.
// Predictions are written to a temp dir (or --out) and the scorers are run on them as separate processes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/extract/html/index.js';
import { extractText } from '../src/extract/text/index.js';
import { siteOf, splitHalves, type Half } from '../src/doc/halves.js';

export const SHARED_DIR = fileURLToPath(new URL('../../shared/', import.meta.url));
const AEB_DIR = join(SHARED_DIR, 'data/extraction/aeb');
const SEGMENTS_DIR = join(SHARED_DIR, 'data/extraction/trafilatura');
const READABILITY_DIR = join(SHARED_DIR, 'data/extraction/readability-pages');
const TOOLS_DIR = join(SHARED_DIR, 'tools');

export interface Page {
  id: string;
  url?: string;
  html: string;
}

const CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** Bytes → string for evaluation only: valid UTF-8 wins, else the charset the page declares, else windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = CHARSET_RE.exec(head)?.[1]?.toLowerCase();
    try {
      if (declared && declared !== 'utf-8' && declared !== 'utf8') return new TextDecoder(declared).decode(bytes);
    } catch {
      /* unknown label: fall through */
    }
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const readGz = (path: string): string => decodeHtml(gunzipSync(readFileSync(path)));

export function loadAebPages(): Page[] {
  const gold = JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  return Object.keys(gold).map((id) => ({ id, url: gold[id].url, html: readGz(join(AEB_DIR, 'pages', `${id}.html.gz`)) }));
}

interface Annotation {
  url: string;
  path: string;
  with: string[];
  without: string[];
}

function loadSegmentAnnotations(): Annotation[] {
  return JSON.parse(readFileSync(join(SEGMENTS_DIR, 'annotations.json'), 'utf8')) as Annotation[];
}

export function loadSegmentPages(): Page[] {
  return loadSegmentAnnotations().map((a) => ({ id: a.url, html: readGz(join(SEGMENTS_DIR, a.path)) }));
}

interface ReadabilityRecord {
  id: string;
  url?: string;
  text: string;
}

function loadReadabilityRecords(): ReadabilityRecord[] {
  return readFileSync(join(READABILITY_DIR, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ReadabilityRecord);
}

function loadReadabilityPages(): Page[] {
  return loadReadabilityRecords().flatMap((r) => {
    const path = join(READABILITY_DIR, r.id.replace(/^readability-/, ''), 'source.html.gz');
    return existsSync(path) ? [{ id: r.id, url: r.url, html: readGz(path) }] : [];
  });
}

export type Extractor = (page: Page) => string | null;

interface ScrapeTool {
  scrapeText: (html: string) => string;
}
const scrapeTool = (await import(pathToFileURL(join(TOOLS_DIR, 'scrape-text.mjs')).href)) as ScrapeTool;

/** The scraped-text path: the page as a simple scraper saves it, through our text extractor. */
export const oursOnScrapedText: Extractor = (page) => extractText(scrapeTool.scrapeText(page.html)).text;

/** Ids of each fixed half: pages grouped by site. */
function halvesOf(items: { id: string; site: string }[]): [string, string[]][] {
  const halves = splitHalves(items.map((i) => i.site));
  const pick = (h: Half) => items.filter((_, k) => halves[k] === h).map((i) => i.id);
  return [['A', pick('A')], ['B', pick('B')], ['all', items.map((i) => i.id)]];
}

export const ours: Extractor = (page) => extractHtml(page.html, { url: page.url }).text;

export const readabilityLinkedom: Extractor = (page) => {
  try {
    const { document } = parseHTML(page.html);
    const article = new Readability(document as unknown as Document).parse();
    return article?.textContent ?? '';
  } catch {
    return null;
  }
};

function predict(pages: Page[], extractor: Extractor): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const p of pages) {
    try {
      out[p.id] = extractor(p);
    } catch (err) {
      console.error(`  ${p.id}: ${(err as Error).message}`);
      out[p.id] = null;
    }
  }
  return out;
}

function runScorer(script: string, args: string[]): Record<string, unknown> {
  const stdout = execFileSync(process.execPath, [join(TOOLS_DIR, script), ...args, '--json'], { encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

const f3 = (x: unknown): string => (typeof x === 'number' ? x.toFixed(3) : String(x));

interface AebPerPage {
  id: string;
  precision: number;
  recall: number;
}

async function evalAeb(name: string, extractor: Extractor, outDir: string, perPage: boolean, kind: 'html' | 'text' = 'html'): Promise<void> {
  const pages = loadAebPages();
  const t0 = performance.now();
  const raw = predict(pages, extractor);
  const ms = performance.now() - t0;
  const preds: Record<string, { articleBody: string }> = {};
  for (const [id, text] of Object.entries(raw)) preds[id] = { articleBody: text ?? '' };
  writeFileSync(join(outDir, `${kind === 'text' ? 'aeb-text' : 'aeb'}-${name}.json`), JSON.stringify(preds));
  const scorer = (await import(pathToFileURL(join(TOOLS_DIR, 'score-extraction.mjs')).href)) as {
    evaluate: (gt: unknown, pred: unknown, o: object) => { metrics: Record<string, number>; perPage: AebPerPage[] };
  };
  const gt = JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const label = kind === 'text' ? 'aeb-text' : 'aeb';
  for (const [half, ids] of halvesOf(pages.map((p) => ({ id: p.id, site: siteOf(gt[p.id]?.url ?? p.id) })))) {
    const m = scorer.evaluate(gt, preds, { ids, nBootstrap: 1 }).metrics;
    console.log(`${label.padEnd(9)} ${name.padEnd(20)} ${half.padEnd(3)} n=${m.n}  F1=${f3(m.f1)}  P=${f3(m.precision)}  R=${f3(m.recall)}  acc=${f3(m.accuracy)}${half === 'all' ? `  (${ms.toFixed(0)} ms)` : ''}`);
  }
  if (perPage) {
    const { perPage: rows } = scorer.evaluate(gt, preds, { nBootstrap: 1 });
    rows.sort((a, b) => a.precision + a.recall - (b.precision + b.recall));
    for (const r of rows.slice(0, 20)) console.log(`    ${r.id.slice(0, 16)}  P=${f3(r.precision)}  R=${f3(r.recall)}  ${gt[r.id]?.url ?? ''}`);
  }
}

async function evalSegments(name: string, extractor: Extractor, outDir: string, perPage: boolean, label = 'segments'): Promise<void> {
  const pages = loadSegmentPages();
  const t0 = performance.now();
  const preds = predict(pages, extractor);
  const ms = performance.now() - t0;
  const file = join(outDir, `${label}-${name}.json`);
  writeFileSync(file, JSON.stringify(preds));
  const scorer = (await import(pathToFileURL(join(TOOLS_DIR, 'score-segments.mjs')).href)) as {
    countItem: (item: Annotation, text: string | null) => { tp: number; fp: number; fn: number };
    scoreAll: (items: Annotation[], preds: unknown) => Record<string, number>;
  };
  const annotations = loadSegmentAnnotations();
  for (const [half, ids] of halvesOf(annotations.map((a) => ({ id: a.url, site: siteOf(a.url) })))) {
    const keep = new Set(ids);
    const m = scorer.scoreAll(annotations.filter((a) => keep.has(a.url)), preds);
    console.log(`${label.padEnd(9)} ${name.padEnd(20)} ${half.padEnd(3)} n=${m.n}  F=${f3(m.f1)}  P=${f3(m.precision)}  R=${f3(m.recall)}  acc=${f3(m.accuracy)}  tp=${m.tp} fp=${m.fp} fn=${m.fn} missing=${m.missing}${half === 'all' ? `  (${ms.toFixed(0)} ms)` : ''}`);
  }
  if (perPage) {
    const rows = loadSegmentAnnotations().map((a) => ({ a, ...scorer.countItem(a, preds[a.url] ?? null) }));
    rows.sort((x, y) => y.fp + y.fn - (x.fp + x.fn));
    for (const r of rows.slice(0, 25)) console.log(`    ${r.a.url.padEnd(60)} ${r.a.path}  fn=${r.fn} fp=${r.fp}`);
  }
}

async function evalReadabilityPages(name: string, extractor: Extractor, outDir: string, perPage: boolean): Promise<void> {
  const records = loadReadabilityRecords();
  const pages = loadReadabilityPages();
  const raw = predict(pages, extractor);
  const preds: Record<string, { articleBody: string }> = {};
  const gold: Record<string, { articleBody: string }> = {};
  for (const r of records) if (r.id in raw) gold[r.id] = { articleBody: r.text };
  for (const [id, text] of Object.entries(raw)) preds[id] = { articleBody: text ?? '' };
  const goldFile = join(outDir, 'readability-gold.json');
  const file = join(outDir, `readability-${name}.json`);
  writeFileSync(goldFile, JSON.stringify(gold));
  writeFileSync(file, JSON.stringify(preds));
  const args = ['--gold', goldFile, '--pred', file, ...(perPage ? ['--per-page'] : [])];
  const res = runScorer('score-extraction.mjs', args);
  const m = Object.values(res)[0] as Record<string, number> & { perPage?: AebPerPage[] };
  console.log(`readabil. ${name.padEnd(20)} n=${m.n}  F1=${f3(m.f1)}  P=${f3(m.precision)}  R=${f3(m.recall)}`);
  if (perPage && m.perPage) {
    const rows = [...m.perPage].sort((a, b) => a.precision + a.recall - (b.precision + b.recall));
    for (const r of rows.slice(0, 10)) console.log(`    ${r.id.padEnd(40)}  P=${f3(r.precision)}  R=${f3(r.recall)}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const which = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--out') ?? 'all';
  const perPage = args.includes('--per-page');
  const baseline = args.includes('--baseline');
  const outIdx = args.indexOf('--out');
  const outDir = outIdx >= 0 ? args[outIdx + 1] : mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  mkdirSync(outDir, { recursive: true });
  if (!existsSync(TOOLS_DIR)) {
    console.error(`shared data not found at ${SHARED_DIR}`);
    process.exit(2);
  }
  const extractors: [string, Extractor][] = [['ours', ours]];
  if (baseline) extractors.push(['readability-linkedom', readabilityLinkedom]);
  for (const [name, ex] of extractors) {
    if (which === 'aeb' || which === 'all') await evalAeb(name, ex, outDir, perPage);
    if (which === 'segments' || which === 'all') await evalSegments(name, ex, outDir, perPage);
    if (which === 'readability' || which === 'all') await evalReadabilityPages(name, ex, outDir, perPage);
  }
  if (which === 'text' || which === 'all') await evalAeb('ours', oursOnScrapedText, outDir, perPage, 'text');
  if (which === 'text-segments' || which === 'all') await evalSegments('ours', oursOnScrapedText, outDir, perPage, 'text-segm');
  console.log(`predictions in ${outDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
