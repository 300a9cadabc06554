// Token features of one sentence, as 32-bit hashes: template id mixed with the value's hash.
// Everything about a word form (hashes of its forms, shape, clusters, its feature groups) is computed once per
// form and memoised; per sentence the templates only mix integers.
import { hashRange, hashString, mix, mix3 } from './hash.js';
import type { Lexicon } from './lexicon.js';
import { AFFIX_LENGTHS, MAX_WORD_FEATURE_LENGTH } from './settings.js';
import { caseClass, isAllCapsSentence, longShapeHash, normWordHash, shortShapeHash } from './word-shape.js';

/**
 * Feature hashes of a sentence: token i owns hashes[offsets[i] .. offsets[i+1]). The first of them come in
 * GROUPS_PER_TOKEN groups, concatenated in order: features of one word (the token itself, or a neighbour seen
 * from the token) that are the same object wherever that word recurs, so a model can memoise each group's
 * summed weights. The rest depend on the combination of words.
 */
export interface SentenceFeatures {
  offsets: Int32Array;
  hashes: Uint32Array;
  /** groups[i * GROUPS_PER_TOKEN + k]: the k-th group of token i. */
  groups?: FeatureGroup[];
  /** True when `hashes` leaves the groups' hashes out (run time: the model sums groups from their memo). */
  groupsOmitted?: boolean;
}

/**
 * Hashes of one word's features in one role: h[from, to) (all groups of a word share one array). `slot`/`owner`:
 * where a model memoised their summed weights (a row of its memo pool, valid while `owner` is the pool's current
 * generation).
 */
export interface FeatureGroup {
  h: Uint32Array;
  from: number;
  to: number;
  slot: number;
  owner: object | null;
}

/** Feature groups per token: the word itself, the words at -1, +1, -2, +2. */
export const GROUPS_PER_TOKEN = 5;

/** Most ungrouped hashes of a token besides its gazetteer ones (sentLen … clusterBiNext in sentenceFeatures). */
const TOKEN_FEATURES = 17;
const NO_CODES: readonly number[] = [];

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

/** Roles of a word's feature groups, in WordInfo.groups order; each in running text (+0) and in an all-caps
 *  sentence (+1). */
const SELF = 0, PREV = 2, NEXT = 4, PREV2 = 6, NEXT2 = 8;

/**
 * Everything about a word form that does not depend on its context, hashed once and memoised per lexicon. One
 * run of a shared slab holds the hashes of all its feature groups, then its cluster atoms per level (running text,
 * then an all-caps sentence): a few objects per word, not dozens.
 */
interface WordInfo {
  lowerStr: string;
  lower: number;
  shape: number;
  caseClass: number;
  typicalCase: number;
  /** Lexicon.gazWord of the lower-cased form. */
  gaz: number;
  /**
   * Feature groups of this word: as the token itself, as its left / right neighbour (±1), as the word two
   * before / after (±2); [running text, all-caps sentence] each (SELF, PREV, NEXT, PREV2, NEXT2 + caps).
   */
  groups: FeatureGroup[];
  /** The slab holding its hashes. */
  h: Uint32Array;
  /** Cluster atoms per level start at h[clusterAt] (running text) and h[clusterAt + levels] (all-caps sentence). */
  clusterAt: number;
}

/** Words whose features are memoised (~1.3 kB each): enough for the vocabulary of a long batch, cleared when full so
 *  that streaming any number of documents keeps it under ~105 MB (300,000 let it reach ~0.9 GB). 20,000 and 40,000
 *  started over inside one long text of new words: a 2.5–3× step in tagging time per doubling, at 400–800 kB and
 *  at 0.8–1.6 MB of them. */
const WORD_CACHE_LIMIT = 80000;
const wordCaches = new WeakMap<Lexicon, Map<string, WordInfo>>();

