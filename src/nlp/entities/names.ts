// Names stay whole: the tagger sometimes cuts a name at a hyphen or a particle ("Bashar al" + "Assad", "Badr" +
// "Hamad" + "al-Busaidi", "Laurence des Cars"). Mentions separated only by particles and hyphens join into one,
// and a particle glued to the front of a name ("al-Assad") joins it.
import { DIRECTIONS, DIVISION_WORDS } from '../../doc/english.js';
import type { TokenView } from './context.js';
import { wordKey, type Cluster } from './cluster.js';
import { COLLECTIVE_ROLES, GENERIC_ROLES, ROLE_SECTORS } from './roles.js';

/** A lower-case title of one person ("singer", "star", "minister"), not of a body ("ministry", "troops"). */
const personTitle = (w: string) =>
  /^\p{Ll}+$/u.test(w) && (w in ROLE_SECTORS || GENERIC_ROLES.has(w)) && !COLLECTIVE_ROLES.has(w) && !FIRM_ROLES.has(w) && ROLE_SECTORS[w] !== 'BUS';
/** Roles a company can hold as well as a person ("investor SoftBank", "partner Acme"). */
const FIRM_ROLES = new Set(['owner', 'partner', 'member', 'ally', 'rival', 'successor', 'predecessor', 'founder', 'co-founder',
  'candidate', 'nominee', 'victim', 'suspect', 'defendant', 'plaintiff', 'employee', 'worker', 'architect', 'lead', 'head',
  'manager', 'designer', 'champion', 'driver', 'representative', 'consultant', 'specialist', 'expert', 'coordinator']);
import type { RawMention } from './types.js';
import { hasPersonMarks, placedNear } from './positioned.js';
import { actsLikeOrganisation } from './acts.js';
import { nameHead } from './heads.js';
import { endsInLegalForm, FEATURE_WORDS, LEGAL_FORM_INITIALS, LEGAL_FORMS, THOROUGHFARES } from './not-names.js';
import { isCompanyWord, isGivenName } from './lexical.js';
import { residence } from './written-kinds.js';

/**
 * Name particles (closed class: Arabic, Romance, Germanic and Dutch nobiliary and patronymic particles) that sit
 * inside personal names in lower case.
 */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abd', 'de', 'des', 'du', 'da', 'di', 'do', 'dos', 'das',
  'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'mac', 'af']);

/** Particles that are also ordinary words of English text ("do", "ten", "den"), or stand in names only capitalised in
 *  it: never taken to lead to a surname the tagger did not tag. */
const ENGLISH_LOOKING = new Set(['do', 'y', 'den', 'ten', 'ben', 'la', 'le', 'mac']);

