// From tagged mentions to the article's entities: clean names, read roles and countries from context, group
// mentions of one referent, resolve pronouns, carry countries along owners and coordination, and pick each
// entity's canonical name and attributes.
import type { Entity } from '../../doc/schema.js';
import type { Token } from '../../doc/types.js';
import type { Cluster } from './cluster.js';
import { tokenView } from './context.js';
import { homeCountry } from './home.js';
import { candidateMentions } from './candidates.js';
import { typedClusters } from './typing.js';
import { clusterAttributes, majorityType } from './attributes.js';
import { resolvePronouns } from './pronouns.js';
import { loneWordPeople } from './evidence.js';
import { unsureLoneWords } from './unsure.js';
import { isNameWord } from './lexical.js';
import type { Mention, RawMention } from './types.js';

export { tokenView } from './context.js';

/** The name an entity is listed under. */
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

export interface LinkOptions {
  /** The outlet's name, for the home country of unplaced domestic offices. */
  outlet?: string | null;
}

export function linkEntities(text: string, tokens: readonly Token[], raw: readonly RawMention[], opts: LinkOptions = {}): Entity[] {
  const v = tokenView(text, tokens);
  const mentions = candidateMentions(v, raw);
  const typed = typedClusters(v, mentions);
  resolvePronouns(v, typed);
  const clusters = unsureLoneWords(v, loneWordPeople(v, typed, isNameWord));
  // The home country counts only in an article that names it: an outlet abroad writing about another country's
  // politics ("President Trump" in a Qatari paper) must not make its offices the outlet's.
  let home = homeCountry(text, opts.outlet);
  if (home && !mentions.some((m) => m.country === home)) home = undefined;
  const attrs = clusterAttributes(v, mentions, clusters, home);
  const entities: Entity[] = clusters.map((c, ci) => {
    c.mentions.sort((a, b) => a.start - b.start);
    const e: Entity = {
      id: '',
      type: majorityType(c),
      name: canonicalName(c),
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    };
    const { role, country, sector } = attrs[ci];
    // A role is a person's; a sector a person's or a body's. A nationality, a place or a thing has neither ("a major
    // European land war" had made "European" a major, MIL).
    if (role && e.type === 'PERSON') e.role = role;
    if (country) e.country = country;
    if (sector && (e.type === 'PERSON' || e.type === 'ORG')) e.sector = sector;
    return e;
  });
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}
