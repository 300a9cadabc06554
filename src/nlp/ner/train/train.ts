// Training of the two-stage tagger: lexicon (clusters, case profiles, gazetteers), stage 1 on token features,
// stage 2 on token + document features computed from cross-validated stage-1 predictions.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ConllFile } from '../conll.js';
import { documentFeatures, withExtra } from '../doc-features.js';
import { predictConll, scoreSpans } from '../evaluate.js';
import { FeatureIndex } from '../feature-index.js';
import { sentenceFeatures, type SentenceFeatures } from '../features.js';
import { Lexicon, type LexiconData } from '../lexicon.js';
import { decodeSentence, featureRows, NerModel, type Stage } from '../model.js';
import { loadTrainSet, type TrainDoc, type TrainSetUse } from './datasets.js';
import { buildGazetteer } from './gazetteers.js';
import { trainPerceptron, type Instance } from './perceptron.js';
import { rawSentences } from './raw-text.js';
import { rng, shuffle } from '../../rng.js';
import { buildClusters, type ClusterResult } from './word-clusters.js';

export interface TrainConfig {
  nerDir: string;
  corporaDir: string;
  /** Sets, each with its repeat count; copies of a document share one cross-validation fold. */
  sets: TrainSetUse[];
  epochs: number;
  stage2: boolean;
  folds: number;
  foldEpochs: number;
  seed: number;
  minFeatureCount: number;
  /** Optional file to reuse the induced clusters between runs (they depend on the raw text, training sets and seed). */
  clusterCache?: string;
  /** Scored every 4 epochs and after the last, for reporting only (never trained on). */
  dev?: ConllFile;
  log: (msg: string) => void;
}

/**
 * Distinct hashes occurring ≥ minCount times over all sentences (sort + run-length, no Map), most frequent
 * first: frequent features then share a small, cache-resident block of weight rows.
 */
function featureDictionary(feats: SentenceFeatures[], minCount: number): FeatureIndex {
  let total = 0;
  for (const f of feats) total += f.hashes.length;
  const all = new Uint32Array(total);
  let m = 0;
  for (const f of feats) { all.set(f.hashes, m); m += f.hashes.length; }
  all.sort();
  const keep: number[] = [], counts: number[] = [];
  for (let i = 0; i < total; ) {
    let j = i;
    while (j < total && all[j] === all[i]) j++;
    if (j - i >= minCount) { keep.push(all[i]); counts.push(j - i); }
    i = j;
  }
  const order = keep.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || keep[a] - keep[b]);
  return FeatureIndex.build(order.map(i => keep[i]));
}

function instances(feats: SentenceFeatures[], sents: TrainDoc, index: FeatureIndex): Instance[] {
  return feats.map((f, k) => ({ offsets: f.offsets, rows: featureRows(index, f), gold: sents[k].gold, allowed: sents[k].allowed }));
}

function clusters(cfg: TrainConfig, docs: TrainDoc[]): ClusterResult {
  if (cfg.clusterCache && existsSync(cfg.clusterCache)) {
    const c = JSON.parse(readFileSync(cfg.clusterCache, 'utf8'));
    cfg.log(`clusters: from cache ${cfg.clusterCache}`);
    return { words: c.words, ids: c.ids.map((a: number[]) => Uint16Array.from(a)), caseWords: c.caseWords, caseClasses: Uint8Array.from(c.caseClasses) };
  }
  function* text() {
    yield* rawSentences(cfg.corporaDir);
    for (const d of docs) for (const s of d) yield s.tokens;
  }
  const r = buildClusters(text(), cfg.seed, cfg.log);
  if (cfg.clusterCache) {
    writeFileSync(cfg.clusterCache, JSON.stringify({ words: r.words, ids: r.ids.map(a => Array.from(a)), caseWords: r.caseWords, caseClasses: Array.from(r.caseClasses) }));
  }
  return r;
}

