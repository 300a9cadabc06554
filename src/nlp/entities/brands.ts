// Companies, their products and teams, told apart by the shape of their names:
// - a brand followed by a word that is no division head ("Apple Watch", "Intel Core", "Amazon Music") is a product
//   or service (MISC); "Amazon Web Services" and "Sony Pictures" stay organisations;
// - a name that starts in lower case and goes on in upper case ("iPad", "eGPU", "macOS") is a product, unless the
//   company gazetteer knows it ("eBay");
// - a "place" the gazetteer does not know, written with a capital inside ("SoFi", "DoorDash"), is a company: place
//   names have none beyond Mc/Mac/De/La… prefixes;
// - a plural one-word "place" or "thing" after "the" ("the Sabres", "the Canadiens") is a team (ORG); "the Mars" of
//   "the Mars-Moon program" is no plural.
import { DIVISION_WORDS } from '../../doc/english.js';
import type { TokenView } from './context.js';
import { retype, type Cluster } from './cluster.js';
import { DIVISION_HEADS, endsInLegalForm, FEATURE_WORDS, NOT_TEAM_PLURALS, PLACE_PLURALS } from './not-names.js';
import { isCommonWord, isCompanyWord, isGivenName, isLowerWord, isNameWord, isPlaceWord } from './lexical.js';
import { institutionSector } from './roles.js';
import type { ListedMention } from './lists.js';
import { CELESTIAL } from './heads.js';


const LOWER_CAMEL = /^\p{Ll}+\p{Lu}/u;
/** Prefixes of surnames and place names that carry a capital inside ("McAllen", "DeKalb", "LaSalle", "O'Hare"). */
const CAPITAL_PREFIXES = /\b(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])(?=\p{Lu})/gu;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const PLURAL_NAME = /^\p{Lu}\p{Ll}+[^s]s$/u;
const INITIALISM = /^\p{Lu}{2,}$/u;

/** A brand: a word the corpus writes capitalised ("Intel"; not "Big", "Air", "International") that is a one-word
 *  organisation of the article, or that only the company gazetteer knows. */
const isBrand = (brands: ReadonlySet<string>, w: string) =>
  !isCommonWord(w) && (brands.has(w) || (isCompanyWord(w) && !isNameWord(w) && !isGivenName(w) && !isPlaceWord(w)));

/** Product: a brand, then words none of which heads a division; after a brand that is an initialism itself, not all
 *  initialisms ("CBS DFW" is a station; "PlayStation VR" is a product). A lone letter is a model ("Xbox One X"). */
function brandProduct(brands: ReadonlySet<string>, words: readonly string[], text: string, known: (name: string) => boolean): boolean {
  if (words.length < 2 || !isBrand(brands, words[0]) || DIVISION_HEADS.has(words[words.length - 1]) || endsInLegalForm(words) || institutionSector(words.slice(1))) return false;
  // (A firm named after its founders, "Lockheed Martin", "Goldman Sachs": a person's name after the brand.)
  // (Not a word the corpus writes in lower case, which surname lists also hold: "Intel Core" is a product.)
  if (words.slice(1).some((w) => (isNameWord(w) && !isLowerWord(w)) || isGivenName(w))) return false;
  const written = text.split(/\s+/u);
  // (Not "US Senate": a place or institution first; not "Institute for the Study of War": small words inside.)
  if (known(written[0]) || written.some((w) => /^\p{Ll}/u.test(w) && !LOWER_CAMEL.test(w))) return false;
  return !(INITIALISM.test(written[0]) && written.slice(1).every((w) => INITIALISM.test(w)));
}

/** A known place's name then a plural that names no kind of place: a team or a body named for the place ("Green Bay
 *  Packers", "Detroit Lions", "New York Times"), not "Palm Springs" or "Cayman Islands". */
function namedAfterPlace(words: readonly string[], known: (name: string) => boolean): boolean {
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && /[^s]s$/.test(last) && !PLACE_PLURALS.has(last) && !NOT_TEAM_PLURALS.has(last) && known(words.slice(0, -1).join(' '));
}

