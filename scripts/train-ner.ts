// Trains the NER model from ../shared/data/ner (+ raw text of ../shared/data/corpora and npm gazetteers)
// and writes models/ner-en.bin.gz. Reproducible: every shuffle and initialisation is seeded.
//   npx tsx scripts/train-ner.ts [--sets conll[,wikigoldA*N,wikiann,re3d]] [--epochs N] [--no-stage2] [--out FILE]
//        [--dev] (score eng.testa after some epochs; report only) [--cluster-cache FILE] [--seed N]
import { statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { readConll } from '../src/nlp/ner/conll.js';
import { DEFAULT_MODEL_FILE, TRAIN } from '../src/nlp/ner/settings.js';
import { parseTrainSets } from '../src/nlp/ner/train/datasets.js';
import { trainNer } from '../src/nlp/ner/train/train.js';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const REPO = fileURLToPath(new URL('../', import.meta.url));

const opts = new Command()
  .option('--sets <list>', 'training sets, comma-separated (name*N repeats a set N times): conll, wikigoldA, wikiann, re3d', TRAIN.sets.join(','))
  .option('--epochs <n>', 'perceptron epochs', String(TRAIN.epochs))
  .option('--fold-epochs <n>', 'epochs of the cross-validation models', String(TRAIN.crossValidationEpochs))
  .option('--folds <n>', 'cross-validation folds for stage 2', String(TRAIN.crossValidationFolds))
  .option('--min-count <n>', 'minimum feature count', String(TRAIN.minFeatureCount))
  .option('--no-stage2', 'train stage 1 only')
  .option('--seed <n>', 'random seed', String(TRAIN.seed))
  .option('--out <file>', 'model file', REPO + DEFAULT_MODEL_FILE)
  .option('--dev', 'score ../shared eng.testa during training (report only)')
  .option('--cluster-cache <file>', 'reuse induced word clusters from/to this file')
  .parse()
  .opts();

const sets = parseTrainSets(String(opts.sets));
const t0 = Date.now();
const model = await trainNer({
  nerDir: SHARED + 'data/ner',
  corporaDir: SHARED + 'data/corpora',
  sets,
  epochs: Number(opts.epochs),
  stage2: opts.stage2 !== false,
  folds: Number(opts.folds),
  foldEpochs: Number(opts.foldEpochs),
  seed: Number(opts.seed),
  minFeatureCount: Number(opts.minCount),
  clusterCache: opts.clusterCache,
  dev: opts.dev ? readConll(SHARED + 'data/ner/conll2003/eng.testa') : undefined,
  log: s => console.log(s),
});
const bytes = model.encode();
writeFileSync(opts.out, bytes);
console.log(`wrote ${opts.out} (${(statSync(opts.out).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
