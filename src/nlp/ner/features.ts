// Token features of one sentence, as 32-bit hashes: template id mixed with the value's hash.
// Atoms (word forms, shapes, clusters…) are hashed once per token; templates only mix integers.
import { hashString, mix, mix3 } from './hash.js';
import { GAZ_CATEGORIES, type Lexicon } from './lexicon.js';
import { AFFIX_LENGTHS, MAX_WORD_FEATURE_LENGTH } from './settings.js';
import { caseClass, isAllCapsSentence, longShape, normWord, shortShape } from './word-shape.js';

/** Feature hashes of a sentence: token i owns hashes[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  offsets: Int32Array;
  hashes: Uint32Array;
}

// Template ids. Append new ones at the end: the numbers are part of the trained model.
const T = {
  bias: 1, word: 2, lower: 3, lowerPrev: 4, lowerNext: 5, lowerPrev2: 6, lowerNext2: 7, bigramPrev: 8, bigramNext: 9,
  shape: 10, longShape: 11, shapePrev: 12, shapeNext: 13, shapeTri: 14, shapeBiPrev: 15, shapeBiNext: 16,
  prefix: 17, suffix: 18, cluster: 19, clusterPrev: 20, clusterNext: 21, clusterPrev2: 22, clusterNext2: 23,
  firstShape: 24, capsShape: 25, typicalCase: 26, typicalCaseFirst: 27, typicalCaseCaps: 28, gaz: 29, gazPrev: 30,
  gazNext: 31, prevLowerShape: 32, nextLowerShape: 33, singleton: 34, noCluster: 35, typicalCasePrev: 36,
  typicalCaseNext: 37, caseClass: 38, clusterShape: 39, lastShape: 40, clusterBiPrev: 41, clusterBiNext: 42,
  gazShape: 43, sentLen: 44,
} as const;

const PAD_PREV = hashString('<s>');
const PAD_NEXT = hashString('</s>');
const NONE = hashString('<none>');

const hashCache = new Map<string, number>();
/** String hash with a small memo: word forms repeat a lot. */
function h(s: string): number {
  let v = hashCache.get(s);
  if (v === undefined) {
    v = hashString(s);
    if (hashCache.size > 200000) hashCache.clear();
    hashCache.set(s, v);
  }
  return v;
}

