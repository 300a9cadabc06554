// Tags a CoNLL file with the NER model, writes the prediction file of ../shared/tools/README.md (gold line +
// predicted tag) and prints the figures of ../shared/tools/score-ner.mjs, plus tagging speed.
//   npx tsx scripts/eval-ner.ts [--data FILE] [--half A|B] [--out PRED] [--model FILE] [--json] [--passes N]
// --half scores one fixed half of the file's documents (train/datasets.ts documentHalves): wikigold's half A is a
// training set (wikigoldA), its half B is held out.
// Default data: ../shared/data/ner/conll2003/eng.testa. Types are written in CoNLL names (PER, ORG, LOC, MISC;
// NORP is written as MISC, which is how CoNLL annotates nationalities). Same as `dossier eval ner`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { readConll } from '../src/nlp/ner/conll.js';
import { evaluateNerFile } from '../src/nlp/ner/eval.js';
import { conllHalfText } from '../src/nlp/ner/train/datasets.js';
import { DEFAULT_MODEL_PATH } from '../src/nlp/ner/index.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

const opts = new Command()
  .option('--data <file>', 'CoNLL file to tag', SHARED + 'data/ner/conll2003/eng.testa')
  .option('--half <A|B>', 'score only this half of the documents')
  .option('--out <file>', 'prediction file to write (default: a temp file)')
  .option('--model <file>', 'model file', fileURLToPath(DEFAULT_MODEL_PATH))
  .option('--json', 'print the scorer JSON line')
  .option('--passes <n>', 'timed tagging passes (best = steady-state speed)', '3')
  .parse()
  .opts();

const tmp = mkdtempSync(join(tmpdir(), 'ner-eval-'));
let data: string = opts.data;
if (opts.half) {
  if (opts.half !== 'A' && opts.half !== 'B') throw new Error('--half is A or B');
  data = join(tmp, `half-${opts.half}.conll`);
  writeFileSync(data, conllHalfText(readConll(opts.data), opts.half));
}
evaluateNerFile({
  data,
  out: opts.out ?? join(tmp, 'pred.conll'),
  model: opts.model,
  json: opts.json,
  passes: Number(opts.passes),
});
