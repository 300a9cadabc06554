// Lists of names ("Chime, Varo, SoFi and GoBank"; "near Kotlyne, Udachne, Molodetske, and Novopidhorodne"): runs of
// mentions joined only by commas and conjunctions within one sentence. What one member of a list is, the others
// usually are (brands.ts, positioned.ts).
import type { TokenView } from './context.js';
import type { Cluster } from './cluster.js';

/** Tokens that join the members of a list ("A, B and C", "A or B"). */
const LIST_JOINERS = /^(,|and|or|&)$/i;
/** At most this many joiner tokens between two members of one list (", and"). */
const MAX_JOINERS = 2;

export interface Span {
  first: number;
  last: number;
}

/** The runs of `spans` (sorted by first token) that form lists, in order; a span in no list is a run of one. Linear. */
export function listRuns<S extends Span>(v: TokenView, spans: readonly S[]): S[][] {
  const joined = (a: Span, b: Span) => {
    const gap = b.first - a.last - 1;
    if (gap < 1 || gap > MAX_JOINERS || v.tokens[a.last].sentence !== v.tokens[b.first].sentence) return false;
    for (let k = a.last + 1; k < b.first; k++) if (!LIST_JOINERS.test(v.words[k])) return false;
    return true;
  };
  const runs: S[][] = [];
  let start = 0;
  for (let i = 1; i <= spans.length; i++) {
    if (i < spans.length && joined(spans[i - 1]!, spans[i]!)) continue;
    runs.push(spans.slice(start, i));
    start = i;
  }
  return runs;
}

/** A named mention of a cluster (by its index) as a member of a list. */
export interface ListedMention extends Span {
  ci: number;
}

/** The list runs of the clusters' named mentions, in text order (`listRuns`); a mention in no list is a run of one. The
 *  clusters' list rules share them: mentions keep their places whatever their types become. Linear after the sort. */
export function clusterLists(v: TokenView, clusters: readonly Cluster[]): ListedMention[][] {
  const ms: ListedMention[] = [];
  clusters.forEach((c, ci) => {
    for (const m of c.mentions) if (!m.pronoun) ms.push({ first: m.first, last: m.last, ci });
  });
  return listRuns(v, ms.sort((a, b) => a.first - b.first));
}