const OPEN_QUOTE = /^[“"‘']$/;
const CLOSE_QUOTE = /^[”"’']$/;

/** At most this many particle or hyphen tokens between two parts of one name. */
const MAX_GAP = 3;

/** Token i is a hyphen glued to the tokens on both sides. */
const gluedHyphen = (v: TokenView, i: number) =>
  /^[-‐]$/.test(v.words[i]) && i > 0 && i + 1 < v.tokens.length && v.tokens[i - 1].end === v.tokens[i].start && v.tokens[i].end === v.tokens[i + 1].start;

const filler = (v: TokenView, i: number) => PARTICLES.has(v.words[i]) || gluedHyphen(v, i);

/** Tokens k…k+4 read Name “Nickname” Name in one sentence: three capitalised words, the middle one in quotation marks. */
function nicknameFrame(v: TokenView, k: number): boolean {
  if (k < 0 || k + 4 >= v.words.length || v.tokens[k].sentence !== v.tokens[k + 4].sentence) return false;
  const name = (i: number) => /^\p{Lu}\p{Ll}/u.test(v.words[i]);
  return name(k) && OPEN_QUOTE.test(v.words[k + 1]) && name(k + 2) && CLOSE_QUOTE.test(v.words[k + 3]) && name(k + 4);
}

/**
 * A person the tagger found in any part of "Serhiy “Flash” Beskrestnov" (first name, nickname or surname), or a
 * person's title right before the frame ("adviser Serhiy “Flash” Beskrestnov", the tagger silent), names the whole
 * frame, and other mentions inside it go: a tagger that learnt quoted titles of works reads the quotation mark as a
 * break. `raw` in text order; the output too.
 */
export function nicknamedPeople(v: TokenView, raw: readonly RawMention[]): RawMention[] {
  const frames: RawMention[] = [];
  for (const r of raw) {
    if (r.type !== 'PERSON' || frames.some((f) => r.first >= f.first && r.last <= f.last)) continue;
    for (let k = r.first - 4; k <= r.first; k++) {
      if (r.last <= k + 4 && nicknameFrame(v, k)) { frames.push({ first: k, last: k + 4, type: 'PERSON' }); break; }
    }
  }
  for (let k = 1; k + 4 < v.words.length; k++) {
    if (OPEN_QUOTE.test(v.words[k + 1]) && personTitle(v.words[k - 1]) && nicknameFrame(v, k) && !frames.some((f) => f.first === k)) {
      frames.push({ first: k, last: k + 4, type: 'PERSON' });
    }
  }
  frames.sort((a, b) => a.first - b.first);
  if (!frames.length) return [...raw];
  const inFrame = (r: RawMention) => frames.some((f) => r.first <= f.last && r.last >= f.first);
  return [...raw.filter((r) => !inFrame(r)), ...frames].sort((a, b) => a.first - b.first);
}

/** Joins the parts of one name; `raw` in text order, one pass. */
export function joinNameParts(v: TokenView, raw: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  const starts = new Set(raw.map((r) => r.first));
  // Parts in a row with only particles or hyphens between them; joined when one is a person (a quoted nickname
  // between them: nicknamedPeople, before).
  let group: RawMention[] = [];
  const flush = () => {
    if (group.length > 1 && group.some((g) => g.type === 'PERSON')) out.push({ first: group[0].first, last: group[group.length - 1].last, type: 'PERSON' });
    else out.push(...group);
    group = [];
  };
  for (const r0 of raw) {
    const r = { ...r0 };
    // A particle glued by a hyphen to the front ("al-Assad"); a person's name part hyphenated on either side
    // ("Ming-Chi Kuo", "Emma Graham-Harrison").
    const capital = (k: number) => /^\p{Lu}/u.test(v.words[k]) && v.tokens[k].sentence === v.tokens[r.first].sentence;
    while (r.first >= 2 && gluedHyphen(v, r.first - 1) && (PARTICLES.has(v.words[r.first - 2]) || (r.type === 'PERSON' && capital(r.first - 2)))) r.first -= 2;
    while (r.type === 'PERSON' && r.last + 2 < v.tokens.length && gluedHyphen(v, r.last + 1) && capital(r.last + 2)) r.last += 2;
    // A surname after particles that the tagger left untagged ("Laurence" + "des Cars", "Charles" + "de Gaulle").
    if (r.type === 'PERSON') {
      let k = r.last + 1;
      while (k - r.last <= MAX_GAP && k < v.tokens.length && PARTICLES.has(v.words[k]) && !ENGLISH_LOOKING.has(v.words[k])) k++;
      if (k > r.last + 1 && k < v.tokens.length && capital(k) && !starts.has(k)) r.last = k;
    }
    const prev = group[group.length - 1];
    if (prev && r.first <= prev.last) {
      // The particle already ended the previous part ("Bashar al" + "al-Assad").
      group.push({ ...r, first: prev.last + 1 <= r.last ? prev.last + 1 : r.last });
      continue;
    }
    if (prev && r.first - prev.last - 1 <= MAX_GAP + 1 && v.tokens[prev.last].sentence === v.tokens[r.first].sentence) {
      let k = prev.last + 1;
      while (k < r.first && filler(v, k)) k++;
      const linked = r.first > prev.last + 1 || gluedHyphen(v, prev.last) || PARTICLES.has(v.words[r.first]) || PARTICLES.has(v.words[prev.last]);
      if (k === r.first && linked) {
        group.push(r);
        continue;
      }
    }
    flush();
    group.push(r);
  }
  flush();
  return out;
}

/**
 * Document-level type consistency: a name whose last word the tagger mostly types PERSON in this article is a
 * person everywhere in it ("Defence Mykhailo Fedorov" typed ORG once, "Fedorov" PERSON twice) unless the gazetteer
 * or the institution lexicon knows the whole name. One pass to count, one to re-type.
 */
export function consistentTypes(v: TokenView, raw: readonly RawMention[], known: (text: string) => boolean, isPlace: (text: string) => boolean): RawMention[] {
  const key = (r: RawMention) => wordKey(v.words[r.last].toLowerCase().replace(/[’']s$/, ''));
  const person = new Map<string, number>();
  const other = new Map<string, number>();
  for (const r of raw) {
    const counts = r.type === 'PERSON' ? person : other;
    counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  }
  // Surnames of people named in full: a one-word place name that is also one stays a person ("Jordan").
  const surnames = new Set<string>();
  for (const r of raw) if (r.type === 'PERSON' && r.last > r.first) surnames.add(key(r));
  // One-word organisation names of the article: "Disney Channel" opens with one, so it is no person. (Not a given
  // name the article names a person by as often: "Eloise" ×10, and once taken for a body.)
  const orgWords = new Map<string, number>();
  const personWords = new Map<string, number>();
  for (const r of raw) {
    if (r.first !== r.last) continue;
    const counts = r.type === 'ORG' ? orgWords : r.type === 'PERSON' ? personWords : null;
    counts?.set(v.words[r.first], (counts.get(v.words[r.first]) ?? 0) + 1);
  }
  const personFirst = (w: string) => isGivenName(w.toLowerCase()) && (personWords.get(w) ?? 0) >= (orgWords.get(w) ?? 0);
  return raw.map((r) => {
    if (r.type === 'PERSON') {
      // A venue or city the tagger took for a person ("…, 15, Milan"), a street ("corso Monforte").
      const name = v.text.slice(v.tokens[r.first].start, v.tokens[r.last].end);
      if (r.first === r.last && isPlace(name) && !surnames.has(key(r))) return { ...r, type: 'LOC' as const };
      if (r.first > 0 && FEATURE_WORDS.has(v.words[r.first - 1].toLowerCase())) return { ...r, type: 'LOC' as const };
      // ("Arduino SRL": a legal form in capitals ends a firm's name; "Inc" and "Ltd" the body heads see to later.)
      const form = v.words[r.last].toLowerCase();
      const legal = r.last > r.first && LEGAL_FORM_INITIALS.has(form);
      if (r.last > r.first && orgWords.has(v.words[r.first]) && !known(name) && (legal || !personFirst(v.words[r.first]))) return { ...r, type: 'ORG' as const };
      if (legal && !LEGAL_FORMS.has(form)) return { ...r, type: 'ORG' as const };
      return r;
    }
    // A name right after a person's title is a person ("Brazil star Neymar", "singer Ann Lee").
    if (r.first > 0 && r.last - r.first < 3 && personTitle(v.words[r.first - 1]) && !known(v.text.slice(v.tokens[r.first].start, v.tokens[r.last].end)) && !isPlace(v.text.slice(v.tokens[r.first].start, v.tokens[r.last].end))) {
      return { ...r, type: 'PERSON' as const };
    }
    if (!/^\p{Lu}/u.test(v.words[r.last])) return r;
    const k = key(r);
    if ((person.get(k) ?? 0) <= (other.get(k) ?? 0)) return r;
    if (known(v.text.slice(v.tokens[r.first].start, v.tokens[r.last].end))) return r;
    return { ...r, type: 'PERSON' as const };
  });
}

/** Words that open a noun phrase: a name after them is a thing or a team, not a person ("the Wild", "a MacBook"). */
const ARTICLE = /^(the|a|an)$/i;

/**
 * A "person" most of whose mentions follow an article or a measure compound ("the Wild's win", "the 13-inch
 * MacBook Pro", "the Disney Channel") is an organisation or a thing: people's names take no article.
 */
export function articledPeople(v: TokenView, clusters: readonly Cluster[]): void {
  for (const c of clusters) {
    if (c.type !== 'PERSON') continue;
    let articled = 0;
    for (const m of c.mentions) {
      const k = m.first - 1;
      // (Not "the Trump administration": a name before a noun modifies it.)
      const next = m.last + 1 < v.tokens.length ? v.tokens[m.last + 1] : undefined;
      if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(v.words[m.last + 1])) continue;
      const measure = k >= 0 && v.compEnd[k] === k && v.compStart[k] < k && /\d/.test(v.words[v.compStart[k]]);
      if (k >= 0 && (ARTICLE.test(v.words[k]) || measure)) articled++;
    }
    if (articled * 2 > c.mentions.length) {
      c.type = 'ORG';
      for (const m of c.mentions) m.type = 'ORG';
    }
  }
}

/**
 * Words of geographic and built-place names (continents, features, venues): a name with one is a place even if
 * no preposition introduces it ("Europe must act", "the Palais des Nations hosts"). Closed class, hand-collected.
 */
const GEO_WORDS = new Set(['earth', 'europe', 'asia', 'africa', 'america', 'americas', 'oceania', 'antarctica', 'arctic', 'eurasia',
  'east', 'west', 'north', 'south', 'gulf', 'sea', 'ocean', 'bay', 'river', 'lake', 'mountains', 'mount', 'valley', 'island',
  'islands', 'peninsula', 'strait', 'straits', 'coast', 'desert', 'basin', 'pacific', 'atlantic', 'mediterranean',
  'caribbean', 'balkans', 'baltic', 'caucasus', 'sahel', 'hotel', 'palace', 'palais', 'arena', 'stadium', 'field', 'park',
  'square', 'street', 'avenue', 'road', 'bridge', 'airport', 'station', 'hall', 'tower', 'museum', 'cathedral', 'plaza',
  'harbour', 'harbor', 'port', 'canal', 'state', 'city', 'village', 'town', ...DIVISION_WORDS]);


/** Heads of names of natural features: a "thing" so headed is a place ("Tibetan Plateau", "Red Sea"; not "Gulf War"). */
const FEATURE_HEADS = new Set([...FEATURE_WORDS, 'plateau', 'valley', 'basin', 'canyon', 'glacier', 'steppe', 'highlands']);

/** Heads of names of grounds and places of custody ("Central Park", "Bartholomew County Jail"): places. Closed class. */
const GROUNDS_HEADS = new Set(['park', 'jail', 'prison', 'penitentiary', 'cemetery', 'zoo', 'garden', 'gardens']);

/** Last words of a thoroughfare's or a built place's name that no person's name ends with ("Whangārei Harbour",
 *  "Stewart Island"): a "person" so named is a place (an administrative division's, DIVISION_WORDS, already is).
 *  Surnames that are also such words ("Lane", "Arena", "Beach") are left out. */
const PLACE_LAST_WORDS = new Set(['avenue', 'road', 'boulevard', 'highway', 'square', 'plaza', 'bridge', 'airport',
  'station', 'island', 'islands', 'harbour', 'harbor', 'peninsula', 'strait', 'canal', 'cathedral', 'museum', 'stadium',
  'hotel', 'palace', 'prospekt', 'prospect', 'embankment']);

/** A name of two words or more ending in a place's last word; "Street" only after two words ("Ivana Mazepa Street",
 *  not the skier Picabo Street). */
const placeLastWord = (words: readonly string[]) =>
  words.length >= 2 && (PLACE_LAST_WORDS.has(words[words.length - 1]) || (words.length >= 3 && words[words.length - 1] === 'street'));

/** A name whose last word is a plural other than a feature's, right after its feature word, names people or a body
 *  after the place ("Green Bay Packers", "Tampa Bay Buccaneers"); "Cayman Islands" ends in its feature, and "Palais des
 *  Nations" is the palace. */
function namedForPlace(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return words.length >= 3 && /[^s]s$/.test(last) && !FEATURE_WORDS.has(last) && FEATURE_WORDS.has(words[words.length - 2] ?? '');
}

/** Organisations named as a natural feature or a venue are places; so are names of administrative divisions and
 *  names the text only ever puts "near" something or a compass point "of" ("near Pishchane", "north of Yablunivka"),
 *  whatever the tagger typed. One pass over the clusters. */
export function featuresArePlaces(v: TokenView, clusters: readonly Cluster[], known: (text: string) => boolean): void {
  for (const c of clusters) {
    if (c.type === 'LOC' || c.type === 'NORP') continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.length || named.some((m) => known(m.text) || endsInLegalForm(m.words))) continue;
    const feature = (c.type === 'ORG' && named.some((m) => m.words.some((w) => FEATURE_WORDS.has(w)) && !namedForPlace(m.words))) ||
      (c.type === 'MISC' && named.every((m) => m.words.length > 1 && FEATURE_HEADS.has(nameHead(m.words)))) ||
      ((c.type === 'MISC' || c.type === 'ORG') && named.every((m) => m.words.length > 1 && GROUNDS_HEADS.has(nameHead(m.words)))) ||
      (c.type === 'PERSON' && named.every((m) => placeLastWord(m.words)));
    const division = named.every((m) => m.words.length >= 2 && DIVISION_WORDS.has(nameHead(m.words)));
    // A person is placed so only by a one-word name and with nothing of a person ("stood near Trump" keeps Donald
    // Trump a person; "near Kadrin, who said" keeps Kadrin one).
    const positioned = named.every((m) => placedNear(v, m.first)) && (c.type !== 'PERSON' || (named.every((m) => m.words.length === 1) && !hasPersonMarks(v, c)));
    if (!feature && !division && !positioned) continue;
    c.type = 'LOC';
    for (const m of named) m.type = 'LOC';
  }
}

/** Prepositions that put a place in a sentence ("in Greenbelt", "at Heinz Field", "on Wall Street"). */
const PLACE_PREPOSITIONS = /^(in|at|on|near|from|to|into|across|outside|around|toward|towards|through|of|via|inside|within|between)$/i;

/**
 * A "place" the gazetteer does not know and the text never puts after a place preposition nor in a list so put
 * (`positioned`: first tokens, positioned.ts) ("Netflix said", "Boeing's order") is an organisation; a one-word such
 * "place" that does not act either ("Alexa", "Fabergé") that no verb takes is no place the article locates anything
 * in, and is dropped. Returns the clusters kept.
 */
export function placesNeverPlaced(v: TokenView, clusters: readonly Cluster[], known: (text: string) => boolean, placeWord: (word: string) => boolean, positioned: ReadonlySet<number>): Cluster[] {
  return clusters.filter((c) => {
    if (c.type !== 'LOC' || c.countryKey) return true;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (named.some((m) => known(m.text) || m.country || positioned.has(m.first) || m.words.some((w) => GEO_WORDS.has(w)))) return true;
    if (named.some((m) => m.first > 0 && (PLACE_PREPOSITIONS.test(v.words[m.first - (ARTICLE.test(v.words[m.first - 1]) && m.first > 1 ? 2 : 1)]) || FEATURE_WORDS.has(v.words[m.first - 1].toLowerCase())))) return true;
    // (Where someone lives: "Hayley Hull, 30, Bulpitt, was arrested".)
    if (named.some((m) => residence(v, m.first))) return true;
    // Positive evidence of an actor: a mention that owns something or speaks, announces, trades ("Netflix said",
    // "Boeing's jets"); a village taken in a war ("forces captured Huliaipole") stays a place.
    // (A village a verb takes or that a verb follows, "captured Velykopole", "Velykopole was shelled", stays.)
    if (!named.some((m) => actsLikeOrganisation(v, m.last))) return !named.every((m) => m.words.length === 1 && !placeWord(m.words[0]) && !nextToVerb(v, m));
    c.type = 'ORG';
    for (const m of named) m.type = 'ORG';
    return true;
  });
}

/** A verb (or auxiliary) right before or right after the mention. */
const nextToVerb = (v: TokenView, m: { first: number; last: number }) =>
  /^(VERB|AUX)$/.test(v.tokens[m.first - 1]?.pos ?? '') || /^(VERB|AUX)$/.test(v.tokens[m.last + 1]?.pos ?? '');

/** A model designation: digits, or letters and digits ("787", "A350-900", "16-inch"). */
const MODEL = /^(\d{3,}|\p{Lu}+\d[\p{L}\d-]*)$/u;
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * Products, not organisations or people: names most of whose mentions carry a model number or a measure
 * ("Boeing 787", "Airbus A350-900", "the 13-inch MacBook Pro") are things (MISC).
 */
export function productsAreThings(v: TokenView, clusters: readonly Cluster[], known: (text: string) => boolean): void {
  for (const c of clusters) {
    if (c.type !== 'ORG' && c.type !== 'PERSON' && c.type !== 'LOC') continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    // (A number before a street is its house number: "2134 Caldwell Place".)
    if (!named.length || named.some((m) => known(m.text) || THOROUGHFARES.has(m.words[m.words.length - 1].replace(/\.$/, '')))) continue;
    let model = 0;
    for (const m of named) {
      const after = m.last + 1 < v.tokens.length && v.tokens[m.last + 1].sentence === v.tokens[m.last].sentence ? v.words[m.last + 1] : '';
      const before = m.first > 0 ? v.text.slice(v.tokens[v.compStart[m.first - 1]].start, v.tokens[m.first - 1].end) : '';
      const inside = v.words.slice(m.first + 1, m.last + 1).some((w) => MODEL.test(w) && /\p{L}/u.test(w));
      if ((MODEL.test(after) && !YEAR.test(after)) || (MODEL.test(before) && !YEAR.test(before)) || /\d-?(inch|in|mm|cm|litre|liter|seat|door)$/i.test(before) || inside) model++;
    }
    if (model * 2 > named.length) {
      c.type = 'MISC';
      for (const m of named) m.type = 'MISC';
    }
  }
}

/** (Hoisted: the build turns a \p{…} literal into `new RegExp` at every call, and this one runs once a word.) */
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * A capitalised common noun taken for an organisation ("the Class of 2020", "Group C", "Corneocytes store…"): a
 * one-word ORG or MISC whose lower-case form the article also uses as a word is dropped when it is named once, or
 * only where a sentence opens ("…into corneocytes. Corneocytes store…": capitalised by its place alone).
 */
export function commonWordsAreNotNames(v: TokenView, raw: readonly RawMention[], keep: (word: string) => boolean): RawMention[] {
  const lower = new Set<string>();
  const count = new Map<string, number>();
  const inside = new Set<string>();
  for (const w of v.words) if (LOWER_WORD.test(w)) lower.add(w);
  const opens = (i: number) => i === 0 || v.tokens[i - 1].sentence !== v.tokens[i].sentence;
  for (const r of raw) {
    if (r.first !== r.last) continue;
    const w = v.words[r.first];
    count.set(w, (count.get(w) ?? 0) + 1);
    if (!opens(r.first)) inside.add(w);
  }
  return raw.filter((r) => {
    if (r.first !== r.last || (r.type !== 'ORG' && r.type !== 'MISC')) return true;
    const w = v.words[r.first];
    const byPosition = count.get(w) === 1 || (!inside.has(w) && !isCompanyWord(w.toLowerCase()));
    return !(byPosition && /^\p{Lu}\p{Ll}+$/u.test(w) && lower.has(w.toLowerCase()) && !keep(w));
  });
}
