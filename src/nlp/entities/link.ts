// From tagged mentions to the article's entities: clean names, read roles and countries from context, group
// mentions of one referent, resolve pronouns, and pick each entity's canonical name and attributes.
import type { Entity } from '../../doc/schema.js';
import type { Token } from '../../doc/types.js';
import { clusterMentions, type Cluster } from './cluster.js';
import { toMention, type TokenView } from './context.js';
import { resolvePronouns } from './pronouns.js';
import type { Mention, RawMention } from './types.js';

export function tokenView(text: string, tokens: readonly Token[]): TokenView {
  return { text, tokens, words: tokens.map((t) => text.slice(t.start, t.end)) };
}

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
  return named.reduce((a, b) => (b.words.length > a.words.length || (b.words.length === a.words.length && b.text.length > a.text.length) ? b : a)).text;
}

function majorityType(c: Cluster): Entity['type'] {
  const counts = new Map<string, number>();
  for (const m of c.mentions) if (!m.pronoun) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0] as Entity['type'];
}

export function linkEntities(text: string, tokens: readonly Token[], raw: readonly RawMention[]): Entity[] {
  const v = tokenView(text, tokens);
  const mentions = raw.map((r) => toMention(v, r)).filter((m): m is Mention => m !== null);
  const clusters = clusterMentions(mentions);
  resolvePronouns(v, clusters);
  const entities: Entity[] = clusters.map((c) => {
    c.mentions.sort((a, b) => a.start - b.start);
    const e: Entity = {
      id: '',
      type: majorityType(c),
      name: canonicalName(c),
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    };
    const role = vote(c.mentions, 'role');
    const country = c.countryKey ?? vote(c.mentions, 'country');
    const sector = vote(c.mentions, 'sector');
    if (role) e.role = role;
    if (country) e.country = country;
    if (sector) e.sector = sector;
    return e;
  });
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}