function clusterAtoms(lex: Lexicon, ci: number, out: Uint32Array): Uint32Array {
  if (out.length < lex.levels) out = new Uint32Array(lex.levels);
  for (let l = 0; l < lex.levels; l++) out[l] = ci < 0 ? NONE : lex.clusterAt(ci, l) + 1 + l * 65536;
  return out;
}

/** Words' hash arrays are cut from shared slabs of this many hashes (256 kB, ~800 words): one allocation per slab,
 *  not one per word. A slab is freed once no memoised word uses it. */
const SLAB_LENGTH = 1 << 16;
let slab = new Uint32Array(SLAB_LENGTH);
let slabUsed = 0;

/** Builds a word's hashes: groups are opened, filled with `push`, closed; `done` copies them into the current slab
 *  and makes the groups (offsets into the slab). One builder serves every word, emptied by `done`. */
class GroupBuilder {
  all = new Uint32Array(256);
  length = 0;
  private readonly bounds: number[] = [];
  open(): void {
    this.bounds.push(this.length);
  }
  close(): void {
    this.bounds.push(this.length);
  }
  push(v: number): void {
    if (this.length === this.all.length) {
      const bigger = new Uint32Array(this.all.length * 2);
      bigger.set(this.all);
      this.all = bigger;
    }
    this.all[this.length++] = v;
  }
  done(): { h: Uint32Array; base: number; groups: FeatureGroup[] } {
    if (slabUsed + this.length > slab.length) {
      slab = new Uint32Array(Math.max(SLAB_LENGTH, this.length));
      slabUsed = 0;
    }
    const h = slab, base = slabUsed;
    h.set(this.all.subarray(0, this.length), base);
    slabUsed += this.length;
    const groups: FeatureGroup[] = [];
    for (let k = 0; k < this.bounds.length; k += 2) groups.push({ h, from: base + this.bounds[k], to: base + this.bounds[k + 1], slot: -1, owner: null });
    this.length = 0;
    this.bounds.length = 0;
    return { h, base, groups };
  }
}

/** The neighbour groups (PREV … NEXT2, running text and caps) of a word, from its lower-case hash, shape and cluster
 *  atoms (cl[caps][level]). */
function neighbourGroups(b: GroupBuilder, lower: number, shape: number, cl: [ArrayLike<number>, ArrayLike<number>], levels: number): void {
  const group = (caps: number, lowerT: number, shapeT: number, clusterT: number, fromLevel: number) => {
    b.open();
    if (shapeT) b.push(mix(shapeT, shape));
    b.push(mix(lowerT, lower));
    for (let l = fromLevel; l < levels; l++) b.push(mix(clusterT, cl[caps][l]));
    b.close();
  };
  const both = (lowerT: number, shapeT: number, clusterT: number, fromLevel: number) => {
    group(0, lowerT, shapeT, clusterT, fromLevel);
    group(1, lowerT, shapeT, clusterT, fromLevel);
  };
  const far = Math.max(0, levels - 2);
  both(T.lowerPrev, T.shapePrev, T.clusterPrev, 0);
  both(T.lowerNext, T.shapeNext, T.clusterNext, 0);
  both(T.lowerPrev2, 0, T.clusterPrev2, far);
  both(T.lowerNext2, 0, T.clusterNext2, far);
}

const paddings = new WeakMap<Lexicon, [FeatureGroup[], FeatureGroup[]]>();
/** Feature groups of the virtual words before the start and after the end of a sentence (WordInfo.groups order,
 *  SELF left empty). */
function padding(lex: Lexicon): [FeatureGroup[], FeatureGroup[]] {
  let p = paddings.get(lex);
  if (!p) {
    const pad = (v: number): FeatureGroup[] => {
      const b = new GroupBuilder();
      b.open(); b.close(); b.open(); b.close();
      const atoms = new Array<number>(lex.levels).fill(v);
      neighbourGroups(b, v, v, [atoms, atoms], lex.levels);
      return b.done().groups;
    };
    p = [pad(PAD_PREV), pad(PAD_NEXT)];
    paddings.set(lex, p);
  }
  return p;
}

