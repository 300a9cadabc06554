// Every tunable constant of the NER tagger, in one place.

/** Entity types the model predicts. NORP = nationalities/demonyms (CoNLL files these under MISC). */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC', 'NORP'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Public type names returned by `model.tag` (the rest of Dossier speaks PERSON). */
export const PUBLIC_TYPE_NAME: Record<EntityType, string> = {
  PER: 'PERSON',
  ORG: 'ORG',
  LOC: 'LOC',
  MISC: 'MISC',
  NORP: 'NORP',
};

/** Model file committed under models/ (relative to the repo root). */
export const DEFAULT_MODEL_FILE = 'models/ner-en.bin.gz';

/** Affix lengths used as features (of the lower-cased word). */
export const AFFIX_LENGTHS = [1, 2, 3, 4] as const;

/** Word clusters: the number of clusters at each level of the hierarchy (coarse → fine), like Brown prefixes. */
export const CLUSTER_LEVELS = [16, 64, 256, 1024] as const;

/** Longest gazetteer entry matched, in tokens. */
export const GAZETTEER_MAX_TOKENS = 6;

/** Words longer than this get no word/affix features, only shape ones (defensive against junk tokens). */
export const MAX_WORD_FEATURE_LENGTH = 40;

/** Run time: most memoised feature-group sums kept (× 168 bytes: 67 MB) before the memo starts over: room for about
 *  40k distinct words, so that text of many new words (a list of names, a dump) does not start over every few pages. */
export const MEMO_MAX_SLOTS = 400_000;

/** Run time: a "sentence" longer than this many tokens (no real one is: CoNLL's longest has 124) is a run with no
 *  sentence end (a list, a table, junk, one word repeated) and is tagged in pieces of this length, so that the
 *  tagger's per-sentence buffers stay bounded whatever the input. */
export const MAX_TAGGED_SENTENCE_TOKENS = 1000;

/** Run time: the stage-2 base scores of a document's first this many tokens are kept between the tagger's two passes
 *  (84 bytes a token: 21 MB at most, about 1.4 MB of dense text); the sentences after them score their features
 *  again in the second pass (30–50 % slower on text where most words are new), so that memory does not grow with
 *  the document. */
export const STAGE2_KEPT_TOKENS = 250_000;

/** Training. */
export const TRAIN = {
  /** Seed of every shuffle. */
  seed: 20240611,
  /** Training sets (see train/datasets.ts; "name*N" repeats one). Half A of our annotated news and releases lifts
   *  held-out news by 11 F1 and releases by 17; CoNLL twice keeps its conventions' weight (eng.testa 93.74).
   *  WikiANN/re3d cost CoNLL dev F1; wikigoldA moves news figures no more than the seed does (README). */
  sets: ['conll*2', 'newsA'],
  /** Passes of the structured perceptron over the training sentences. */
  epochs: 10,
  /** A feature must occur this often in the training data to get weights. */
  minFeatureCount: 1,
  /** Stage-2 (document features) is trained on stage-1 predictions made by models that did not see the doc. */
  crossValidationFolds: 4,
  /** Epochs of each cross-validation stage-1 model (only used to produce stage-2 inputs). */
  crossValidationEpochs: 6,
} as const;

/** Word-cluster induction from raw text. */
export const CLUSTERS = {
  /** Words seen fewer times than this get no cluster. */
  minCount: 4,
  /** At most this many words get a cluster (most frequent first). */
  maxWords: 80000,
  /** Context vocabulary: the most frequent words used as left/right context dimensions. */
  contextWords: 3000,
  /** Dimension of the truncated SVD of the PPMI word × context matrix. */
  dims: 100,
  /** Power iterations of the randomized SVD. */
  powerIterations: 2,
  /** k-means iterations at the finest level. */
  kmeansIterations: 12,
  /** The case profile (typical capitalisation) is kept for words seen at least this often in mixed-case text. */
  caseMinCount: 3,
} as const;