export async function trainNer(cfg: TrainConfig): Promise<NerModel> {
  const t0 = Date.now();
  const log = (s: string) => cfg.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
  const gaz = await buildGazetteer();
  log(`gazetteer: ${gaz.phrases.length} phrases`);
  // Each document once (`unique`), then the training sequence with repeated sets (`docs`, `origin` = index in unique).
  const unique: TrainDoc[] = [];
  const docs: TrainDoc[] = [];
  const origin: number[] = [];
  for (const use of cfg.sets) {
    const loaded = loadTrainSet(cfg.nerDir, use.name, gaz.demonyms);
    const base = unique.length;
    unique.push(...loaded);
    for (let r = 0; r < use.times; r++) loaded.forEach((d, i) => { docs.push(d); origin.push(base + i); });
  }
  const sents = docs.flat();
  const setNames = cfg.sets.map(u => (u.times > 1 ? `${u.name}*${u.times}` : u.name));
  log(`training data: ${setNames.join('+')}: ${unique.length} docs (${docs.length} with repeats), ${sents.length} sentences, ${sents.reduce((a, s) => a + s.tokens.length, 0)} tokens`);
  const cl = clusters({ ...cfg, log }, unique);
  const lexData: LexiconData = {
    clusterWords: cl.words, clusterIds: cl.ids, caseWords: cl.caseWords, caseClasses: cl.caseClasses,
    gazPhrases: gaz.phrases, gazMasks: gaz.masks,
  };
  const lex = new Lexicon(lexData);
  const uniqueFeats = unique.map(d => d.map(s => sentenceFeatures(s.tokens, lex)));
  const baseByDoc = origin.map(o => uniqueFeats[o]);
  log('features extracted');

  const evalDev = (stage1: Stage, stage2: Stage | null, tag: string) => {
    if (!cfg.dev) return;
    const model = NerModel.fromStages(lex, stage1, stage2);
    const r = scoreSpans(cfg.dev, predictConll(model, cfg.dev));
    const types = Object.entries(r.byType).map(([t, p]) => `${t} ${(100 * p.f1).toFixed(2)}`).join(', ');
    log(`${tag} dev F1 ${(100 * r.overall.f1).toFixed(2)} (${types})`);
  };

  const trainStage = (feats: SentenceFeatures[], sentsOf: TrainDoc, epochs: number, seed: number, onEpoch?: (st: Stage, epoch: number) => void): Stage => {
    const index = featureDictionary(feats, cfg.minFeatureCount);
    const data = instances(feats, sentsOf, index);
    const numRows = index.size;
    const weights = trainPerceptron(data, numRows, {
      epochs,
      seed,
      onEpoch: onEpoch && ((e, mistakes, avg) => { log(`epoch ${e}: ${mistakes} sentences wrong`); onEpoch({ index, weights: avg() }, e); }),
    });
    return { index, weights };
  };

  const allBase = baseByDoc.flat();
  log(`stage 1: ${allBase.length} sentences`);
  const stage1 = trainStage(allBase, sents, cfg.epochs, cfg.seed, (st, e) => {
    if (e === cfg.epochs || e % 4 === 0) evalDev(st, null, `stage 1 epoch ${e}`);
  });
  log(`stage 1: ${stage1.index.size} features`);
  if (!cfg.stage2) return NerModel.fromStages(lex, stage1, null, { trainedOn: setNames, seed: cfg.seed });

  // Cross-validated stage-1 labels for every training document; the copies of a document share its fold, so no
  // fold's model has seen a document it labels.
  const order = shuffle(unique.map((_, i) => i), rng(cfg.seed + 1));
  const foldOfUnique = new Int32Array(unique.length);
  order.forEach((d, k) => (foldOfUnique[d] = k % cfg.folds));
  const fold = Int32Array.from(origin, o => foldOfUnique[o]);
  const cvLabels: Int32Array[][] = docs.map(() => []);
  for (let f = 0; f < cfg.folds; f++) {
    const trainIdx = docs.map((_, i) => i).filter(i => fold[i] !== f);
    const st = trainStage(trainIdx.flatMap(i => baseByDoc[i]), trainIdx.flatMap(i => docs[i]), cfg.foldEpochs, cfg.seed + 10 + f);
    for (let d = 0; d < docs.length; d++) if (fold[d] === f) cvLabels[d] = baseByDoc[d].map(x => decodeSentence(st, x));
    log(`fold ${f + 1}/${cfg.folds} done`);
  }
  const fullByDoc = docs.map((d, i) => {
    const extra = documentFeatures(d.map(s => s.tokens), cvLabels[i]);
    return baseByDoc[i].map((f, k) => withExtra(f, extra[k]));
  });
  const stage2 = trainStage(fullByDoc.flat(), sents, cfg.epochs, cfg.seed + 2, (st, e) => {
    if (e === cfg.epochs || e % 4 === 0) evalDev(stage1, st, `stage 2 epoch ${e}`);
  });
  log(`stage 2: ${stage2.index.size} features`);
  return NerModel.fromStages(lex, stage1, stage2, { trainedOn: setNames, seed: cfg.seed });
}
