// What a name's own words say about its kind, whatever the tagger typed:
// - a "person" whose last word heads a venue ("Moscone Center", "KeyBank Center") is a place; one whose last word
//   heads an institution ("Oakwood University") is an organisation: people's surnames are not such words;
// - the Sun, the Moon, planets, dwarf planets and major moons are places (as "Earth" is), not organisations or
//   people, unless the article makes them an actor ("Mars said": the company) or the word is a given name typed
//   PERSON ("Venus"); a craft named after one ("Europa Clipper") and a camel-case product ("MacBook Pro") typed
//   PERSON are things.
import type { TokenView } from './context.js';
import { isGenerationalSuffix, retype, type Cluster } from './cluster.js';
import type { RawMention } from './types.js';
import { unsureType } from './unsure.js';
import { isCommonWord, isCompanyWord, isGivenName, isLowerWord, isNameWord } from './lexical.js';
import { ACTOR_VERBS } from './acts.js';
import { endsInLegalForm } from './not-names.js';

/**
 * Head words of venues and built places (hand-collected closed class). Words that are also common surnames
 * (Hall, Park, Field, Tower, Bridge, Church) are left out: "Arsenio Hall" is a person.
 */
const VENUE_HEADS = new Set(['center', 'centre', 'arena', 'stadium', 'theatre', 'theater', 'museum', 'hotel', 'airport',
  'cathedral', 'mall', 'gallery', 'coliseum', 'colosseum', 'auditorium', 'ballpark', 'raceway', 'speedway', 'amphitheatre',
  'amphitheater', 'pavilion', 'casino', 'resort']);
/** Head words of institutions and firms (closed class of legal and institutional nouns). */
const BODY_WORDS = new Set(['university', 'college', 'hospital', 'institute', 'foundation', 'academy', 'association',
  'society', 'council', 'committee', 'agency', 'company', 'corporation', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'llc',
  'plc', 'group', 'studios', 'records', 'bank', 'fund', 'trust', 'party', 'union', 'league', 'federation',
  'organization', 'organisation', 'institution', 'alliance', 'coalition', 'ministry', 'administration', 'authority',
  'board', 'club', 'forum']);
/** Last words of the names of newspapers, magazines and news sites ("Haitian Times", "Cleveland Plain Dealer", "Consumer
 *  Reports", "PC World"): a "thing" so named is an outlet, an organisation. Closed class, hand-collected from outlets'
 *  names; "World" only after a name, not an ordinary word ("Third World"). */
const OUTLET_HEADS = new Set(['times', 'news', 'post', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'magazine',
  'weekly', 'reports', 'dealer', 'observer', 'telegraph', 'examiner', 'inquirer', 'courier', 'bulletin', 'digest', 'world']);
const isOutlet = (words: readonly string[]) => words.length > 1 && OUTLET_HEADS.has(words[words.length - 1]) &&
  (words[words.length - 1] !== 'world' || !isLowerWord(words[0]));

/** Heads of names of bodies that no firm's name ends with, so not in BODY_WORDS (units, teams, brotherhoods). */
const BODY_ONLY_HEADS = new Set(['team', 'unit', 'squad', 'brotherhood', 'department', 'bureau', 'commission', 'office']);
/** Body heads that also end names of places ("West Bank", "Soviet Union"). */
const PLACE_TOO = new Set(['bank', 'union']);
/**
 * The Sun, the Moon, the planets, the IAU dwarf planets and the solar system's major moons (IAU names; "Earth" is
 * already a place in the gazetteer words).
 */
export const CELESTIAL: ReadonlySet<string> = new Set(['sun', 'moon', 'mercury', 'venus', 'mars', 'jupiter', 'saturn',
  'uranus', 'neptune', 'pluto', 'ceres', 'eris', 'haumea', 'makemake', 'europa', 'io', 'ganymede', 'callisto', 'titan', 'enceladus', 'triton',
  'phobos', 'deimos', 'charon', 'titania', 'oberon', 'miranda', 'ariel', 'umbriel', 'rhea', 'iapetus', 'dione', 'tethys',
  'mimas', 'earth']);


/** The head of a name: the word before its first "of", "for" or "on" ("Court" of "Superior Court for Monmouth
 *  County", "Award" of "Award for Best Actress"), else its last word. */
