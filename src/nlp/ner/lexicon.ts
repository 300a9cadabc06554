// Word-level knowledge the features look up: induced word clusters, typical capitalisation, gazetteers.
import { GAZETTEER_MAX_TOKENS } from './settings.js';
import { CASE, titleCase } from './word-shape.js';

/** Gazetteer categories (a phrase may be in several). Index = bit in the mask. */
export const GAZ_CATEGORIES = ['country', 'city', 'region', 'demonym', 'language', 'given', 'name', 'company', 'capital'] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

const NO_MATCH: number[] = [];

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

  constructor(readonly data: LexiconData) {
    this.levels = data.clusterIds.length;
    this.clusterIds = data.clusterIds;
    data.clusterWords.forEach((w, i) => this.cluster.set(w, i));
    data.caseWords.forEach((w, i) => this.caseOf.set(w, data.caseClasses[i]));
    data.gazPhrases.forEach((p, i) => {
      this.gaz.set(p, (this.gaz.get(p) ?? 0) | data.gazMasks[i]);
      let at = p.indexOf(' ');
      while (at > 0) { this.gazPrefix.add(p.slice(0, at)); at = p.indexOf(' ', at + 1); }
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

  clusterAt(index: number, level: number): number {
    return this.clusterIds[level][index];
  }

  typicalCase(lower: string): number {
    return this.caseOf.get(lower) ?? CASE.none;
  }

  /**
   * Longest gazetteer matches: for each token, a list of (category, BILOU position) codes
   * = category * 4 + {0:B,1:I,2:L,3:U}. Matches are case-insensitive; each category keeps its longest match.
   */
  matchGazetteer(lowerTokens: string[]): number[][] {
    const n = lowerTokens.length;
    // Most tokens match nothing: they share one empty list (never pushed to).
    const out: number[][] = new Array(n).fill(NO_MATCH);
    const covered = new Int32Array(n * GAZ_CATEGORIES.length).fill(-1);
    for (let i = 0; i < n; i++) {
      let key = lowerTokens[i];
      const found: [number, number][] = [];
      for (let len = 1; len <= GAZETTEER_MAX_TOKENS && i + len <= n; len++) {
        if (len > 1) key += ' ' + lowerTokens[i + len - 1];
        const m = this.gaz.get(key);
        if (m) found.push([len, m]);
        if (!this.gazPrefix.has(key)) break;
      }
      for (let f = found.length - 1; f >= 0; f--) {
        const [len, mask] = found[f];
        for (let c = 0; c < GAZ_CATEGORIES.length; c++) {
          if (!(mask & (1 << c))) continue;
          if (covered[i * GAZ_CATEGORIES.length + c] >= 0) continue;
          for (let j = i; j < i + len; j++) {
            covered[j * GAZ_CATEGORIES.length + c] = i;
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
