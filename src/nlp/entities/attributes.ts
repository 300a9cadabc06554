// The attributes of each entity: the role, country and sector its mentions vote for, then what owners ("Putin's
// aide"), coordination ("envoys A and B"), a pronoun owner ("its foreign ministry") and the article's home country
// (for offices and institutions nothing else places) carry to it.
import type { Entity } from '../../doc/schema.js';
import type { Cluster } from './cluster.js';
import type { TokenView } from './context.js';
import { institutionSector } from './roles.js';
import type { Mention } from './types.js';

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

/** The type most of a cluster's named mentions have (a country-like place is a place; someone the text names in
 *  full with a role is a person, whatever the tagger made of the bare surname after: "military observer Kostyantyn
 *  Mashovets … Mashovets reported"). */
export function majorityType(c: Cluster): Entity['type'] {
  if (c.countryKey) return 'LOC';
  if (c.mentions.some((m) => m.type === 'PERSON' && m.role && !m.pronoun && m.words.length > 1)) return 'PERSON';
  const counts = new Map<string, number>();
  for (const m of c.mentions) if (!m.pronoun) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0] as Entity['type'];
}

/** The mentions whose country counts: a place's qualified mentions if it has some ("Santa Fe, New Mexico"); a
 *  person's own mentions, not a surname the tagger read as a nationality ("WPPSS attorney Ron English … English
 *  said" is not British). */
function countryVoters(c: Cluster): readonly Mention[] {
  if (c.mentions.some((m) => m.qualifiedPlace)) return c.mentions.filter((m) => m.qualifiedPlace);
  if (majorityType(c) === 'PERSON') return c.mentions.filter((m) => m.type === 'PERSON');
  return c.mentions;
}

export interface Attrs {
  role?: string;
  country?: string;
  sector?: string;
}

/** Role, country and sector of each cluster (by index); `home` is the article's home country, if it names it. */
export function clusterAttributes(v: TokenView, mentions: readonly Mention[], clusters: readonly Cluster[], home: string | undefined): Attrs[] {
  // Which cluster each name token belongs to, for owners ("Putin's aide") and coordination ("A and B").
  const clusterAt = new Int32Array(v.tokens.length).fill(-1);
  clusters.forEach((c, ci) => {
    for (const m of c.mentions) if (!m.pronoun) for (let t = m.first; t <= m.last; t++) clusterAt[t] = ci;
  });
  const attrs: Attrs[] = clusters.map((c) => ({
    role: vote(c.mentions, 'role'),
    country: c.countryKey ?? vote(countryVoters(c), 'country'),
    sector: vote(c.mentions, 'sector'),
  }));
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
      if (c && own >= 0 && v.tokens[m.pronounOwner!].sentence - v.tokens[c.first].sentence <= 1) attrs[own].country ??= c.country;
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
  return attrs;
}