export function nameHead(words: readonly string[]): string {
  const k = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  return k > 0 ? words[k - 1] : words[words.length - 1];
}

/** Re-types venues, institutions and celestial bodies by the words of their names; one pass over the clusters. */
export function namesByHeads(v: TokenView, clusters: readonly Cluster[], known: (name: string) => boolean): void {
  for (const c of clusters) {
    if (c.countryKey || c.type === 'NORP') continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.length) continue;
    if (c.type === 'PERSON') {
      // ("Al-Rantisi Hospital for Children": the head before its complement.)
      const heads = named.map((m) => nameHead(m.words));
      const multi = named.some((m) => m.words.length > 1);
      if (multi && heads.some((h) => VENUE_HEADS.has(h))) retype(c, 'LOC');
      else if (multi && (heads.some((h) => BODY_WORDS.has(h)) || named.some((m) => endsInLegalForm(m.words)))) retype(c, 'ORG');
      // A craft or mission named after a body ("Europa Clipper", "Mars Express") is a thing; "Venus Williams" is not.
      else if (multi && CELESTIAL.has(c.words[0]) && !isGivenName(c.words[0]) && !c.words.slice(1).some(isNameWord)) retype(c, 'MISC');
      // A product's camel-case name ("MacBook Pro") with no given name in it is a thing; "Douglas MacArthur" is not.
      else if (named.some((m) => /\p{Ll}\p{Lu}/u.test(m.text.replace(/\bMc(?=\p{Lu})/gu, ''))) && !named.some((m) => m.words.some(isGivenName))) retype(c, 'MISC');
    }
    // A "place" named in full by a body's head ("Institute for the Study of War", its initialism typed LOC elsewhere)
    // is that body; not "West Bank" nor "Soviet Union", heads that also end places' names.
    // So is a "thing" so headed ("Joint Narcotics Enforcement Team"); not a league, which CoNLL types as an event.
    const bodyHead = (h: string) => (BODY_WORDS.has(h) || BODY_ONLY_HEADS.has(h)) && !PLACE_TOO.has(h);
    if ((c.type === 'LOC' || c.type === 'MISC') && !c.countryKey && named.some((m) => endsInLegalForm(m.words) || (m.words.length > 1 && bodyHead(nameHead(m.words)) && (c.type === 'LOC' || nameHead(m.words) !== 'league')))) retype(c, 'ORG');
    else if ((c.type === 'MISC' || c.type === 'LOC') && !c.countryKey && named.every((m) => isOutlet(m.words))) retype(c, 'ORG');
    // (Not an outlet or firm the lexicon knows, "the Sun"; not a given name typed PERSON, "Venus" Williams.)
    if (c.type === 'LOC' || named.some((m) => known(m.text)) || (c.type === 'PERSON' && isGivenName(named[0].words[0]))) continue;
    if (named.every((m) => m.words.length === 1 && CELESTIAL.has(m.words[0])) && !named.some((m) => ACTOR_VERBS.test(v.words[m.last + 1] ?? ''))) retype(c, 'LOC');
  }
}

/** Capitalised words that end a firm's name after a person's name ("Dick Clark Productions", "Walt Disney Company"). */
const FIRM_TAILS = new Set([...BODY_WORDS, 'productions', 'entertainment', 'media', 'enterprises', 'industries', 'partners',
  'holdings', 'capital', 'ventures', 'associates', 'motors', 'pictures', 'publishing', 'labs', 'systems', 'technologies']);
/** Head words of bodies whose name goes on with "of", "for" or "on" and a complement ("Institute for the Study of War",
 *  "Commission on Presidential Debates", "Court of Appeals for the Fourth Circuit", "National Survey on Drug Use and
 *  Health"): the institutional heads above, with offices, courts and surveys (closed class). */
const COMPLEMENT_HEADS = new Set([...BODY_WORDS, ...BODY_ONLY_HEADS, 'center', 'centre', 'centers', 'centres', 'court',
  'directorate', 'staff', 'corps', 'detachment', 'service', 'services', 'survey', 'institutes']);
/** Words that open the names of storms ("Hurricane Ida", "Tropical Storm Grace"): a storm is an event, whatever
 *  given name it bears. Closed class (the WMO's storm classes as news names them; "Storm" alone is a given name too:
 *  "Storm Reid"). */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone']);