/** Scratch of wordInfo (emptied or overwritten for every word). */
const builder = new GroupBuilder();
const own: number[] = [];
const clusterIdx = new Int32Array(2);
/** Cluster atoms per level, in running text and in an all-caps sentence (typed: the atoms are uint32). */
const clusterScratch: Uint32Array[] = [new Uint32Array(8), new Uint32Array(8)];

function wordInfo(w: string, lex: Lexicon, cache: Map<string, WordInfo>): WordInfo {
  let info = cache.get(w);
  if (info) return info;
  const lowerStr = w.toLowerCase();
  const shape = shortShapeHash(w);
  own.length = 0;
  own.push(mix(T.longShape, longShapeHash(w)));
  const lowerHash = normWordHash(lowerStr);
  if (w.length <= MAX_WORD_FEATURE_LENGTH) {
    own.push(mix(T.word, hashString(w)), mix(T.lower, lowerHash));
    const len = lowerStr.length;
    for (const k of AFFIX_LENGTHS) {
      if (len < k) break;
      own.push(mix3(T.prefix, k, hashRange(lowerStr, 0, k)), mix3(T.suffix, k, hashRange(lowerStr, len - k, len)));
    }
  }
  lex.clusterIndexes(w, lowerStr, clusterIdx);
  const ci = clusterIdx[0], cc = clusterIdx[1];
  const cls = caseClass(w);
  const typicalCase = lex.typicalCase(lowerStr) + 1;
  const levels = lex.levels;
  const clusters = (clusterScratch[0] = clusterAtoms(lex, ci, clusterScratch[0]));
  const capsClusters = (clusterScratch[1] = clusterAtoms(lex, cc, clusterScratch[1]));
  const midLevel = Math.max(0, levels - 2);
  const b = builder;
  const intrinsic = (caps: boolean) => {
    const cl = caps ? capsClusters : clusters;
    b.open();
    b.push(T.bias);
    b.push(mix(T.shape, shape));
    b.push(mix(T.caseClass, cls));
    for (let k = 0; k < own.length; k++) b.push(own[k]);
    b.push(mix(T.typicalCase, typicalCase));
    if (caps) {
      b.push(mix(T.capsShape, shape));
      b.push(mix(T.typicalCaseCaps, typicalCase));
    }
    if ((caps ? cc : ci) < 0) b.push(mix(T.noCluster, shape));
    for (let l = 0; l < levels; l++) b.push(mix(T.cluster, cl[l]));
    b.push(mix3(T.clusterShape, cl[midLevel], shape));
    b.close();
  };
  intrinsic(false);
  intrinsic(true);
  neighbourGroups(b, lowerHash, shape, [clusters, capsClusters], levels);
  const clusterAt = b.length;
  for (let l = 0; l < levels; l++) b.push(clusters[l]);
  for (let l = 0; l < levels; l++) b.push(capsClusters[l]);
  const { h, base, groups } = b.done();
  info = { lowerStr, lower: lowerHash, shape, caseClass: cls, typicalCase, gaz: lex.gazWord(lowerStr), groups, h, clusterAt: base + clusterAt };
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(w, info);
  return info;
}

/**
 * Per-token arrays of sentenceFeatures, grown as needed and reused by the next call: a sentence's typed arrays cost
 * more to allocate (and for the garbage collector to free) than to fill. Nothing in them outlives one call.
 */
const PAD = 2; // padding on each side of the atom arrays
const scratch = {
  lower: new Uint32Array(0), shape: new Uint32Array(0), tcase: new Uint32Array(0), clus: new Uint32Array(0),
  gazWords: new Int32Array(0), lowers: [] as string[], infos: [] as WordInfo[],
  /** The run-time result (withGroupHashes false), read by NerModel before the next call. */
  offsets: new Int32Array(0), out: new Uint32Array(0), groups: [] as FeatureGroup[],
};

