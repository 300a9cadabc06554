// Linking canonical entities across name variants for entity dossiers (issue 13, item 4). The store already merges
// an entity's names at ingest when one is a word suffix of the other ("Zelenskyy" → "Volodymyr Zelenskyy", see
// store/sqlite/entity-key.ts); what stays apart there is joined here, at read time, by general rules:
//  - surnames equal, or spelling variants of one transliteration (edit distance 1 on names of at least
//    LINK.fuzzySurnameMin letters with the same first letters: "Zelensky" / "Zelenskyy" / "Zelenskiy");
//  - given names compatible: one side has none, or the first given names are equal, or one is the initial of the
//    other ("V. Zelensky"); two different given names are two people ("Joe Biden" / "Hunter Biden");
//  - countries compatible: equal, or one unknown;
//  - a group holds only pairwise-compatible names (no chaining "J. Biden" into both Joe and Jill);
//  - a surname alone joins the one full-name group it fits; when several fit, the one sharing its role
//    ("president"), else the one with LINK.dominance times the mentions of the next; otherwise it stays apart.
// Other entity types link only on an equal normalised name (any country).
import { nameKey } from '../store/sqlite/entity-key.js';
import type { EntityGroup } from '../store/story-types.js';
import type { EntityCandidate } from '../store/types.js';
import { LINK } from './settings.js';

export interface PersonName {
  given: string[];
  surname: string;
}

/** Given names and surname of a normalised person name ("volodymyr zelenskyy"). */
export function personName(key: string): PersonName {
  const words = key.split(' ').filter(Boolean);
  return { given: words.slice(0, -1), surname: words[words.length - 1] ?? '' };
}

/** Edit distance of two words, stopping early past 1 (all the rule needs). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++, j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else i++, j++;
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Same surname, or a spelling variant of it. */
export function surnamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < LINK.fuzzySurnameMin) return false;
  return a.slice(0, LINK.fuzzyPrefix) === b.slice(0, LINK.fuzzyPrefix) && withinOneEdit(a, b);
}

/** The prefix every spelling variant of a surname shares (the store's candidate lookup). */
export const surnamePrefix = (surname: string): string =>
  surname.length >= LINK.fuzzySurnameMin ? surname.slice(0, LINK.fuzzyPrefix) : surname;

const initialOf = (a: string, b: string) => a.length === 1 && b.startsWith(a);

export function givenMatch(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  const [x, y] = [a[0], b[0]];
  return x === y || initialOf(x, y) || initialOf(y, x);
}

const countriesMatch = (a: string | null, b: string | null) => !a || !b || a === b;

function personsMatch(a: EntityCandidate, b: EntityCandidate): boolean {
  const [x, y] = [personName(a.nameKey), personName(b.nameKey)];
  return surnamesMatch(x.surname, y.surname) && givenMatch(x.given, y.given) && countriesMatch(a.country, b.country);
}

export type { EntityGroup } from '../store/story-types.js';

const byWeight = (a: EntityCandidate, b: EntityCandidate) => b.mentions - a.mentions || b.articles - a.articles || a.id - b.id;

function group(members: EntityCandidate[]): EntityGroup {
  const sorted = [...members].sort(byWeight);
  const fullest = [...sorted].sort((a, b) => b.nameKey.split(' ').length - a.nameKey.split(' ').length || byWeight(a, b))[0];
  const roles: string[] = [];
  for (const m of sorted) for (const r of m.roles) if (!roles.includes(r)) roles.push(r);
  return {
    type: fullest.type, name: fullest.name, ids: sorted.map((m) => m.id).sort((a, b) => a - b),
    names: [...new Set([...sorted.map((m) => m.name), ...sorted.flatMap((m) => m.forms)])], country: sorted.find((m) => m.country)?.country ?? null, roles,
    articles: sorted.reduce((n, m) => n + m.articles, 0), mentions: sorted.reduce((n, m) => n + m.mentions, 0),
  };
}

/** Groups candidates into entities by the rules above; heaviest groups first. */
export function linkEntities(candidates: readonly EntityCandidate[]): EntityGroup[] {
  const persons = candidates.filter((c) => c.type === 'PERSON').sort(byWeight);
  const full = persons.filter((c) => personName(c.nameKey).given.length);
  const bare = persons.filter((c) => !personName(c.nameKey).given.length);
  const groups: EntityCandidate[][] = [];
  for (const c of full) {
    const g = groups.find((g) => g.every((m) => personsMatch(m, c)));
    if (g) g.push(c);
    else groups.push([c]);
  }
  const fullGroups = groups.length;
  for (const c of bare) {
    const fits = groups.slice(0, fullGroups).filter((g) => g.every((m) => personsMatch(m, c)));
    const target = fits.length === 1 ? fits[0] : pickByRoleOrWeight(c, fits);
    if (target) target.push(c);
    else {
      // Surnames no full name claims: together when they match each other.
      const g = groups.slice(fullGroups).find((g) => g.every((m) => personsMatch(m, c)));
      if (g) g.push(c);
      else groups.push([c]);
    }
  }
  const others = new Map<string, EntityCandidate[]>();
  for (const c of candidates) {
    if (c.type === 'PERSON') continue;
    const k = `${c.type}\u0000${c.nameKey}`;
    others.set(k, [...(others.get(k) ?? []), c]);
  }
  return [...groups, ...others.values()].map(group).sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || a.ids[0] - b.ids[0]);
}

function pickByRoleOrWeight(c: EntityCandidate, fits: EntityCandidate[][]): EntityCandidate[] | undefined {
  if (!fits.length) return undefined;
  if (c.roles.length) {
    const sharing = fits.filter((g) => g.some((m) => m.roles.some((r) => c.roles.includes(r))));
    if (sharing.length === 1) return sharing[0];
  }
  const weights = fits.map((g) => ({ g, n: g.reduce((s, m) => s + m.mentions, 0) })).sort((a, b) => b.n - a.n);
  return weights[0].n >= LINK.dominance * weights[1].n && weights[0].n > 0 ? weights[0].g : undefined;
}

export interface EntityQuery {
  key: string;
  name: PersonName;
}

export const parseQuery = (q: string): EntityQuery => {
  const key = nameKey(q) || q.trim().toLowerCase();
  return { key, name: personName(key) };
};

/** Whether a group answers a query: for persons the query's surname and given name fit one of its names; for
 *  other types an equal name. */
export function groupMatches(g: EntityGroup, byId: ReadonlyMap<number, EntityCandidate>, q: EntityQuery): boolean {
  return g.ids.some((id) => {
    const c = byId.get(id)!;
    if (c.nameKey === q.key) return true;
    if (c.type !== 'PERSON') return false;
    const n = personName(c.nameKey);
    return surnamesMatch(n.surname, q.name.surname) && givenMatch(n.given, q.name.given);
  });
}