/** Words that qualify a storm's class before its given name: "Tropical Storm", "Winter Storm", "Super Typhoon". */
const STORM_QUALIFIED: ReadonlyMap<string, string> = new Map([['tropical', 'storm'], ['winter', 'storm'], ['super', 'typhoon']]);
function isStorm(v: TokenView, r: RawMention): boolean {
  const first = v.words[r.first].toLowerCase();
  if (STORM_WORDS.has(first)) return r.last > r.first;
  return r.last > r.first + 1 && STORM_QUALIFIED.get(first) === v.words[r.first + 1].toLowerCase();
}
/** Head words of events and prizes (closed class): "Music Awards" is neither a place nor a body. */
const EVENT_HEADS = new Set(['awards', 'award', 'prize', 'festival', 'games', 'olympics', 'championship', 'championships',
  'cup', 'tournament', 'expo', 'summit', 'conference', 'week', 'marathon', 'grand prix']);

/**
 * Names cut or mistyped at their edges, fixed on raw mentions (text order, one pass):
 * - a person's name followed by a firm word is the firm ("Dick Clark" + "Productions" → ORG "Dick Clark Productions");
 * - a person's name takes the generational suffix after it ("Donald Trump" + "Jr." → "Donald Trump Jr.");
 * - a nationality right before an event name is part of it ("American" + "Music Awards" → MISC "American Music Awards"),
 *   and an event name is MISC whatever the tagger said, a storm's too ("Hurricane Ida");
 * - two common words joined by "and" open one name ("Rock and Roll Hall of Fame"), not two;
 * - a role and "of" opening an organisation's name leave it ("Founder of Ceres Robotics Inc." → "Ceres Robotics Inc.").
 */
export function wholeNames(v: TokenView, raw: readonly RawMention[], isRole: (word: string) => boolean): RawMention[] {
  const out: RawMention[] = [];
  const lower = (i: number) => (v.words[i] ?? '').toLowerCase();
  const sameSentence = (a: number, b: number) => b < v.tokens.length && v.tokens[a].sentence === v.tokens[b].sentence;
  for (const r0 of raw) {
    const r = { ...r0 };
    if (r.type === 'PERSON' && sameSentence(r.last, r.last + 1) && /^\p{Lu}/u.test(v.words[r.last + 1]) && FIRM_TAILS.has(lower(r.last + 1))) {
      r.last += 1;
      r.type = 'ORG';
    }
    // A generational suffix right after a person's name is part of it ("Donald Trump Jr.", "Martin Luther King, Jr.",
    // "Robert Griffin III"): the tagger often leaves it out, and without it the son is merged with the father.
    if (r.type === 'PERSON') {
      const comma = v.words[r.last + 1] === ',' ? 1 : 0;
      if (sameSentence(r.last, r.last + 1 + comma) && isGenerationalSuffix(v.words[r.last + 1 + comma] ?? '')) r.last += 1 + comma;
    }
    if (isStorm(v, r)) r.type = 'MISC';
    if (r.type !== 'PERSON' && r.type !== 'NORP' && EVENT_HEADS.has(lower(r.last))) {
      r.type = 'MISC';
      const prev = out[out.length - 1];
      if (prev && prev.type === 'NORP' && prev.last + 1 === r.first) {
        out.pop();
        r.first = prev.first;
      }
    }
    // Two common words around "and" open one name ("Rock" + "Roll Hall of Fame"): a name does not start with one.
    const before = out[out.length - 1];
    if (before && before.first === before.last && r.type !== 'PERSON' && before.type !== 'PERSON' && r.first === before.last + 2 && /^(and|&)$/i.test(v.words[before.last + 1]) && sameSentence(before.last, r.first) && isCommonWord(lower(before.first)) && isLowerWord(lower(r.first))) {
      out.pop();
      r.first = before.first;
    }
    if ((r.type === 'ORG' || r.type === 'MISC') && r.last - r.first >= 2 && lower(r.first + 1) === 'of' && isRole(lower(r.first))) r.first += 2;
    // One body's name cut at its complement ("Institute" + "for the" + "Study of War"): the parts are one name; so
    // when the tagger left the head untagged ("The Institute for the Study of War estimated…").
    const head = out[out.length - 1];
    if (head && cutAtComplement(v, head, r)) {
      out.pop();
      r.first = head.first;
      r.type = head.type;
    } else if (r.type === 'ORG' || r.type === 'MISC') {
      const start = untaggedHead(v, r, head ? head.last : -1);
      if (start >= 0) {
        r.first = start;
        r.type = 'ORG';
      }
    }
    // (A firm word the previous mention took is no mention of its own.)
    const prev = out[out.length - 1];
    if (prev && r.first <= prev.last) {
      if (r.last <= prev.last) continue;
      r.first = prev.last + 1;
    }
    out.push(r);
  }
  return out;
}

