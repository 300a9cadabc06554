// Review aid for the scraped-text cleaner on the Ukraine web crawl (60 scraped articles with clutter):
// prints, per article, how many lines were removed at the head, in the body and at the tail, and the removed
// lines themselves, so precision can be judged by eye.
//
//   npx tsx src/extract/text/eval-webcrawl.ts [--summary] [--kept] [--id <part of id>] [--no-hints] [--file <jsonl>]
//
// --summary   one line per article; --kept  also print the kept lines; --no-hints  run without title/url.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { traceText } from './index.js';

interface Rec {
  id: string;
  url?: string;
  title?: string;
  text?: string;
  labels?: { likely_non_article_or_off_topic?: boolean };
}

const DEFAULT_FILE = fileURLToPath(new URL('../../../../shared/data/corpora/ukraine/webcrawl_2026.jsonl', import.meta.url));
const LINE_WIDTH = 150;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const file = arg('--file') ?? DEFAULT_FILE;
  if (!existsSync(file)) {
    console.error(`no data at ${file}`);
    process.exit(1);
  }
  const summary = process.argv.includes('--summary');
  const showKept = process.argv.includes('--kept');
  const noHints = process.argv.includes('--no-hints');
  const only = arg('--id');
  const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
  const totals = { articles: 0, lines: 0, head: 0, body: 0, tail: 0, inChars: 0, outChars: 0 };
  recs.forEach((rec, n) => {
    if (only && !rec.id.includes(only)) return;
    const text = rec.text ?? '';
    const hints = noHints ? {} : { title: rec.title, url: rec.url };
    const t0 = performance.now();
    const trace = traceText(text, hints);
    const ms = performance.now() - t0;
    const removed = { head: 0, body: 0, tail: 0 };
    for (const u of trace.units) if (!u.kept) removed[u.position]++;
    const a = trace.article;
    totals.articles++;
    totals.lines += trace.units.length;
    totals.head += removed.head;
    totals.body += removed.body;
    totals.tail += removed.tail;
    totals.inChars += text.length;
    totals.outChars += a.text.length;
    const flag = rec.labels?.likely_non_article_or_off_topic ? ' [non-article]' : '';
    console.log(
      `#${n} ${rec.id}${flag} layout=${trace.layout} lines=${trace.units.length} removed head=${removed.head} body=${removed.body} tail=${removed.tail} ` +
        `chars ${a.text.length}/${text.length} (${ms.toFixed(1)} ms)`,
    );
    if (summary) return;
    console.log(`   title: ${a.title}\n   outlet: ${a.outlet}  published: ${a.published}  byline: ${a.byline.join('; ')}  warnings: ${a.warnings.join('; ')}`);
    const blockKinds = a.blocks.map((b) => b.kind[0]).join('');
    console.log(`   blocks: ${blockKinds}`);
    for (const u of trace.units) {
      if (u.kept && !showKept) continue;
      const tag = u.kept ? 'K' : u.position === 'head' ? 'H' : u.position === 'tail' ? 'T' : 'M';
      console.log(`   ${tag} ${u.verdict}/${u.reason}: ${u.text.slice(0, LINE_WIDTH)}`);
    }
    console.log('');
  });
  console.log(
    `TOTAL articles=${totals.articles} lines=${totals.lines} removed head=${totals.head} body=${totals.body} tail=${totals.tail} ` +
      `chars kept ${totals.outChars}/${totals.inChars} (${((totals.outChars / Math.max(1, totals.inChars)) * 100).toFixed(1)}%)`,
  );
}

process.stdout.on('error', () => process.exit(0));
main();
