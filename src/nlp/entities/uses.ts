// Names the article uses as things: a name written before a noun of a craft, weapon, device, programme or software
// feature that ends the noun phrase ("the Orion spacecraft", "Patriot systems", "the HLS program"; not "the Yevpatoria
// aircraft repair plant") is a product or programme (MISC), when nothing in the article makes it an actor: no verb of
// an organisation after it, no office or staff of it ("NASA administrator", "Boeing engineers"), no noun of a firm
// before it ("rocket company, Blue Origin"), no name the gazetteers know as an institution, a place or a company
// (makers: "Boeing jets"). And names the article classes with the noun it writes before them: "organisation TED", "the
// game Fortnite".
import type { TokenView } from './context.js';
import { retype, type Cluster } from './cluster.js';
import { actsLikeOrganisation } from './acts.js';
import { isCompanyWord } from './lexical.js';
import { ROLE_SECTORS, institutionSector } from './roles.js';
import { BODY_CLASS_NOUNS, BODY_RELATION_NOUNS, DIVISION_HEADS, FIRM_HEADS, THING_CLASS_NOUNS, THING_NOUNS } from './not-names.js';
import { hasPersonMarks } from './positioned.js';
import type { Mention } from './types.js';

/** Nouns of a body's people beside the role words (ROLE_SECTORS: "spokesman", "officials"): after a name they make
 *  it a body ("Boeing engineers", "the agency's staff"). */
const MEMBERS = /^(employees|staff|staffers|workers|engineers|scientists|executives|members|leaders|leadership|board|management|shareholders|investors|representatives)$/i;

/** Nouns of a firm or body or of its relations: written right before a name (", " between them or not) they make it
 *  one. */
const isBodyNoun = (w: string) => BODY_CLASS_NOUNS.has(w) || BODY_RELATION_NOUNS.has(w);

/** The word after a mention, within its sentence ('' at the end). */
function after(v: TokenView, last: number, k = 1): string {
  const i = last + k;
  return i < v.tokens.length && v.tokens[i].sentence === v.tokens[last].sentence ? v.words[i] : '';
}

/** A body by its mention: a verb of an organisation, one of its people or offices after it, a firm's noun before. */
function bodyUse(v: TokenView, first: number, last: number): boolean {
  const next = after(v, last).toLowerCase();
  if (actsLikeOrganisation(v, last) || MEMBERS.test(next) || Object.hasOwn(ROLE_SECTORS, next)) return true;
  const before = first > 0 && v.words[first - 1] === ',' ? first - 2 : first - 1;
  return before >= 0 && v.tokens[before].sentence === v.tokens[first].sentence && isBodyNoun(v.words[before].toLowerCase());
}

/** A thing by its mention: a thing noun right after it that ends the noun phrase. */
function thingUse(v: TokenView, last: number): boolean {
  if (!THING_NOUNS.has(after(v, last).toLowerCase())) return false;
  return !/^(NOUN|PROPN)$/.test(after(v, last, 2) ? v.tokens[last + 2].pos ?? '' : '');
}

/** Re-types to MISC the organisations and people the article only uses as things. One pass over the mentions. */
export function namesUsedAsThings(v: TokenView, clusters: readonly Cluster[], known: (name: string) => boolean): void {
  for (const c of clusters) {
    if ((c.type !== 'ORG' && c.type !== 'PERSON') || c.countryKey) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.length || named.some((m) => m.role || known(m.text) || isCompanyWord(m.text.toLowerCase()))) continue;
    // (A person named in full is no thing for "the Hivley car": "Leanne L. Hivley … She".)
    if (hasPersonMarks(v, c)) continue;
    const head = c.words[c.words.length - 1].toLowerCase();
    if (FIRM_HEADS.has(head) || DIVISION_HEADS.has(head) || institutionSector(c.words)) continue;
    if (named.some((m) => bodyUse(v, m.first, m.last))) continue;
    if (named.some((m) => thingUse(v, m.last))) retype(c, 'MISC');
  }
}

/** Determiners before "new" that make the name after it a new thing ("the new Zentor", "its new Zentor"). */
const NEW_THING_DETERMINERS = /^(the|a|an|its|their|his|her|our|this)$/i;
const MAX_NEW_THING_WORDS = 3;

/** A thing by its mention: "a"/"an" before it, or a determiner and "new" ("the new Zentor is…"), and nothing of the
 *  noun phrase after it ("bought a Zentor.", "an iPlum or two"; not "a Zentor spokesman", "a Zentor 320", "a Zentor
 *  (ZNT) report", "a new Zentor poll"). People and firms take no indefinite article, nor are they "the new" one. */
function indefiniteUse(v: TokenView, first: number, last: number): boolean {
  const same = (i: number) => i >= 0 && v.tokens[i]!.sentence === v.tokens[first]!.sentence;
  // (A new body or place has a long descriptive name: "the new Singapore Government Securities Market".)
  const isNew = same(first - 2) && /^new$/i.test(v.words[first - 1]!) && NEW_THING_DETERMINERS.test(v.words[first - 2]!) && last - first < MAX_NEW_THING_WORDS;
  if (!isNew && (!same(first - 1) || !/^an?$/i.test(v.words[first - 1]!))) return false;
  // The noun phrase ends with the name: the sentence ends or a preposition follows (not a comma: "a Spokane, Wash.,
  // firm"; nor "and": a name cut there), or, after "new", the name's verb ("the new Zentor is…").
  const next = after(v, last);
  const pos = next ? v.tokens[last + 1]!.pos : '';
  return !next || /^[.;:!?]$/.test(next) || pos === 'ADP' || (isNew && (pos === 'AUX' || pos === 'VERB'));
}