/** `a` ends with a body's head word, and "of", "for" or "on" (and "the") alone lead to `b`, both bodies or things. */
function cutAtComplement(v: TokenView, a: RawMention, b: RawMention): boolean {
  const bodyOrThing = (r: RawMention) => r.type === 'ORG' || r.type === 'MISC';
  if (!bodyOrThing(a) || !bodyOrThing(b) || !COMPLEMENT_HEADS.has(v.words[a.last].toLowerCase())) return false;
  const gap = b.first - a.last - 1;
  if (gap < 1 || gap > 2 || v.tokens[a.last].sentence !== v.tokens[b.first].sentence) return false;
  return /^(of|for|on)$/.test(v.words[a.last + 1]) && (gap === 1 || v.words[a.last + 2] === 'the');
}

/**
 * The first token of an untagged body's name whose complement `b` is ("Institute" in "The Institute for the Study of
 * War", "National Institute on Drug Abuse"): a capitalised head word, "of", "for" or "on" (and "the") right before `b`,
 * with the capitalised words before the head that no mention took (not an opening "The"); -1 when there is none, when
 * "of" leads to an organisation, or when "of" comes before the head.
 */
function untaggedHead(v: TokenView, b: RawMention, taken: number): number {
  let k = b.first - 1;
  if (v.words[k] === 'the') k--;
  if (k < 1 || k - 1 <= taken) return -1;
  // After "of", only a complement the tagger took for a thing: a body "of" a named body is a part of it ("the
  // Management Board of PTWP-ONLINE"), not one name.
  if (!(/^(for|on)$/.test(v.words[k]) || (v.words[k] === 'of' && b.type === 'MISC'))) return -1;
  const capital = (i: number) => /^\p{Lu}\p{Ll}/u.test(v.words[i]) && v.tokens[i].sentence === v.tokens[b.first].sentence;
  let start = k - 1;
  if (!capital(start) || !COMPLEMENT_HEADS.has(v.words[start].toLowerCase())) return -1;
  while (start - 1 > taken && capital(start - 1) && !/^(the|a|an)$/i.test(v.words[start - 1])) start--;
  // A head that is itself a complement belongs to a title ("Chief of Staff of the Presidential Executive Office").
  return start > 0 && v.words[start - 1] === 'of' ? -1 : start;
}

/** A one-word city the tagger typed unsure, whose word no company or given-name gazetteer knows too ("Delta",
 *  "Toyota", "Nancy" name firms, variants and people as well). */
const unsureCity = (m: RawMention & { words: string[] }) => unsureType(m) && !isCompanyWord(m.words[0]) && !isGivenName(m.words[0]);

/**
 * An "organisation" or "thing" whose whole name the gazetteer knows as a country or region, or as a city of several
 * words ("District of Columbia", "Inner Mongolia"), is that place. One-word cities only when the tagger was unsure of
 * every mention ("flights to Boise"): a team is often named by its city ("Pittsburgh beat Chicago"), and sports
 * pages taught the tagger so. One pass over the clusters.
 */
export function gazetteerPlaces(clusters: readonly Cluster[], placeKind: (name: string) => string | undefined, known: (name: string) => boolean): void {
  for (const c of clusters) {
    if (c.type !== 'ORG' && c.type !== 'MISC') continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.length || named.some((m) => known(m.text))) continue;
    const isPlace = (m: (typeof named)[number]) => {
      const kind = placeKind(m.text);
      return kind === 'country' || kind === 'region' || (!!kind && (m.words.length >= 2 || unsureCity(m)));
    };
    if (named.every(isPlace)) retype(c, 'LOC');
  }
}
