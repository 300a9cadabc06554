// One entity per referent: mentions of an article grouped by name (a surname joins the full name, "President
// Trump" joins "Donald Trump", "U.S." joins "United States", "NATO" joins "North Atlantic Treaty Organization").
import { place } from '../geo/index.js';
import { acronym } from './normalize.js';
import type { Mention, MentionType } from './types.js';

export interface Cluster {
  type: MentionType;
  mentions: Mention[];
  /** Longest name words seen: the canonical name's words. */
  words: string[];
  /** Country code a country-like place stands for (its names all merge). */
  countryKey?: string;
}

/** True when every word of `short` occurs in `long`, in order ("zelenskyy" in "volodymyr zelenskyy"). */
function containsInOrder(long: readonly string[], short: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

function samePerson(c: Cluster, m: Mention): boolean {
  // A one-word mention matches the surname (last word); longer ones match in order, either way round.
  if (m.words.length === 1) return c.words[c.words.length - 1] === m.words[0];
  return containsInOrder(c.words, m.words) || containsInOrder(m.words, c.words);
}

function sameName(c: Cluster, m: Mention): boolean {
  const a = c.words.join(' ');
  const b = m.words.join(' ');
  if (a === b) return true;
  // Acronym against its expansion, either way round.
  if (m.words.length === 1 && c.words.length > 2) return acronym(c.words) === b.replace(/\./g, '');
  if (c.words.length === 1 && m.words.length > 2) return acronym(m.words) === a.replace(/\./g, '');
  return false;
}

// One referent, one entity: "US" tagged as a place, an adjective (MISC) or an actor (ORG) is the same country.
const countryKey = (m: Mention) => {
  const p = m.type !== 'PERSON' ? place(m.text) : null;
  return p?.kind === 'country' ? p.code : undefined;
};

/** Groups mentions (in text order) into clusters; the most recent matching cluster wins ties. */
export function clusterMentions(mentions: readonly Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    const key = countryKey(m);
    let target: Cluster | undefined;
    for (let i = clusters.length - 1; i >= 0 && !target; i--) {
      const c = clusters[i];
      if (key && c.countryKey === key) target = c;
      else if (c.type === 'PERSON' ? samePerson(c, m) && (m.type === 'PERSON' || m.words.length === 1) : c.type === m.type && sameName(c, m))
        // A lone surname the tagger typed otherwise still joins a person already named in full.
        target = c;
    }
    if (!target) {
      clusters.push({ type: m.type, mentions: [m], words: m.words, countryKey: key });
      continue;
    }
    target.mentions.push(m);
    if (m.words.length > target.words.length) target.words = m.words;
  }
  return clusters;
}