/** A verb, an auxiliary or an owner's "'s" right after token `last`: the name acts or owns ("Airbus has warned"). */
const subjectOrOwner = (v: TokenView, last: number) => /^(VERB|AUX)$/.test(v.tokens[last + 1]?.pos ?? '') || /^[’']s$/.test(v.words[last + 1] ?? '');

/**
 * Re-types brands' products, lower-camel products, camel-case "places", firms typed things, and plural teams; `known` says whether the
 * gazetteer knows a name as a place or an institution. One pass over the clusters (and their mentions).
 */
export function brandsAndTeams(v: TokenView, clusters: readonly Cluster[], known: (name: string) => boolean): void {
  const brands = new Set<string>();
  for (const c of clusters) if (c.type === 'ORG' && c.words.length === 1) brands.add(c.words[0]);
  for (const c of clusters) {
    if (c.countryKey || c.type === 'NORP' || c.type === 'MISC' && !PLURAL_NAME.test(c.mentions[0]?.text ?? '')) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.length || named.some((m) => known(m.text))) continue;
    const first = named[0];
    if (c.type === 'ORG' && named.every((m) => brandProduct(brands, m.words, m.text, known))) {
      retype(c, 'MISC');
    } else if (c.type !== 'LOC' && named.every((m) => LOWER_CAMEL.test(m.text)) && !named.some((m) => isCompanyWord(m.text.toLowerCase()))) {
      retype(c, 'MISC');
    } else if (c.type === 'LOC' && named.some((m) => INNER_CAPITAL.test(m.text.replace(CAPITAL_PREFIXES, '')))) {
      retype(c, 'ORG');
    } else if (c.type === 'MISC' && named.every((m) => m.words.length === 1 && isCompanyWord(m.words[0])) && named.some((m) => subjectOrOwner(v, m.last))) {
      // A firm the company gazetteer knows, typed a thing after its products ("the Airbus A380"), acting or owning
      // ("Airbus has warned…", "staff of Airbus'…") is the firm.
      retype(c, 'ORG');
    } else if (c.type === 'LOC' && named.every((m) => namedAfterPlace(m.words, known))) {
      retype(c, 'ORG');
    } else if ((c.type === 'LOC' || c.type === 'MISC') && named.every((m) => m.words.length === 1 && PLURAL_NAME.test(m.text))
      && !NOT_TEAM_PLURALS.has(first.words[0]) && !CELESTIAL.has(first.words[0]) && named.some((m) => /^the$/i.test(v.words[m.first - 1] ?? ''))) {
      retype(c, 'ORG');
    }
  }
}

/**
 * Members of one list are of one kind: in a list of names ("Chime, Varo, SoFi and GoBank"), a "place" that no
 * gazetteer knows is an organisation when the list's organisations outnumber its known places (`lists`: clusterLists).
 * Linear.
 */
export function listSiblings(clusters: readonly Cluster[], lists: readonly ListedMention[][], isPlace: (name: string) => boolean): void {
  // (A region's or a feature's name says it is one: "Astrakhanka, Zaporizhia Oblast", "the Northern Pacific and Bering
  // Sea" are no lists of organisations.)
  const unknownPlace = (ci: number) => clusters[ci].type === 'LOC' && !clusters[ci].countryKey &&
    !clusters[ci].mentions.some((m) => !m.pronoun && (isPlace(m.text) || m.words.some((w) => DIVISION_WORDS.has(w) || FEATURE_WORDS.has(w))));
  for (const run of lists) {
    if (run.length < 2) continue;
    let orgs = 0;
    let places = 0;
    for (const r of run) {
      if (clusters[r.ci].type === 'ORG') orgs++;
      else if (clusters[r.ci].type === 'LOC' && !unknownPlace(r.ci)) places++;
    }
    if (orgs <= places) continue;
    for (const r of run) if (unknownPlace(r.ci)) retype(clusters[r.ci], 'ORG');
  }
}