function reserveScratch(n: number, levels: number, withGroupHashes: boolean): void {
  const atoms = n + 2 * PAD;
  if (scratch.lower.length < atoms) {
    const size = Math.max(atoms, 2 * scratch.lower.length, 256);
    scratch.lower = new Uint32Array(size);
    scratch.shape = new Uint32Array(size);
    scratch.tcase = new Uint32Array(size);
    scratch.gazWords = new Int32Array(size);
  }
  if (scratch.clus.length < atoms * levels) scratch.clus = new Uint32Array(scratch.lower.length * levels);
  if (!withGroupHashes && scratch.offsets.length < n + 1) {
    scratch.offsets = new Int32Array(scratch.lower.length + 1);
    scratch.out = new Uint32Array(Math.max(scratch.out.length, 24 * scratch.lower.length));
  }
}

/** Fills the scratch arrays with each token's word information (and the padding around the sentence): the lower
 *  form, shape, typical case and cluster hashes by position, the gazetteer codes and lower-cased strings by token. */
function readTokens(tokens: string[], lex: Lexicon, allCaps: boolean): void {
  let cache = wordCaches.get(lex);
  if (!cache) wordCaches.set(lex, (cache = new Map()));
  const n = tokens.length;
  const P = PAD;
  const levels = lex.levels;
  const { lower, shape, tcase, clus, gazWords, lowers, infos } = scratch;
  for (let k = 0; k < P; k++) {
    lower[k] = shape[k] = tcase[k] = PAD_PREV;
    lower[n + P + k] = shape[n + P + k] = tcase[n + P + k] = PAD_NEXT;
    for (let l = 0; l < levels; l++) { clus[k * levels + l] = PAD_PREV; clus[(n + P + k) * levels + l] = PAD_NEXT; }
  }
  lowers.length = n;
  for (let i = 0; i < n; i++) {
    const info = (infos[i] = wordInfo(tokens[i], lex, cache));
    lowers[i] = info.lowerStr;
    gazWords[i] = info.gaz;
    lower[i + P] = info.lower;
    shape[i + P] = info.shape;
    tcase[i + P] = info.typicalCase;
    const from = info.clusterAt + (allCaps ? levels : 0);
    for (let l = 0; l < levels; l++) clus[(i + P) * levels + l] = info.h[from + l];
  }
}

/**
 * `withGroupHashes` false: `hashes` holds only the ungrouped features (for NerModel, which memoises groups), and the
 * arrays returned are views of scratch buffers that the next call overwrites.
 */
