// Trains the quote cue detector (src/nlp/quotes/cue-model.ts) on PolNeAR train and writes models/quotes-cues.json.
// Reproducible: tokenisation is deterministic and the training shuffle is seeded.
//   npx tsx scripts/train-quotes.ts [--data FILE] [--out FILE] [--docs N] [--epochs N] [--threshold P] [--veto P]
//   npx tsx scripts/train-quotes.ts --cues        (list the gold cues of the data with their frequency and rate)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { Doc } from '../src/doc/doc.js';
import { tokensComponent } from '../src/nlp/tokens/index.js';
import { paragraphBlocks } from '../src/nlp/quotes/eval.js';
import { CUE_TRAIN_DEFAULTS, trainCueModel, type CueTrainDoc } from '../src/nlp/quotes/train-cues.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const REPO = fileURLToPath(new URL('../', import.meta.url));

const opts = new Command()
  .option('--data <file>', 'PolNeAR-format JSONL', `${SHARED}data/quotes/polnear_train.jsonl`)
  .option('--out <file>', 'model file', `${REPO}models/quotes-cues.json`)
  .option('--docs <n>', 'use the first N documents only', '0')
  .option('--epochs <n>', 'passes of the learner', String(CUE_TRAIN_DEFAULTS.epochs))
  .option('--threshold <p>', 'probability above which a non-lexicon verb is a cue', String(CUE_TRAIN_DEFAULTS.threshold))
  .option('--veto <p>', 'probability below which a lexicon verb is not a cue', String(CUE_TRAIN_DEFAULTS.veto))
  .option('--cues', 'list the gold cues (first word) with counts and the share of occurrences that are cues')
  .parse()
  .opts();

interface Row {
  doc_id: string;
  text: string;
  quotes: { cue: { start: number; end: number; text: string } | null }[];
}

const rows = readFileSync(opts.data, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);
const used = Number(opts.docs) > 0 ? rows.slice(0, Number(opts.docs)) : rows;

/** Code-point offset → UTF-16 offset (PolNeAR offsets are code points). */
function utf16Map(text: string): number[] {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}

if (opts.cues) {
  const counts = new Map<string, number>();
  const words = new Map<string, number>();
  for (const r of used) {
    for (const m of r.text.toLowerCase().matchAll(/[\p{L}’']+/gu)) words.set(m[0], (words.get(m[0]) ?? 0) + 1);
    for (const q of r.quotes) {
      const first = q.cue?.text.toLowerCase().match(/[\p{L}’']+/u)?.[0];
      if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
    }
  }
  for (const [w, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 200)) {
    process.stdout.write(`${w}\t${n}\t${(n / (words.get(w) ?? n)).toFixed(2)}\n`);
  }
  process.exit(0);
}

const started = Date.now();
const data: CueTrainDoc[] = used.map((r) => {
  const doc = new Doc(r.text, { source: r.doc_id, url: null, outlet: null, title: '', byline: [], published: null, language: 'en' }, paragraphBlocks(r.text));
  tokensComponent.run(doc);
  const map = utf16Map(r.text);
  return { doc, cues: r.quotes.filter((q) => q.cue).map((q) => ({ start: map[q.cue!.start], end: map[q.cue!.end] })) };
});
process.stdout.write(`${data.length} documents tokenised in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
const model = trainCueModel(
  data,
  { ...CUE_TRAIN_DEFAULTS, epochs: Number(opts.epochs), threshold: Number(opts.threshold), veto: Number(opts.veto) },
  (s) => process.stdout.write(s + '\n'),
);
model.trainedOn = `${opts.data.split('/').pop()} (${data.length} documents)`;
writeFileSync(opts.out, JSON.stringify(model) + '\n');
process.stdout.write(`wrote ${opts.out}: ${model.candidates.length} candidate words, ${Object.keys(model.weights).length} weights\n`);
