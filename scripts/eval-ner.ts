// Tags a CoNLL file with the NER model, writes the prediction file of ../shared/tools/README.md (gold line +
// predicted tag) and prints the figures of ../shared/tools/score-ner.mjs, plus tagging speed.
//   npx tsx scripts/eval-ner.ts [--data FILE] [--out PRED] [--model FILE] [--json] [--passes N]
// Default data: ../shared/data/ner/conll2003/eng.testa. Types are written in CoNLL names (PER, ORG, LOC, MISC;
// NORP is written as MISC, which is how CoNLL annotates nationalities). Same as `dossier eval ner`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { evaluateNerFile } from '../src/nlp/ner/eval.js';
import { DEFAULT_MODEL_PATH } from '../src/nlp/ner/index.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

const opts = new Command()
  .option('--data <file>', 'CoNLL file to tag', SHARED + 'data/ner/conll2003/eng.testa')
  .option('--out <file>', 'prediction file to write (default: a temp file)')
  .option('--model <file>', 'model file', fileURLToPath(DEFAULT_MODEL_PATH))
  .option('--json', 'print the scorer JSON line')
  .option('--passes <n>', 'timed tagging passes (best = steady-state speed)', '3')
  .parse()
  .opts();

evaluateNerFile({
  data: opts.data,
  out: opts.out ?? join(mkdtempSync(join(tmpdir(), 'ner-eval-')), 'pred.conll'),
  model: opts.model,
  json: opts.json,
  passes: Number(opts.passes),
});