export function sentenceFeatures(tokens: string[], lex: Lexicon): SentenceFeatures {
  const n = tokens.length;
  const allCaps = isAllCapsSentence(tokens);
  const P = 2; // padding on each side of the atom arrays
  const lower = new Uint32Array(n + 2 * P), shape = new Uint32Array(n + 2 * P), tcase = new Uint32Array(n + 2 * P);
  const levels = lex.levels;
  const clus = new Uint32Array((n + 2 * P) * levels);
  for (let k = 0; k < P; k++) {
    lower[k] = shape[k] = tcase[k] = PAD_PREV;
    lower[n + P + k] = shape[n + P + k] = tcase[n + P + k] = PAD_NEXT;
    for (let l = 0; l < levels; l++) { clus[k * levels + l] = PAD_PREV; clus[(n + P + k) * levels + l] = PAD_NEXT; }
  }
  const lowers: string[] = new Array(n);
  const clusterIdx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const w = tokens[i];
    const lw = normWord(w);
    lowers[i] = w.toLowerCase();
    lower[i + P] = h(lw);
    shape[i + P] = h(shortShape(w));
    tcase[i + P] = lex.typicalCase(lowers[i]) + 1;
    const ci = lex.clusterIndex(w, allCaps);
    clusterIdx[i] = ci;
    for (let l = 0; l < levels; l++) clus[(i + P) * levels + l] = ci < 0 ? NONE : lex.clusterAt(ci, l) + 1 + l * 65536;
  }
  const gaz = lex.matchGazetteer(lowers);

  const offsets = new Int32Array(n + 1);
  let out = new Uint32Array(n * 96);
  let m = 0;
  const add = (v: number) => {
    if (m === out.length) { const bigger = new Uint32Array(out.length * 2); bigger.set(out); out = bigger; }
    out[m++] = v;
  };
  const sentLen = n === 1 ? 1 : n <= 3 ? 2 : n <= 8 ? 3 : 4;
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const w = tokens[i];
    const j = i + P;
    const sh = shape[j];
    add(T.bias);
    add(mix(T.sentLen, sentLen * 16 + (allCaps ? 1 : 0)));
    add(mix(T.shape, sh));
    add(mix(T.longShape, h(longShape(w))));
    add(mix(T.caseClass, caseClass(w)));
    add(mix(T.shapePrev, shape[j - 1]));
    add(mix(T.shapeNext, shape[j + 1]));
    add(mix3(T.shapeTri, mix(shape[j - 1], sh), shape[j + 1]));
    add(mix3(T.shapeBiPrev, shape[j - 1], sh));
    add(mix3(T.shapeBiNext, sh, shape[j + 1]));
    if (i === 0) add(mix(T.firstShape, sh));
    if (i === n - 1) add(mix(T.lastShape, sh));
    if (n === 1) add(mix(T.singleton, sh));
    if (allCaps) add(mix(T.capsShape, sh));
    if (w.length <= MAX_WORD_FEATURE_LENGTH) {
      add(mix(T.word, h(w)));
      add(mix(T.lower, lower[j]));
      const lw = lowers[i];
      for (const k of AFFIX_LENGTHS) {
        if (lw.length < k) break;
        add(mix3(T.prefix, k, h(lw.slice(0, k))));
        add(mix3(T.suffix, k, h(lw.slice(lw.length - k))));
      }
    }
    add(mix(T.lowerPrev, lower[j - 1]));
    add(mix(T.lowerNext, lower[j + 1]));
    add(mix(T.lowerPrev2, lower[j - 2]));
    add(mix(T.lowerNext2, lower[j + 2]));
    add(mix3(T.bigramPrev, lower[j - 1], lower[j]));
    add(mix3(T.bigramNext, lower[j], lower[j + 1]));
    add(mix3(T.prevLowerShape, lower[j - 1], sh));
    add(mix3(T.nextLowerShape, sh, lower[j + 1]));
    // Typical capitalisation of the word elsewhere: tells a headline's "LONDON" from "TAKE".
    const tc = tcase[j];
    add(mix(T.typicalCase, tc));
    add(mix3(T.typicalCaseFirst, tc, (i === 0 ? 2 : 1) * 16 + caseClass(w)));
    if (allCaps) add(mix(T.typicalCaseCaps, tc));
    add(mix3(T.typicalCasePrev, tcase[j - 1], tc));
    add(mix3(T.typicalCaseNext, tc, tcase[j + 1]));
    // Word clusters: every level for the token and its neighbours, fine levels further out.
    if (clusterIdx[i] < 0) add(mix(T.noCluster, sh));
    for (let l = 0; l < levels; l++) {
      add(mix(T.cluster, clus[j * levels + l]));
      add(mix(T.clusterPrev, clus[(j - 1) * levels + l]));
      add(mix(T.clusterNext, clus[(j + 1) * levels + l]));
      if (l >= levels - 2) {
        add(mix(T.clusterPrev2, clus[(j - 2) * levels + l]));
        add(mix(T.clusterNext2, clus[(j + 2) * levels + l]));
      }
    }
    const midLevel = Math.max(0, levels - 2);
    add(mix3(T.clusterShape, clus[j * levels + midLevel], sh));
    add(mix3(T.clusterBiPrev, clus[(j - 1) * levels + midLevel], clus[j * levels + midLevel]));
    add(mix3(T.clusterBiNext, clus[j * levels + midLevel], clus[(j + 1) * levels + midLevel]));
    // Gazetteers: category + BILOU position of the longest match, and presence around the token.
    for (const code of gaz[i]) {
      add(mix(T.gaz, code + 1));
      add(mix3(T.gazShape, code + 1, sh));
    }
    if (i > 0) for (const code of gaz[i - 1]) add(mix(T.gazPrev, code + 1));
    if (i < n - 1) for (const code of gaz[i + 1]) add(mix(T.gazNext, code + 1));
  }
  offsets[n] = m;
  return { offsets, hashes: out.subarray(0, m) };
}

export const NUM_GAZ_CATEGORIES = GAZ_CATEGORIES.length;
