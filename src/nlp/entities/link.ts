// From tagged mentions to the article's entities: clean names, read roles and countries from context, group
// mentions of one referent, resolve pronouns, carry countries along owners and coordination, and pick each
// entity's canonical name and attributes.
import type { Entity } from '../../doc/schema.js';
import type { Token } from '../../doc/types.js';
import { place } from '../geo/index.js';
import { clusterMentions, type Cluster } from './cluster.js';
import { toMention, tokenView } from './context.js';
import { homeCountry } from './home.js';
import { articledPeople, commonWordsAreNotNames, consistentTypes, featuresArePlaces, joinNameParts, placesNeverPlaced, productsAreThings } from './names.js';
import { dropFalseNames, splitAlternatives } from './precision.js';
import { trimLeadingNonNames } from './shapes.js';
import { namesByHeads, wholeNames } from './heads.js';
import { gazetteerKnows, givenNamesJoin, isGivenName, isNameWord, isOrdinaryWord, isPlaceWord, lexicalTypes, namesBeforeBodyHeads, ownedThings } from './lexical.js';
import { institution, lexiconMentions } from './institutions.js';
import { COLLECTIVE_ROLES, GENERIC_ROLES, institutionSector, ROLE_SECTORS, roleKey } from './roles.js';
import { resolvePronouns } from './pronouns.js';
import { brandsAndTeams, listSiblings } from './brands.js';
import { daysProductsColours } from './things.js';
import { unnamedPeople, weakNames } from './evidence.js';
import { NEARBY_PLACE_SENTENCES } from './settings.js';
import type { Mention, RawMention } from './types.js';

export { tokenView } from './context.js';

/** Sectors of offices a state holds at home: such an office with no country is the article's home country's. */
const DOMESTIC_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'SPY']);
/** An institution by its name (a ministry, an institute, a university), not a company, which may be anyone's. */
const NON_COMPANY = (sector: string | undefined) => !!sector && sector !== 'BUS';

/** The most frequent defined value of a field over the cluster's mentions (first seen wins ties). */
function vote(mentions: readonly Mention[], field: 'role' | 'country' | 'sector'): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m[field]) counts.set(m[field]!, (counts.get(m[field]!) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, n] of counts) if (!best || n > counts.get(best)!) best = value;
  return best;
}