export function sentenceFeatures(tokens: string[], lex: Lexicon, withGroupHashes = true): SentenceFeatures {
  const n = tokens.length;
  const allCaps = isAllCapsSentence(tokens);
  const P = PAD;
  const levels = lex.levels;
  reserveScratch(n, levels, withGroupHashes);
  readTokens(tokens, lex, allCaps);
  const { lower, shape, tcase, clus, gazWords, lowers, infos } = scratch;
  const gaz = lex.matchGazetteer(lowers, gazWords);

  const offsets = withGroupHashes ? new Int32Array(n + 1) : scratch.offsets;
  let out = withGroupHashes ? new Uint32Array(n * 64) : scratch.out;
  let m = 0;
  const sentLen = n === 1 ? 1 : n <= 3 ? 2 : n <= 8 ? 3 : 4;
  const lengthFeature = mix(T.sentLen, sentLen * 16 + (allCaps ? 1 : 0));
  const groups: FeatureGroup[] = withGroupHashes ? new Array(n * GROUPS_PER_TOKEN) : scratch.groups;
  const c = allCaps ? 1 : 0;
  const [bos, eos] = padding(lex);
  const midLevel = Math.max(0, levels - 2);
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const info = infos[i];
    const j = i + P;
    const sh = shape[j];
    const g0 = i * GROUPS_PER_TOKEN;
    groups[g0] = info.groups[SELF + c];
    groups[g0 + 1] = (i > 0 ? infos[i - 1].groups : bos)[PREV + c];
    groups[g0 + 2] = (i < n - 1 ? infos[i + 1].groups : eos)[NEXT + c];
    groups[g0 + 3] = (i > 1 ? infos[i - 2].groups : bos)[PREV2 + c];
    groups[g0 + 4] = (i < n - 2 ? infos[i + 2].groups : eos)[NEXT2 + c];
    // Room for every hash of the token, so that each is written without a check.
    const gi = gaz[i], gp = i > 0 ? gaz[i - 1] : NO_CODES, gn = i < n - 1 ? gaz[i + 1] : NO_CODES;
    let need = TOKEN_FEATURES + 2 * gi.length + gp.length + gn.length;
    if (withGroupHashes) for (let k = g0; k < g0 + GROUPS_PER_TOKEN; k++) need += groups[k].to - groups[k].from;
    if (m + need > out.length) {
      const bigger = new Uint32Array(Math.max(out.length * 2, m + need));
      bigger.set(out.subarray(0, m));
      out = bigger;
    }
    if (withGroupHashes) {
      for (let k = g0; k < g0 + GROUPS_PER_TOKEN; k++) {
        const { h, from, to } = groups[k];
        for (let x = from; x < to; x++) out[m++] = h[x];
      }
    }
    out[m++] = lengthFeature;
    out[m++] = mix3(T.shapeTri, mix(shape[j - 1], sh), shape[j + 1]);
    out[m++] = mix3(T.shapeBiPrev, shape[j - 1], sh);
    out[m++] = mix3(T.shapeBiNext, sh, shape[j + 1]);
    if (i === 0) out[m++] = mix(T.firstShape, sh);
    if (i === n - 1) out[m++] = mix(T.lastShape, sh);
    if (n === 1) out[m++] = mix(T.singleton, sh);
    out[m++] = mix3(T.bigramPrev, lower[j - 1], lower[j]);
    out[m++] = mix3(T.bigramNext, lower[j], lower[j + 1]);
    out[m++] = mix3(T.prevLowerShape, lower[j - 1], sh);
    out[m++] = mix3(T.nextLowerShape, sh, lower[j + 1]);
    // Typical capitalisation of the word elsewhere: tells a headline's "LONDON" from "TAKE".
    const tc = tcase[j];
    out[m++] = mix3(T.typicalCaseFirst, tc, (i === 0 ? 2 : 1) * 16 + info.caseClass);
    out[m++] = mix3(T.typicalCasePrev, tcase[j - 1], tc);
    out[m++] = mix3(T.typicalCaseNext, tc, tcase[j + 1]);
    out[m++] = mix3(T.clusterBiPrev, clus[(j - 1) * levels + midLevel], clus[j * levels + midLevel]);
    out[m++] = mix3(T.clusterBiNext, clus[j * levels + midLevel], clus[(j + 1) * levels + midLevel]);
    // Gazetteers: category + BILOU position of the longest match, and presence around the token.
    for (let k = 0; k < gi.length; k++) {
      out[m++] = mix(T.gaz, gi[k] + 1);
      out[m++] = mix3(T.gazShape, gi[k] + 1, sh);
    }
    for (let k = 0; k < gp.length; k++) out[m++] = mix(T.gazPrev, gp[k] + 1);
    for (let k = 0; k < gn.length; k++) out[m++] = mix(T.gazNext, gn[k] + 1);
  }
  offsets[n] = m;
  if (!withGroupHashes) scratch.out = out;
  return { offsets: withGroupHashes ? offsets : offsets.subarray(0, n + 1), hashes: out.subarray(0, m), groups, groupsOmitted: !withGroupHashes };
}
