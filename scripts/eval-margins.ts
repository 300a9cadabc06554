// How well the tagger's type margin (src/nlp/ner/margins.ts) tells a span typed right from one typed wrong: the
// spans of a CoNLL file by margin band, with the share exactly right (same tokens and type as the gold).
//   npx tsx scripts/eval-margins.ts [--data FILE] [--bands 0,48,128]
// Default data: ../shared/data/ner/conll2003/eng.testa. NORP counts as MISC, as CoNLL annotates it.
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { readConll } from '../src/nlp/ner/conll.js';
import { loadNerModel, tagsToSpans } from '../src/nlp/ner/index.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const opts = new Command()
  .option('--data <file>', 'CoNLL file to tag', SHARED + 'data/ner/conll2003/eng.testa')
  .option('--bands <list>', 'lower bounds of the margin bands', '0,48,128')
  .parse()
  .opts();

const model = loadNerModel();
const bands = String(opts.bands).split(',').map(Number);
const counts = bands.map(() => ({ spans: 0, right: 0 }));
const conllType = (t: string) => (t === 'PERSON' ? 'PER' : t === 'NORP' ? 'MISC' : t);
for (const doc of readConll(opts.data).docs) {
  const tagged = model.spansWithMargins(doc.map((s) => s.tokens));
  tagged.forEach((spans, k) => {
    const gold = tagsToSpans(doc[k].tags);
    for (const s of spans) {
      let b = bands.length - 1;
      while (b > 0 && s.typeMargin < bands[b]) b--;
      counts[b].spans++;
      if (gold.some((g) => g.start === s.start && g.end === s.end && g.type === conllType(s.type))) counts[b].right++;
    }
  });
}
bands.forEach((lo, b) => {
  const hi = b + 1 < bands.length ? bands[b + 1] : '∞';
  const { spans, right } = counts[b];
  console.log(`margin [${lo}, ${hi}): ${spans} spans, ${right} right = ${spans ? (right / spans).toFixed(3) : '-'}`);
});
