// Canonical entities across articles: the normalised key of a name, and which stored entity a new one joins.
//
// The rule (what `dossier entities` counts as one entity):
//  1. Names are compared by key: diacritics, case, dots and apostrophes folded, other punctuation as spaces, a
//     leading "the" dropped ("Zelenskyy" = "ZELENSKYY", "U.S." = "US", "Rolls-Royce" = "Rolls Royce").
//  2. Same key + same type + same country → the same entity (the table's UNIQUE key; no country keys as '').
//  3. Same key + same type, one country unknown ('') → the same entity, unless several stored entities qualify.
//  4. For types in SUFFIX_MERGE_TYPES (persons): one name's words a suffix of the other's ("Zelenskyy" and
//     "Volodymyr Zelenskyy") with compatible countries (equal, or one unknown) → the same entity, a same-country
//     candidate preferred. The stored entity takes the longer name and a country it lacked.
//  Several candidates in one tier ("Biden" with "Joe Biden" and "Hunter Biden" stored) are ambiguous: the one
//  with by far the most mentions wins (AMBIGUOUS_MERGE_DOMINANCE), else the name becomes an entity of its own.
//  Candidates come from one indexed lookup per entity: persons by the last word of the key, other types by the
//  whole key.
//  Places are not suffix-merged: "Africa"/"South Africa", "Korea"/"North Korea", "York"/"New York" differ.
//  The display name is the first form seen, replaced by a longer one (rule 4) or by a mixed-case one when it was
//  all capitals (datelines and headlines shout: "LONDON" becomes "London").
import { AMBIGUOUS_MERGE_DOMINANCE, SUFFIX_MERGE_TYPES } from './settings.js';

/** Normalised name: the comparison key of rule 1. */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`ʼ]/g, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

export const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/** A stored entity of the new name's type sharing its last word (persons) or its whole key (other types). */
export interface Candidate {
  id: number;
  name: string;
  nameKey: string;
  country: string;
}

export interface NewEntity {
  name: string;
  key: string;
  type: string;
  country: string;
}

export type MergeDecision =
  | { kind: 'join'; id: number; rename?: { name: string; key: string }; country?: string }
  | { kind: 'create' };

const compatible = (a: string, b: string) => a === b || a === '' || b === '';

/** All capitals (at least two letters): a dateline or headline form, not how the name is written. */
const shouting = (name: string) => /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);

/** The display name to keep for a stored entity with an equal key: the new form when the stored one shouts. */
export function betterName(stored: string, incoming: string): string {
  return shouting(stored) && !shouting(incoming) ? incoming : stored;
}

/** True when the shorter key's words are the trailing words of the longer one (whole words, not equal). */
export function isWordSuffix(shorter: string, longer: string): boolean {
  return shorter.length < longer.length && longer.endsWith(' ' + shorter);
}

/**
 * Which candidate the new entity joins (rules 2-4). `mentionsOf` is asked only to break a tie between several
 * candidates, so the common case costs nothing beyond the candidate lookup.
 */
export function decideMerge(e: NewEntity, candidates: readonly Candidate[], mentionsOf: (id: number) => number): MergeDecision {
  const ok = candidates.filter((c) => compatible(c.country, e.country));
  const exact = ok.find((c) => c.nameKey === e.key && c.country === e.country);
  if (exact) return { kind: 'join', id: exact.id };

  const tiers: Candidate[][] = [ok.filter((c) => c.nameKey === e.key)];
  if (SUFFIX_MERGE_TYPES.has(e.type)) {
    const related = ok.filter((c) => isWordSuffix(c.nameKey, e.key) || isWordSuffix(e.key, c.nameKey));
    tiers.push(related.filter((c) => c.country === e.country), related.filter((c) => c.country !== e.country));
  }
  for (const tier of tiers) {
    if (!tier.length) continue;
    const target = tier.length === 1 ? tier[0] : dominant(tier, mentionsOf);
    return target ? join(e, target, candidates) : { kind: 'create' };
  }
  return { kind: 'create' };
}

function dominant(tier: readonly Candidate[], mentionsOf: (id: number) => number): Candidate | null {
  const ranked = tier.map((c) => ({ c, n: mentionsOf(c.id) })).sort((a, b) => b.n - a.n);
  return ranked[0].n > 0 && ranked[0].n >= AMBIGUOUS_MERGE_DOMINANCE * ranked[1].n ? ranked[0].c : null;
}

/** Joins `target`, growing its name and filling its country when that collides with no other stored entity. */
function join(e: NewEntity, target: Candidate, all: readonly Candidate[]): MergeDecision {
  const longer = isWordSuffix(target.nameKey, e.key);
  let key = longer ? e.key : target.nameKey;
  let country = target.country || e.country;
  const taken = all.some((c) => c.id !== target.id && c.nameKey === key && c.country === country);
  if (taken) [key, country] = [target.nameKey, target.country];
  const name = key !== target.nameKey ? e.name : key === e.key ? betterName(target.name, e.name) : target.name;
  return {
    kind: 'join',
    id: target.id,
    ...(name !== target.name ? { rename: { name, key } } : {}),
    ...(country !== target.country ? { country } : {}),
  };
}
