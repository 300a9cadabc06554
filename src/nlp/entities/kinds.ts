// A list that a noun of kind opens says what its members are: "brands such as Versace, Stella McCartney and Michael
// Kors" are firms, "players like J.D. Drew and A.J. Burnett" people, "cities including Boise and Spokane" places
// (the lexico-syntactic patterns of Hearst, "Automatic acquisition of hyponyms from large text corpora", 1992).
import type { TokenView } from './context.js';
import { retype, type Cluster } from './cluster.js';
import type { ListedMention } from './lists.js';
import type { MentionType } from './types.js';

/** Plural nouns that name a kind of entity, and the type of its members. Hand-picked: the kinds news lists by name,
 *  whose members the tagger types by the shape of their names (brands named after people, people with initials). */
const KIND_NOUNS: ReadonlyMap<string, MentionType> = new Map([
  ...['brands', 'labels', 'retailers', 'companies', 'firms', 'carmakers', 'automakers', 'airlines', 'banks', 'lenders',
    'insurers', 'publishers', 'studios', 'startups', 'clubs', 'teams', 'newspapers', 'broadcasters', 'networks',
    'universities', 'charities'].map((w): [string, MentionType] => [w, 'ORG']),
  ...['players', 'actors', 'actresses', 'artists', 'singers', 'musicians', 'writers', 'authors', 'novelists', 'designers',
    'directors', 'athletes', 'stars', 'celebrities', 'politicians', 'lawmakers', 'senators', 'starters', 'pitchers',
    'coaches', 'rappers', 'comedians'].map((w): [string, MentionType] => [w, 'PERSON']),
  ...['cities', 'countries', 'states', 'towns', 'villages', 'provinces', 'regions', 'destinations']
    .map((w): [string, MentionType] => [w, 'LOC']),
  ...['games', 'films', 'movies', 'shows', 'series', 'apps', 'products', 'albums', 'songs', 'novels', 'books', 'drugs',
    'vaccines'].map((w): [string, MentionType] => [w, 'MISC']),
]);

/** The kind a list starting at token `first` is of: the noun before "such as", "like" or "including". */
function kindBefore(v: TokenView, first: number): MentionType | undefined {
  const w = (i: number) => (v.words[i] ?? '').toLowerCase();
  let head = -1;
  if (w(first - 1) === 'as' && w(first - 2) === 'such') head = first - 3;
  else if (w(first - 1) === 'like' || w(first - 1) === 'including') head = first - 2;
  return head >= 0 ? KIND_NOUNS.get(w(head)) : undefined;
}

/**
 * The members of a list of names that a noun of kind opens take the kind's type, when every named mention of theirs
 * is in such a list (`lists`: clusterLists). Linear.
 */
export function listsOfKind(v: TokenView, clusters: readonly Cluster[], lists: readonly ListedMention[][]): void {
  // Per cluster: the kind its listed mentions give, and how many of its mentions are so listed.
  const kind = new Map<number, MentionType | null>();
  const listed = new Map<number, number>();
  for (const run of lists) {
    const k = kindBefore(v, run[0]!.first);
    if (!k) continue;
    for (const r of run) {
      kind.set(r.ci, kind.has(r.ci) && kind.get(r.ci) !== k ? null : k);
      listed.set(r.ci, (listed.get(r.ci) ?? 0) + 1);
    }
  }
  for (const [ci, k] of kind) {
    const c = clusters[ci]!;
    const named = c.mentions.filter((m) => !m.pronoun).length;
    if (k && k !== c.type && listed.get(ci) === named && !c.countryKey) retype(c, k);
  }
}
