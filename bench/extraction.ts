// Speed of HTML body extraction on the 85 AEB dev pages: our extractHtml vs Readability + linkedom vs
// Readability + jsdom. Pages are decompressed and decoded in memory first; each extractor gets a warm-up pass,
// then timed passes over all pages, one after the other on this one thread.
//   npx tsx bench/extraction.ts            (also imported by bench/index.ts)
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/extract/html/index.js';
import { loadAebPages, type Page } from '../scripts/eval-extraction.js';

/** Timed passes per extractor after a warm-up over the first `warmup` pages; jsdom is ~50× slower, so it gets
 *  one pass and a short warm-up (its figure is the baseline's baseline, not the target). */
const PASSES = 5;
const JSDOM_PASSES = 1;
const WARMUP_PAGES = 85;
const JSDOM_WARMUP_PAGES = 10;

interface Contender {
  name: string;
  passes: number;
  warmup: number;
  run: (page: Page) => unknown;
}

// jsdom ships no types (dev-only baseline): the two members used here
interface JsdomModule {
  JSDOM: new (html: string, opts: object) => { window: { document: Document } };
  VirtualConsole: new () => object;
}
const jsdom = createRequire(import.meta.url)('jsdom') as JsdomModule;
const quietConsole = new jsdom.VirtualConsole(); // do not print CSS parse errors of real pages

const CONTENDERS: Contender[] = [
  { name: 'dossier extractHtml', passes: PASSES, warmup: WARMUP_PAGES, run: (p) => extractHtml(p.html, { url: p.url }) },
  {
    name: 'readability+linkedom',
    passes: PASSES,
    warmup: WARMUP_PAGES,
    run: (p) => new Readability(parseHTML(p.html).document as unknown as Document).parse(),
  },
  {
    name: 'readability+jsdom',
    passes: JSDOM_PASSES,
    warmup: JSDOM_WARMUP_PAGES,
    run: (p) => new Readability(new jsdom.JSDOM(p.html, { url: p.url, virtualConsole: quietConsole }).window.document).parse(),
  },
];

function timePages(pages: Page[], c: Contender): number {
  for (const p of pages.slice(0, c.warmup)) c.run(p);
  // CPU time, not wall time: other jobs on a shared machine then do not tilt the comparison.
  const t0 = process.cpuUsage();
  for (let k = 0; k < c.passes; k++) for (const p of pages) c.run(p);
  const t = process.cpuUsage(t0);
  const seconds = (t.user + t.system) / 1e6;
  return (pages.length * c.passes) / seconds;
}

export async function benchExtraction(): Promise<{ rows: { name: string; pagesPerSec: number }[] }> {
  const pages = loadAebPages();
  const rows = CONTENDERS.map((c) => ({ name: c.name, pagesPerSec: timePages(pages, c) }));
  return { rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchExtraction()
    .then(({ rows }) => {
      const base = rows.find((r) => r.name === 'readability+linkedom')?.pagesPerSec ?? NaN;
      console.log(`HTML extraction, ${loadAebPages().length} AEB pages, single thread`);
      for (const r of rows) {
        console.log(`  ${r.name.padEnd(22)} ${r.pagesPerSec.toFixed(1).padStart(8)} pages/s   ×${(r.pagesPerSec / base).toFixed(2)} vs readability+linkedom`);
      }
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
