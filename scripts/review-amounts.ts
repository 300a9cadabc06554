// Precision review by eye: prints the amounts found in N random articles with their context.
// Usage: npx tsx scripts/review-amounts.ts [reuters|webcrawl|press] [N=10] [seed=1]
import { tokensComponent } from '../src/nlp/tokens/index.js';
import { Doc } from '../src/doc/doc.js';
import { extractAmounts } from '../src/nlp/amounts/extract.js';
import { type CorpusName, readCorpus, sample } from '../bench/corpora.js';

const [name = 'reuters', n = '10', seed = '1'] = process.argv.slice(2);
const texts = readCorpus(name as CorpusName);
if (!texts) {
  console.error(`corpus ${name} not found under ../shared`);
  process.exit(1);
}
const CONTEXT = 45;
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
let total = 0;
for (const t of sample(texts, Number(n), Number(seed))) {
  const doc = new Doc(t.text, { source: t.id, url: null, outlet: null, title: '', byline: [], published: null, language: 'en' });
  tokensComponent.run(doc);
  const amounts = extractAmounts(doc.text, doc.tokens);
  total += amounts.length;
  console.log(`\n=== ${t.id} (${amounts.length})`);
  for (const a of amounts) {
    const left = oneLine(doc.text.slice(Math.max(0, a.start - CONTEXT), a.start));
    const right = oneLine(doc.text.slice(a.end, a.end + CONTEXT));
    const v = a.value !== undefined && a.value !== null ? `${a.value}` : `${a.min}..${a.max}`;
    const bounds = a.value != null && (a.min != null || a.max != null) ? (a.min != null ? ' ≥' : ' ≤') : '';
    const attrs = [a.currency, a.unit, a.object && `obj=${a.object}`].filter(Boolean).join(' ');
    console.log(`  ${v}${bounds} ${attrs}`.padEnd(46) + ` …${left}[${oneLine(a.text)}]${right}…`);
  }
}
console.log(`\n${total} amounts`);