/** Re-types to MISC the organisations and people the article writes with an indefinite article ("a BlackBerry", "a
 *  Macintosh") or as "the new" one ("the new MacBook Air uses…") and never uses as a body (no verb of an organisation,
 *  no staff or office after it, no firm's noun before it) nor gives a person's marks. One pass over the mentions. */
export function namesWithIndefiniteArticle(v: TokenView, clusters: readonly Cluster[]): void {
  for (const c of clusters) {
    if ((c.type !== 'ORG' && c.type !== 'PERSON') || c.countryKey) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    if (named.some((m) => indefiniteUse(v, m.first, m.last)) && !bodyOrPerson(v, c, named)) retype(c, 'MISC');
  }
}

/** Something of a body or a person in a cluster's named mentions: a role or sector, a body's use ("Kelpa said",
 *  "Kelpa engineers"), a person's marks, or a firm's or institution's head word ending the name. What keeps a name
 *  from being taken for a thing. */
export function bodyOrPerson(v: TokenView, c: Cluster, named: readonly Mention[]): boolean {
  if (named.some((m) => m.role || m.sector || bodyUse(v, m.first, m.last)) || hasPersonMarks(v, c)) return true;
  const head = c.words[c.words.length - 1]!.toLowerCase();
  return FIRM_HEADS.has(head) || DIVISION_HEADS.has(head) || !!institutionSector(c.words);
}

/** The class the noun right before a mention gives it ("organisation TED", "the game Fortnite"): a lower-case noun
 *  of the same sentence, with no comma between. */
function classBefore(v: TokenView, first: number): 'ORG' | 'MISC' | null {
  const b = first - 1;
  if (b < 0 || v.tokens[b].sentence !== v.tokens[first].sentence || v.tokens[b].pos !== 'NOUN' || !/^\p{Ll}/u.test(v.words[b])) return null;
  const noun = v.words[b];
  return BODY_CLASS_NOUNS.has(noun) ? 'ORG' : THING_CLASS_NOUNS.has(noun) ? 'MISC' : null;
}

/** Words an apposition may open with before its classing noun (", the new version of…", ", an online retailer"). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const MAX_APPOSITION_MODIFIERS = 3;

/** The class an apposition right after a mention gives it (", the new version of Mac OS X", ", a games
 *  developer"): a determiner, up to three modifiers, and a classing noun that heads the phrase (a preposition,
 *  comma, relative or the sentence end after it). Things by the thing nouns too ("version", "update", "system"). */
function classAfter(v: TokenView, last: number): 'ORG' | 'MISC' | null {
  if (after(v, last) !== ',' || !APPOSITION_OPENERS.has(after(v, last, 2).toLowerCase())) return null;
  for (let k = 3; k <= 3 + MAX_APPOSITION_MODIFIERS; k++) {
    const w = after(v, last, k);
    const pos = w ? v.tokens[last + k]!.pos : '';
    if (pos === 'NOUN') {
      const next = after(v, last, k + 1);
      const nextPos = next ? v.tokens[last + k + 1]!.pos : '';
      if (nextPos === 'NOUN' || nextPos === 'PROPN') continue;
      // The noun ends the apposition: a preposition, relative or stop after it, or a comma not followed by more nouns
      // (", the company said" makes a subject; ", a discount drug, health and beauty operation" a longer phrase).
      if (next && nextPos !== 'ADP' && !/^([.;)]|that|which|who)$/.test(next) && !(next === ',' && !/^(NOUN|ADJ|PROPN)$/.test(v.tokens[last + k + 2]?.pos ?? ''))) return null;
      const noun = w.toLowerCase();
      return BODY_CLASS_NOUNS.has(noun) ? 'ORG' : THING_CLASS_NOUNS.has(noun) || THING_NOUNS.has(noun) ? 'MISC' : null;
    }
    if (pos !== 'ADJ') return null;
  }
  return null;
}

/** Re-types a person, body or thing the article classes with the noun before its name ("runs organisation TED",
 *  "games like the game Fortnite") or with an apposition after it ("Lion, the new version of Mac OS X"), when its
 *  mentions agree and it has nothing of a person (role, pronoun, given name, speech) nor, for a thing, of a body.
 *  Known institutions, places and companies keep their kind. One pass. */
export function namesByTheirNoun(v: TokenView, clusters: readonly Cluster[], known: (name: string) => boolean): void {
  for (const c of clusters) {
    if ((c.type !== 'ORG' && c.type !== 'PERSON' && c.type !== 'MISC') || c.countryKey) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    const classes = new Set(named.flatMap((m) => [classBefore(v, m.first), classAfter(v, m.last)]).filter((k) => k !== null));
    if (classes.size !== 1) continue;
    const kind = [...classes][0]!;
    if (kind === c.type || named.some((m) => known(m.text)) || hasPersonMarks(v, c)) continue;
    if (kind === 'MISC' && (named.some((m) => isCompanyWord(m.text.toLowerCase()) || bodyUse(v, m.first, m.last)))) continue;
    retype(c, kind);
  }
}
