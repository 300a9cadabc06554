// A city or a state that wins or loses a game is its team: "Minnesota beat Buffalo", "Winnipeg defeated Nashville",
// "lost to Atlanta"; and in a report of games, a city or state written mostly as something other than where things
// are ("against Tampa", "Kansas City's opening drive", "Randy Wittman (Minnesota)") is its team. A country so written
// stays a place: CoNLL, whose types the tagger learnt, writes national teams as places ("Russia beat Croatia").
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

/** Words of game reports with no common sense outside sport (hand-picked from the terms of American football, baseball,
 *  basketball, hockey, football and boxing reports, and the leagues' initials), and such pairs of words by their first
 *  word: a text with GAME_WORDS_MIN of them reports games. */
const GAME_WORDS: ReadonlySet<string> = new Set([
  'touchdown', 'touchdowns', 'quarterback', 'quarterbacks', 'linebacker', 'cornerback', 'interception', 'interceptions',
  'fumble', 'fumbled', 'punt', 'punter', 'kicker', 'scrimmage', 'kickoff', 'inning', 'innings', 'pitcher', 'pitchers',
  'shortstop', 'outfielder', 'bullpen', 'strikeout', 'strikeouts', 'homer', 'homers', 'rebound', 'rebounds', 'dunk',
  'layup', 'three-pointer', 'scorer', 'playoff', 'playoffs', 'postseason', 'preseason', 'offseason', 'halftime',
  'goalkeeper', 'goalie', 'goaltender', 'midfielder', 'quarterfinal', 'semifinal', 'rookie', 'free-agent', 'hat-trick',
  'heavyweight', 'won-loss', 'nba', 'nfl', 'nhl', 'mlb', 'ncaa',
]);
const GAME_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['free', new Set(['agent', 'agents', 'throw', 'throws'])], ['head', new Set(['coach'])], ['regular', new Set(['season'])],
  ['home', new Set(['run', 'runs'])], ['power', new Set(['play'])], ['hat', new Set(['trick'])], ['field', new Set(['goal'])],
  ['point', new Set(['guard'])],
]);
const GAME_WORDS_MIN = 3;
/** Words before a name that put something in, from or near a place ("fans in Reno", "flew from Denver"); "at" and
 *  "to" are also a game's ("a victory at Atlanta", "lost to Tulsa") and count for neither. */
const LOCATIVE = new Set(['in', 'from', 'near', 'across', 'around', 'outside', 'throughout', 'within', 'downtown', 'of']);
const EITHER = new Set(['at', 'to']);

/** Does the text report games (GAME_WORDS_MIN distinct game words)? */
function reportsGames(v: TokenView): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < v.words.length; i++) {
    const w = v.words[i].toLowerCase();
    const second = GAME_PAIRS.get(w);
    const next = second ? (v.words[i + 1] ?? '').toLowerCase() : '';
    // ("free agent" and "free-agent" are one term; "free agents" too.)
    if (GAME_WORDS.has(w)) seen.add(w);
    else if (second?.has(next)) seen.add(`${w}-${next.replace(/s$/, '')}`);
    if (seen.size >= GAME_WORDS_MIN) return true;
  }
  return false;
}

/**
 * In a report of games, a city, capital or state (`kindOf` tells what the gazetteer knows a name as) whose named
 * mentions are more often not after a locative word than after one is a team (ORG).
 */
export function teamsInGames(v: TokenView, clusters: readonly Cluster[], kindOf: (name: string) => string | undefined): void {
  let games: boolean | undefined;
  for (const c of clusters) {
    if (c.type !== 'LOC' || c.countryKey) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    let team = 0;
    let located = 0;
    for (const m of named) {
      const before = (v.words[m.first - 1] ?? '').toLowerCase();
      if (LOCATIVE.has(before)) located++;
      else if (!EITHER.has(before)) team++;
    }
    if (team <= located) continue;
    const kind = kindOf(named[0].text);
    if (kind !== 'city' && kind !== 'capital' && kind !== 'region') continue;
    // (The page is read once, and only when a candidate comes up.)
    if (!(games ??= reportsGames(v))) return;
    retype(c, 'ORG');
  }
}
