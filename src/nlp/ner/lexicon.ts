// Word-level knowledge the features look up: induced word clusters, typical capitalisation, gazetteers.
import { GAZETTEER_MAX_TOKENS } from './settings.js';
import { CASE, titleCase } from './word-shape.js';

/** Gazetteer categories (a phrase may be in several). Index = bit in the mask. */
export const GAZ_CATEGORIES = ['country', 'city', 'region', 'demonym', 'language', 'given', 'name', 'company', 'capital'] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

const NO_MATCH: number[] = [];
/** gazWord: bits of the category mask, and the bit saying a longer phrase starts with the word. */
const GAZ_MASK = 0xffff;
const GAZ_PREFIX = 0x10000;
/** gazWord: the word may stand second or later in a phrase (it does in one, or it holds a space). */
const GAZ_INNER = 0x20000;

export interface LexiconData {
  /** Words with a cluster; clusterIds[level][i] = cluster of words[i] at that level. */
  clusterWords: string[];
  clusterIds: Uint16Array[];
  /** Lower-cased words and their typical case class (CASE.*) in mixed-case text. */
  caseWords: string[];
  caseClasses: Uint8Array;
  /** Gazetteer phrases (lower-cased, tokens joined by one space) and their category bitmask. */
  gazPhrases: string[];
  gazMasks: Uint16Array;
}

export class Lexicon {
  readonly levels: number;
  private readonly cluster = new Map<string, number>();
  private readonly clusterIds: Uint16Array[];
  private readonly caseOf = new Map<string, number>();
  private readonly gaz = new Map<string, number>();
  /** Lower-cased token sequences that start some longer gazetteer phrase. */
  private readonly gazPrefix = new Set<string>();
  /** Words that stand second or later in some gazetteer phrase. */
  private readonly gazInner = new Set<string>();
  /** matchGazetteer's per-token, per-category scratch. */
  private covered = new Int32Array(0);

  constructor(readonly data: LexiconData) {
    this.levels = data.clusterIds.length;
    this.clusterIds = data.clusterIds;
    data.clusterWords.forEach((w, i) => this.cluster.set(w, i));
    data.caseWords.forEach((w, i) => this.caseOf.set(w, data.caseClasses[i]));
    data.gazPhrases.forEach((p, i) => {
      this.gaz.set(p, (this.gaz.get(p) ?? 0) | data.gazMasks[i]);
      let at = p.indexOf(' ');
      while (at > 0) {
        this.gazPrefix.add(p.slice(0, at));
        const next = p.indexOf(' ', at + 1);
        this.gazInner.add(p.slice(at + 1, next < 0 ? p.length : next));
        at = next;
      }
    });
  }

  /** Index of the word's cluster entry, or -1. In all-caps text the title/lower forms are tried first. */
  clusterIndex(w: string, allCaps: boolean): number {
    if (allCaps) {
      const t = this.cluster.get(titleCase(w)) ?? this.cluster.get(w.toLowerCase()) ?? this.cluster.get(w);
      return t ?? -1;
    }
    return this.cluster.get(w) ?? this.cluster.get(w.toLowerCase()) ?? this.cluster.get(titleCase(w)) ?? -1;
  }

  /**
   * clusterIndex(w, false) into out[0] and clusterIndex(w, true) into out[1], `lower` being w.toLowerCase(): each of
   * the three forms is looked up once.
   */
  clusterIndexes(w: string, lower: string, out: Int32Array): void {
    const title = titleCase(w);
    const byTitle = this.cluster.get(title);
    const byWord = title === w ? byTitle : this.cluster.get(w);
    const byLower = lower === w ? byWord : lower === title ? byTitle : this.cluster.get(lower);
    out[0] = byWord ?? byLower ?? byTitle ?? -1;
    out[1] = byTitle ?? byLower ?? byWord ?? -1;
  }

  clusterAt(index: number, level: number): number {
    return this.clusterIds[level][index];
  }

  typicalCase(lower: string): number {
    return this.caseOf.get(lower) ?? CASE.none;
  }

  /** Gazetteer code of one lower-cased word: its category mask, plus GAZ_PREFIX if a longer phrase starts with it,
   *  plus GAZ_INNER if it may be a later word of one. */
  gazWord(lower: string): number {
    const inner = this.gazInner.has(lower) || lower.includes(' ');
    return (this.gaz.get(lower) ?? 0) | (this.gazPrefix.has(lower) ? GAZ_PREFIX : 0) | (inner ? GAZ_INNER : 0);
  }

  /**
   * Longest gazetteer matches: for each token, a list of (category, BILOU position) codes
   * = category * 4 + {0:B,1:I,2:L,3:U}. Matches are case-insensitive; each category keeps its longest match.
   * `words[i]` is gazWord(lowerTokens[i]), which callers memoise per word form.
   */
  matchGazetteer(lowerTokens: string[], words: ArrayLike<number>): number[][] {
    const n = lowerTokens.length, C = GAZ_CATEGORIES.length;
    // Most tokens match nothing: they share one empty list (never pushed to).
    const out: number[][] = new Array(n).fill(NO_MATCH);
    let covered: Int32Array | null = null;
    const lens: number[] = [], masks: number[] = [];
    for (let i = 0; i < n; i++) {
      const code = words[i];
      if (code === 0) continue;
      lens.length = masks.length = 0;
      if (code & GAZ_MASK) { lens.push(1); masks.push(code & GAZ_MASK); }
      if (code & GAZ_PREFIX) {
        let key = lowerTokens[i];
        for (let len = 2; len <= GAZETTEER_MAX_TOKENS && i + len <= n; len++) {
          // A word that is no later word of any phrase ends the walk: the key would be no phrase and no prefix.
          if (!(words[i + len - 1] & GAZ_INNER)) break;
          key += ' ' + lowerTokens[i + len - 1];
          const m = this.gaz.get(key);
          if (m) { lens.push(len); masks.push(m); }
          if (!this.gazPrefix.has(key)) break;
        }
      }
      if (!lens.length) continue;
      if (!covered) {
        // (Scratch reused from one sentence to the next: cleared here, read only in this call.)
        if (this.covered.length < n * C) this.covered = new Int32Array(Math.max(n * C, 2 * this.covered.length));
        covered = this.covered;
        covered.fill(-1, 0, n * C);
      }
      for (let f = lens.length - 1; f >= 0; f--) {
        const len = lens[f], mask = masks[f];
        for (let c = 0; c < C; c++) {
          if (!(mask & (1 << c))) continue;
          if (covered[i * C + c] >= 0) continue;
          for (let j = i; j < i + len; j++) {
            covered[j * C + c] = i;
            const pos = len === 1 ? 3 : j === i ? 0 : j === i + len - 1 ? 2 : 1;
            if (out[j] === NO_MATCH) out[j] = [];
            out[j].push(c * 4 + pos);
          }
        }
      }
    }
    return out;
  }
}
