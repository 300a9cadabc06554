// The name mentions of an article, before they are grouped: the tagger's spans and the institutions of the lexicon
// it missed, cleaned of what is no name (precision.ts, shapes.ts), re-kinded by the words around them
// (written-kinds.ts), joined where one name was cut (names.ts, place-bodies.ts, heads.ts, model-numbers.ts), with what
// their context says of each (context.ts, party.ts).
import { place } from '../geo/index.js';
import { toMention, type TokenView } from './context.js';
import { commonWordsAreNotNames, consistentTypes, joinNameParts, nicknamedPeople } from './names.js';
import { siteNames } from './sites.js';
import { dropFalseNames, splitAlternatives, splitCoordinations, splitOwners } from './precision.js';
import { DIVISION_HEADS, FIRM_HEADS } from './not-names.js';
import { splitAtOffices, trimLeadingNonNames, trimTitleWords } from './shapes.js';
import { partyTags } from './party.js';
import { wholeNames } from './heads.js';
import { writtenKinds } from './written-kinds.js';
import { withModelNumbers } from './model-numbers.js';
import { placeBodies } from './place-bodies.js';
import { gazetteerKnows, isGivenName, isLowerWord, isNameWord, isOrdinaryWord } from './lexical.js';
import { institution, lexiconMentions } from './institutions.js';
import { COLLECTIVE_ROLES, GENERIC_ROLES, institutionSector, ROLE_SECTORS, roleKey } from './roles.js';
import { NEARBY_PLACE_SENTENCES } from './settings.js';
import type { Token } from '../../doc/types.js';
import type { Mention, RawMention } from './types.js';

/** Last words of the names of firms and their divisions ("Moody's Investors Service", "Pond's Inc"). */
const isBodyHead = (w: string) => FIRM_HEADS.has(w) || DIVISION_HEADS.has(w) || !!institutionSector([w]);

/** The cleaned and joined mentions of the tagged spans `raw` (in text order), with their context read. */
export function candidateMentions(v: TokenView, tagged: readonly RawMention[]): Mention[] {
  // Site names and nickname frames first, before the rules that drop common words ("com", "Flash") or quoted titles
  // take their parts.
  const raw = nicknamedPeople(v, siteNames(v, tagged));
  const known = (name: string) => !!place(name) || !!institution(name);
  // Words that name institutions even when written as common nouns ("Parliament", "Congress", "Army").
  const institutional = (w: string) => known(w) || roleKey([w]) in ROLE_SECTORS || !!institutionSector([w]);
  // Institutions of the lexicon the tagger missed join the tagged mentions, in text order.
  const taken = new Uint8Array(v.tokens.length);
  for (const r of raw) for (let t = r.first; t <= r.last; t++) taken[t] = 1;
  const found = lexiconMentions(v.words, v.tokens.map((t) => t.start), v.tokens.map((t) => t.end), v.text, taken).map(([first, last]): RawMention => ({ first, last, type: 'ORG' }));
  const all = found.length ? [...raw, ...found].sort((a, b) => a.first - b.first) : raw;
  const words = { ordinary: (w: string) => isOrdinaryWord(w) && !institutional(w), known: gazetteerKnows };
  // Spans cut where they hold two names ("Uber or Lyft", "Moon and Mars", "Google's Stadia"), then cleaned.
  const split = splitOwners(v, splitCoordinations(v, splitAlternatives(v, all), known), isBodyHead);
  const kept = commonWordsAreNotNames(v, dropFalseNames(v, trimLeadingNonNames(v, split, isOrdinaryWord, isGivenName), words), institutional);
  // Re-kinded by the words around them, then the parts of one name joined.
  const isInstitution = (name: string) => !!institution(name);
  const bodies = placeBodies(v, joinNameParts(v, writtenKinds(v, kept, isInstitution)), isBodyHead, isInstitution);
  const joined = withModelNumbers(v, trimTitleWords(v, bodies, isLowerWord, isGivenName), known);
  const isRole = (w: string) => (w in ROLE_SECTORS || GENERIC_ROLES.has(w)) && !institutionSector([w]) && !COLLECTIVE_ROLES.has(w);
  const knownKind = (name: string) => (place(name) ? 'LOC' : institution(name) ? 'ORG' : null);
  const people = splitAtOffices(v, joined, isRole, isGivenName, isNameWord, knownKind);
  const parts = wholeNames(v, consistentTypes(v, people, known, (name) => !!place(name)), isRole);
  const named = new Uint8Array(v.tokens.length);
  for (const r of parts) named.fill(2, r.first, r.last + 1).fill(1, r.first, r.first + 1);
  const vn: TokenView = { ...v, named };
  const mentions = parts.map((r) => toMention(vn, r)).filter((m): m is Mention => m !== null);
  placeNearby(v.tokens, v.words, mentions);
  partyTags(v, mentions, (written) => (place(written)?.code === 'USA' ? 'USA' : null));
  return mentions;
}

/** Words that introduce a place ("in Chambésy", "the city of Slavyansk", "near Geneva"). */
const LOCATIVE = /^(in|near|outside|of|around)$/i;

/**
 * A place the gazetteer does not know ("the city of Slavyansk", "Oman's mission in Chambésy") lies in the country of
 * the nearest known city or region named just before it (same or previous sentence). One pass in text order.
 */
function placeNearby(tokens: readonly Token[], words: readonly string[], mentions: Mention[]): void {
  let lastPlace: { code: string; sentence: number } | undefined;
  for (const m of mentions) {
    if (m.type !== 'LOC') continue;
    const sentence = tokens[m.first].sentence;
    const p = place(m.text);
    if (p && p.kind !== 'country') lastPlace = { code: p.code, sentence };
    else if (!p && !m.country && lastPlace && sentence - lastPlace.sentence <= NEARBY_PLACE_SENTENCES && m.first > 0 && LOCATIVE.test(words[m.first - 1])) m.country = lastPlace.code;
  }
}
