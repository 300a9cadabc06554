// A city or a state that wins or loses a game is its team: "Minnesota beat Buffalo", "Winnipeg defeated Nashville",
// "lost to Atlanta". A country so written stays a place: CoNLL, whose types the tagger learnt, writes national teams as
// places ("Russia beat Croatia").
import { retype, type Cluster } from './cluster.js';
import type { TokenView } from './context.js';

/** Verbs of a game's result with the winner before them and the loser after (as agency game stories write them); not
 *  those weather does too ("the storm swept Florida", "thrashed Miami"). */
const BEAT = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'routed', 'routs', 'blanked', 'blanks', 'downed',
  'outlasted', 'outlasts', 'trounced', 'trounces', 'shut out']);
/** Words before the loser that make the name after them a team ("lost to Atlanta", "a win over Detroit"; not "fell
 *  to", which things do: "fell to Earth"). */
const LOSER_BEFORE = new Set(['lost to', 'loss to', 'win over', 'victory over', 'wins over', 'victories over']);

/** The mention [first, last] wins or loses a game: a result verb or phrase right beside it. */
function inResult(v: TokenView, first: number, last: number): boolean {
  const before = (v.words[first - 1] ?? '').toLowerCase();
  const before2 = `${(v.words[first - 2] ?? '').toLowerCase()} ${before}`;
  const after = (v.words[last + 1] ?? '').toLowerCase();
  const after2 = `${after} ${(v.words[last + 2] ?? '').toLowerCase()}`;
  return BEAT.has(before) || BEAT.has(after) || BEAT.has(after2) || LOSER_BEFORE.has(before2) || after2 === 'lost to';
}

/**
 * A place other than a country, every named mention of which wins or loses a game, is a team (ORG). `isCountry` tells
 * the names of countries. One pass over the clusters.
 */
export function teamsByResults(v: TokenView, clusters: readonly Cluster[], isCountry: (name: string) => boolean): void {
  for (const c of clusters) {
    if (c.type !== 'LOC' || c.countryKey) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    // (The result first: it is a look at two words, a country a gazetteer lookup.)
    if (!named.length || !named.every((m) => inResult(v, m.first, m.last)) || named.some((m) => isCountry(m.text))) continue;
    retype(c, 'ORG');
  }
}