function canonicalName(c: Cluster): string {
  const named = c.mentions.filter((m) => !m.pronoun);
  // The fullest name; among equally full ones the most frequent spelling, then the longer.
  const freq = new Map<string, number>();
  for (const m of named) freq.set(m.text, (freq.get(m.text) ?? 0) + 1);
  const better = (a: Mention, b: Mention) =>
    b.words.length !== a.words.length ? b.words.length > a.words.length : freq.get(b.text)! !== freq.get(a.text)! ? freq.get(b.text)! > freq.get(a.text)! : b.text.length > a.text.length;
  const best = named.reduce((a, b) => (better(a, b) ? b : a)).text;
  // A nickname in quotation marks is part of the mention, not of the name: Serhiy “Flash” Beskrestnov.
  return best.replace(/\s+[“"‘][^”"’]{1,30}[”"’]\s+/u, ' ');
}

function majorityType(c: Cluster): Entity['type'] {
  if (c.countryKey) return 'LOC';
  const counts = new Map<string, number>();
  for (const m of c.mentions) if (!m.pronoun) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0] as Entity['type'];
}

interface Attrs {
  role?: string;
  country?: string;
  sector?: string;
}

export interface LinkOptions {
  /** The outlet's name, for the home country of unplaced domestic offices. */
  outlet?: string | null;
}

export function linkEntities(text: string, tokens: readonly Token[], raw: readonly RawMention[], opts: LinkOptions = {}): Entity[] {
  const v = tokenView(text, tokens);
  const known = (name: string) => !!place(name) || !!institution(name);
  // Words that name institutions even when written as common nouns ("Parliament", "Congress", "Army").
  const institutional = (w: string) => known(w) || roleKey([w]) in ROLE_SECTORS || !!institutionSector([w]);
  // Institutions of the lexicon the tagger missed join the tagged mentions, in text order.
  const taken = new Uint8Array(tokens.length);
  for (const r of raw) for (let t = r.first; t <= r.last; t++) taken[t] = 1;
  const found = lexiconMentions(v.words, tokens.map((t) => t.start), tokens.map((t) => t.end), text, taken).map(([first, last]): RawMention => ({ first, last, type: 'ORG' }));
  const all = found.length ? [...raw, ...found].sort((a, b) => a.first - b.first) : raw;
  const words = { ordinary: (w: string) => isOrdinaryWord(w) && !institutional(w), known: gazetteerKnows };
  const kept = commonWordsAreNotNames(v, dropFalseNames(v, trimLeadingNonNames(v, splitAlternatives(v, all), isOrdinaryWord, isGivenName), words), institutional);
  const parts = wholeNames(v, consistentTypes(v, joinNameParts(v, kept), known, (name) => !!place(name)), (w) => (w in ROLE_SECTORS || GENERIC_ROLES.has(w)) && !institutionSector([w]) && !COLLECTIVE_ROLES.has(w));
  const mentions = parts.map((r) => toMention(v, r)).filter((m): m is Mention => m !== null);
  placeNearby(v.tokens, v.words, mentions);
  let clusters = givenNamesJoin(clusterMentions(mentions));
  namesByHeads(v, clusters, (name) => !!institution(name));
  articledPeople(v, clusters);
  namesBeforeBodyHeads(v, clusters);
  ownedThings(v, clusters);
  clusters = lexicalTypes(v, clusters, (name) => !!place(name));
  featuresArePlaces(clusters, (name) => !!institution(name));
  productsAreThings(v, clusters, (name) => !!institution(name) || !!place(name));
  brandsAndTeams(v, clusters, (name) => !!institution(name) || !!place(name));
  listSiblings(v, clusters, (name) => !!place(name));
  clusters = daysProductsColours(v, clusters, (name) => !!institution(name) || !!place(name));
  clusters = placesNeverPlaced(v, clusters, (name) => !!place(name), isPlaceWord);
  clusters = unnamedPeople(v, weakNames(v, clusters), isNameWord);
  resolvePronouns(v, clusters);
  // Which cluster each name token belongs to, for owners ("Putin's aide") and coordination ("A and B").
  const clusterAt = new Int32Array(tokens.length).fill(-1);
  clusters.forEach((c, ci) => {
    for (const m of c.mentions) if (!m.pronoun) for (let t = m.first; t <= m.last; t++) clusterAt[t] = ci;
  });
  const attrs: Attrs[] = clusters.map((c) => ({
    role: vote(c.mentions, 'role'),
    country: c.countryKey ?? vote(c.mentions, 'country'),
    sector: vote(c.mentions, 'sector'),
  }));
  // The home country counts only in an article that names it: an outlet abroad writing about another country's
  // politics ("President Trump" in a Qatari paper) must not make its offices the outlet's.
  let home = homeCountry(text, opts.outlet);
  if (home && !mentions.some((m) => m.country === home)) home = undefined;
  // Institutions nothing places (a ministry, an institute, a university; not a company, which may be anyone's)
  // are the home country's, unless they are intergovernmental.
  clusters.forEach((c, ci) => {
    if (majorityType(c) === 'ORG' && !attrs[ci].country && attrs[ci].sector !== 'IGO' && home && NON_COMPANY(institutionSector(c.words))) attrs[ci].country = home;
  });
  const linked = mentions.filter((m) => m.owner !== undefined || m.coordinated !== undefined);
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) mentionAt.set(m.last, m);
  const propagate = () => {
    for (const m of linked) {
      const own = clusterAt[m.first];
      if (own < 0) continue;
      const a = attrs[own];
      const ownerCi = m.owner !== undefined ? clusterAt[m.owner] : -1;
      if (ownerCi >= 0 && ownerCi !== own) {
        const o = attrs[ownerCi];
        a.country ??= o.country;
        if (o.sector === 'IGO' && (!a.sector || a.sector === 'GOV')) a.sector = 'IGO';
        else if (clusters[ownerCi].type === 'PERSON' && o.sector && !a.sector) a.sector = o.sector;
      }
      const coordCi = m.coordinated !== undefined ? clusterAt[m.coordinated] : -1;
      const before = m.coordinated !== undefined ? mentionAt.get(m.coordinated) : undefined;
      // Coordination carries what a plural title gives both ("envoys A and his son-in-law B"), and the country
      // (and a missing sector) between two described people ("Special Envoy A and Trump's son-in-law B"); two
      // bare names ("Rudolph and Garrett") share nothing.
      if (coordCi >= 0 && coordCi !== own && clusters[coordCi].type === 'PERSON' && (before?.pluralTitle || (m.role && before?.role))) {
        const o = attrs[coordCi];
        a.country ??= o.country;
        o.country ??= a.country;
        a.sector ??= o.sector;
        if (before?.pluralTitle) a.role ??= o.role;
      }
    }
  };
  // Owners and coordination carry country (and a missing sector or role) from one person to the next, in text
  // order; twice, so that chains ("Trump's envoys Witkoff and his son-in-law Kushner") settle; once more after the
  // home country has placed the bare offices.
  // "Iran may have another card up its sleeve. Its foreign ministry deputy director, …": an "its" owning a role
  // is the country named last, in that sentence or the one before.
  const owned = mentions.filter((m) => m.pronounOwner !== undefined);
  if (owned.length) {
    const countries = mentions.filter((m) => m.type !== 'PERSON' && m.country && clusters[clusterAt[m.first]]?.countryKey);
    let k = -1;
    for (const m of owned) {
      while (k + 1 < countries.length && countries[k + 1].last < m.pronounOwner!) k++;
      const c = countries[k];
      const own = clusterAt[m.first];
      if (c && own >= 0 && tokens[m.pronounOwner!].sentence - tokens[c.first].sentence <= 1) attrs[own].country ??= c.country;
    }
  }
  propagate();
  propagate();
  // A domestic office nothing places is held in the home country ("the senator", "President Trump" in a US paper).
  clusters.forEach((c, ci) => {
    const a = attrs[ci];
    if (c.type !== 'PERSON' || a.country || !home || !a.role || !a.sector || !DOMESTIC_SECTORS.has(a.sector)) return;
    const unplacedOwner = c.mentions.some((m) => m.ownedByDescription || (m.owner !== undefined && clusterAt[m.owner] >= 0));
    if (!unplacedOwner) a.country = home;
  });
  propagate();
  const entities: Entity[] = clusters.map((c, ci) => {
    c.mentions.sort((a, b) => a.start - b.start);
    const e: Entity = {
      id: '',
      type: majorityType(c),
      name: canonicalName(c),
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    };
    const { role, country, sector } = attrs[ci];
    if (role) e.role = role;
    if (country) e.country = country;
    if (sector) e.sector = sector;
    return e;
  });
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
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
