// Actors of a document as token ranges: entity mentions (with their country and sector, IGO/NGO for international
// organisations), plus country words the entity layer left out ("Russian", "Moscow", "Ukraine-Russia") read through
// the gazetteer; a country word followed by a group noun takes that noun's sector ("Russian negotiators" → RUS GOV).
import type { Doc } from '../../doc/doc.js';
import { isDash, PLACE_OF_HEADS } from '../../doc/english.js';
import { lowerBound } from '../../doc/search.js';
import type { Entity } from '../../doc/schema.js';
import { countryOf, demonym, place } from '../geo/index.js';
import { sectorOf } from '../entities/index.js';
import { FIRM_HEADS } from '../entities/not-names.js';
import { lexicon } from './lexicon.js';
import { withQuotedSelves } from './quoted-selves.js';
import { ATTRIBUTION_MAX_TOKENS, SOLE_COUNTRY_FALLBACK } from './settings.js';
import { COUNTERPART_NAMES, LOCATIVE, PRONOUNS, SPEECH } from './words.js';

export interface Actor {
  /** Token range [first, last] in Doc.tokens. */
  first: number;
  last: number;
  /** Entity id, when the actor is an entity mention. */
  id: string | null;
  /** Country codes (ISO-3) or actor codes (IGO, NGO); [] when unknown. */
  codes: string[];
  sector: string | null;
  /** Entity type, or WORD for a gazetteer word outside any entity. */
  type: string;
  /** A demonym or nationality ("Russian"): it names the agent of a noun it modifies ("Russian strikes"), where a
   *  bare place name names the theatre ("the Ukraine war", "the Geneva talks"). */
  adjectival: boolean;
  /** A city or region, not a country or capital: the place of an act, not an actor in words. */
  city: boolean;
  /** Its code was inferred from the only country of its sentence (soleCountry), not read off the actor. */
  inferred?: boolean;
}

/** Index of the first token ending after `offset` (tokens are sorted and disjoint). */
function tokenAt(doc: Doc, offset: number): number {
  return lowerBound(doc.tokens.length, (i) => doc.tokens[i].end <= offset);
}

function entityCodes(e: Entity, text: string): string[] {
  // An international organisation acts as itself, whatever country the entity layer gave it ("Arab League").
  const org = lexicon().orgCodes;
  const code = org.get(e.name.toLowerCase()) ?? org.get(text.toLowerCase()) ?? lexicon().countryAliases.get(text.toLowerCase());
  if (code) return [code];
  if (e.country) return [e.country];
  // A person's role names the country it serves ("Ukrainian foreign minister", "President of Angola").
  const fromRole = e.role ? countryIn(e.role) : null;
  if (fromRole) return [fromRole];
  // … or the international organisation it heads ("head of the UN's nuclear watchdog").
  const roleOrg = e.role ? orgIn(e.role) : null;
  if (roleOrg) return [roleOrg];
  // … or the entity layer placed it in one (an office of the UN's or the EU's, read from its apposition).
  if (e.sector && NON_COUNTRY.has(e.sector)) return [e.sector];
  // A mention that is exactly a country's name ("Jordan" read as a person) is that country.
  if (e.type === 'PERSON') return [];
  const p = place(text);
  if (p?.kind === 'country') return [p.code];
  // A group or organisation named after its country ("Iraqi Kurds", "Serbian Workers' Union", "National Union for
  // the Total Independence of Angola").
  const named = countryIn(e.name);
  return named ? [named] : [];
}

/** The code of the first international organisation named in a role ("head of the UN's nuclear watchdog", "the United
 *  Nations Emergency Relief Coordinator"): the longest listed name at each word, in text order. */
function orgIn(s: string): string | null {
  const { orgCodes, maxOrgWords } = lexicon();
  const words = s.split(/[\s,;()]+/).filter(Boolean).map((w) => w.replace(/['’]s$/, '').toLowerCase());
  for (let i = 0; i < words.length; i++)
    for (let n = Math.min(maxOrgWords, words.length - i); n >= 1; n--) {
      const code = orgCodes.get(words.slice(i, i + n).join(' '));
      if (code) return code;
    }
  return null;
}

/** The first country or nationality word of a name or role text (capitalised words only: "the Ukrainian
 *  president", "Front for the Liberation of Mozambique"), or null. */
function countryIn(s: string): string | null {
  for (const w of s.split(/[\s,;()]+/)) {
    if (!isCap(w)) continue;
    // Countries and nationalities only: a city's name inside a name is often something else ("Independence").
    const bare = w.replace(/['’]s$/, '');
    const p = place(bare);
    const c = lexicon().countryAliases.get(bare.toLowerCase()) ?? (p?.kind === 'country' ? p.code : demonym(bare));
    if (c) return c;
  }
  return null;
}

/** The country of a country name or nationality word: our alias table first (what the gazetteer lacks or misreads),
 *  then the gazetteer. */
function countryWord(w: string): string | null {
  return lexicon().countryAliases.get(w.toLowerCase()) ?? countryOf(w);
}

/** Parts of speech a country word may stand before its head across ('Russian [senior] negotiators'). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PART', 'DET', 'NUM']);

const word = (doc: Doc, i: number) => doc.text.slice(doc.tokens[i].start, doc.tokens[i].end);
const isCap = (w: string) => /^[A-Z]/.test(w);

/** Country codes of a hyphenated compound whose parts are all places ("Ukraine-Russia", "US-Iran"). */
function compoundCodes(w: string): string[] {
  const parts = w.split(/[-–]/);
  if (parts.length < 2 || !parts.every(isCap)) return [];
  const codes = parts.map((p) => countryWord(p));
  return codes.every(Boolean) ? (codes as string[]) : [];
}

/** "U.S.-made", "French-built": where a weapon or a product comes from, not an actor of the sentence. */
const MAKER = /^[-\u2010\u2011\u2013]\s?(made|built|designed|produced|manufactured|supplied|developed)\b/i;
const isMaker = (doc: Doc, last: number) => MAKER.test(doc.text.slice(doc.tokens[last].end, doc.tokens[last].end + 16));

/** A dateline's credit, "(Reuters) -", "WASHINGTON (AP) —": the outlet that tells the story, not an actor in it. */
function isCredit(doc: Doc, first: number, last: number): boolean {
  return first > 0 && last + 2 < doc.tokens.length && word(doc, first - 1) === '(' && word(doc, last + 1) === ')' && isDash(word(doc, last + 2));
}

/** Every actor of the Doc, in text order (a token belongs to at most one actor). */
export function findActors(doc: Doc): Actor[] {
  const owner = new Int32Array(doc.tokens.length).fill(-1);
  const raw: Actor[] = [];
  for (const e of doc.entities ?? []) {
    for (const m of e.mentions) {
      const first = tokenAt(doc, m.start);
      if (first >= doc.tokens.length || doc.tokens[first].start >= m.end) continue;
      let last = first;
      while (last + 1 < doc.tokens.length && doc.tokens[last + 1].start < m.end) last++;
      if (owner[first] >= 0 || isCredit(doc, first, last) || isMaker(doc, last)) continue;
      const codes = entityCodes(e, m.text);
      const capital = e.type === 'LOC' && place(e.name)?.kind === 'capital';
      raw.push({ first, last, id: e.id, codes, sector: e.sector ?? (capital ? 'GOV' : null), type: e.type, adjectival: e.type === 'NORP' || (e.type !== 'LOC' && !!demonym(m.text)), city: e.type === 'LOC' && !capital && place(e.name)?.kind !== 'country' });
      for (let i = first; i <= last; i++) owner[i] = raw.length - 1;
    }
  }
  // Gazetteer words and international organisations outside entity mentions.
  const { orgCodes, orgPrefixes, maxOrgWords } = lexicon();
  // The longest organisation name read from token i on, as far as `fits(k)` allows token i + k: words are added one
  // at a time while what was read is the start of some name (linear in the name's length).
  const longestOrg = (i: number, fits: (k: number) => boolean): { n: number; code: string } | null => {
    let name = word(doc, i).toLowerCase();
    let best: { n: number; code: string } | null = null;
    for (let n = 1; n <= Math.min(maxOrgWords, doc.tokens.length - i); n++) {
      if (n > 1) {
        if (!fits(n - 1) || doc.tokens[i + n - 1].sentence !== doc.tokens[i].sentence) break;
        name += ' ' + word(doc, i + n - 1).toLowerCase();
      }
      const code = orgCodes.get(name);
      if (code) best = { n, code };
      if (!orgPrefixes.has(name)) break;
    }
    return best;
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    if (owner[i] >= 0) {
      // An entity mention that is only the start of an organisation's name ("Arab" of "Arab League") grows to it.
      const e = raw[owner[i]];
      if (e.first === i) {
        const org = longestOrg(i, (k) => i + k <= e.last || owner[i + k] < 0);
        if (org && org.n > e.last - i + 1) {
          for (let k = e.last + 1; k < i + org.n; k++) owner[k] = owner[i];
          e.last = i + org.n - 1;
          e.codes = [org.code];
          e.adjectival = false;
          // Now a body, not the nationality it started as: no title or person after it joins it (attachHeads).
          e.type = 'ORG';
        }
      }
      i = e.last;
      continue;
    }
    const w = word(doc, i);
    // (A name may start with a lower-case particle: "al-Qaeda".)
    if (!(isCap(w) || (orgPrefixes.has(w) && i + 1 < doc.tokens.length && isDash(word(doc, i + 1)))) || isMaker(doc, i)) continue;
    let found: Actor | null = null;
    const org = longestOrg(i, (k) => owner[i + k] < 0);
    if (org) found = { first: i, last: i + org.n - 1, id: null, codes: [org.code], sector: null, type: 'ORG', adjectival: false, city: false };
    if (!found && isCap(w)) {
      const c = countryWord(w);
      const codes = c ? [c] : compoundCodes(w);
      const alias = lexicon().countryAliases.has(w.toLowerCase());
      if (codes.length) found = { first: i, last: i, id: null, codes, sector: place(w)?.kind === 'capital' ? 'GOV' : null, type: 'WORD', adjectival: !!demonym(w) || lexicon().demonymAliases.has(w.toLowerCase()), city: !alias && place(w)?.kind === 'city' };
    }
    if (found) {
      raw.push(found);
      for (let k = found.first; k <= found.last; k++) owner[k] = raw.length - 1;
      i = found.last;
    }
  }
  raw.sort((a, b) => a.first - b.first);
  return withQuotedSelves(doc, soleCountry(doc, groupActors(doc, attachHeads(doc, raw))));
}

/** Prepositions that tie a group to its place ("rebels in the Ivory Coast", "workers from France"). */
const GROUP_PLACE_PREPS = new Set(['in', 'from', 'of']);

/** Group nouns no country word stands before ("Rebels in the Ivory Coast blocked …"): actors of their own, with the
 *  country of a place right after them (which they take in), else none (see soleCountry). Linear: one pass over
 *  the tokens with a cursor over the sorted actors. */
function groupActors(doc: Doc, actors: Actor[]): Actor[] {
  const { groups } = lexicon();
  const out: Actor[] = [];
  let k = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    while (k < actors.length && actors[k].last < i) out.push(actors[k++]);
    if (k < actors.length && actors[k].first <= i) continue;
    const lw = word(doc, i).toLowerCase();
    const two = i + 1 < doc.tokens.length ? `${lw} ${word(doc, i + 1).toLowerCase()}` : '';
    const span = groups.has(two) && !(k < actors.length && actors[k].first === i + 1) ? 2 : groups.has(lw) ? 1 : 0;
    if (!span || doc.tokens[i].pos === 'VERB') continue;
    const sector = groups.get(span === 2 ? two : lw)!;
    const g: Actor = { first: i, last: i + span - 1, id: null, codes: [], sector, type: 'GROUP', adjectival: false, city: false };
    // "in [the] X": the place is the group's country, not an actor of its own.
    let j = g.last + 1;
    if (j < doc.tokens.length && GROUP_PLACE_PREPS.has(word(doc, j).toLowerCase())) {
      j++;
      if (j < doc.tokens.length && word(doc, j).toLowerCase() === 'the') j++;
      const next = actors[k];
      if (next && next.first === j && next.codes.length && !next.codes.some((c) => NON_COUNTRY.has(c)) && (next.type === 'LOC' || next.type === 'WORD')) {
        g.codes = next.codes;
        g.last = next.last;
        k++;
      }
    }
    out.push(g);
    i = g.last;
  }
  while (k < actors.length) out.push(actors[k++]);
  return out;
}

/** Last words of a firm's name: legal forms and the nouns firms name themselves with (entities/not-names.ts). */
const FIRM_WORDS: ReadonlySet<string> = new Set([...FIRM_HEADS, 'corporation', 'company']);

/** Whether actor `a` takes its sentence's only country: a group that is no army; a named organisation or office
 *  holder, not a pronoun ("he" stands for someone who may be named elsewhere, of another country) nor a state's
 *  counterparts ("Allies agreed …"), nor a name after
 *  a word of place ("southeast of Velykyi Burluk", "near Dvorichanske", "the settlements of Kopanka", "in the Velykyi
 *  Burluk direction": a place
 *  the tagger took for an organisation, whose country the sentence does not tell). */
function solePartOf(doc: Doc, a: Actor): boolean {
  if (a.type === 'GROUP') return a.sector !== 'MIL';
  if (!a.id || PRONOUNS.has(word(doc, a.first).toLowerCase()) || COUNTERPART_NAMES.has(word(doc, a.first).toLowerCase())) return false;
  if (a.type === 'PERSON' ? !a.sector : a.type !== 'ORG') return false;
  // A firm's country is not its sentence's ("Westinghouse Electric Corp … a joint venture with Matsushita … of Japan").
  if (a.type === 'ORG' && FIRM_WORDS.has(word(doc, a.last).toLowerCase())) return false;
  const before = a.first > 0 ? word(doc, a.first - 1).toLowerCase() : '';
  const twoBefore = a.first > 1 ? word(doc, a.first - 2).toLowerCase() : '';
  return !(LOCATIVE.has(before) || (before === 'of' && PLACE_OF_HEADS.has(twoBefore)) || (before === 'the' && LOCATIVE.has(twoBefore)));
}

/** The comma that opens the trailing attribution of the sentence holding token `inside` (", officials said."), or
 *  the sentence's end + 1. Reads at most ATTRIBUTION_MAX_TOKENS tokens from the sentence's end. */
function attributionStart(doc: Doc, inside: number): number {
  const sentence = doc.tokens[inside].sentence;
  let end = inside;
  while (end + 1 < doc.tokens.length && doc.tokens[end + 1].sentence === sentence) end++;
  for (let i = end; i >= Math.max(0, end - ATTRIBUTION_MAX_TOKENS) && doc.tokens[i].sentence === sentence; i--) {
    if (word(doc, i) !== ',') continue;
    for (let j = i + 1; j <= end; j++) if (SPEECH.has(word(doc, j).toLowerCase()) && doc.tokens[j].pos === 'VERB') return i;
    break;
  }
  return end + 1;
}

/** Codes that are no country (international and non-governmental organisations). */
export const NON_COUNTRY: ReadonlySet<string> = new Set(['IGO', 'NGO', 'IMG']);

/** A named person or organisation the entity layer gives no country, in a sentence that names exactly one country,
 *  is taken to belong to it ("President Omar El Bashir shortened the curfew imposed in Sudan"): an office holder
 *  and the only state of the sentence are, in news, most often one polity. One pass per sentence (linear). */
function soleCountry(doc: Doc, actors: Actor[]): Actor[] {
  if (!SOLE_COUNTRY_FALLBACK) return actors;
  const byEntity = new Map<string, string>();
  let s0 = 0;
  for (let k = 0; k <= actors.length; k++) {
    if (k < actors.length && doc.tokens[actors[k].first].sentence === doc.tokens[actors[s0].first].sentence) continue;
    const countries = new Set<string>();
    // (Not the teller's: ", a spokeswoman for the U.S. embassy said.")
    const told = k > s0 ? attributionStart(doc, actors[k - 1].last) : 0;
    for (let j = s0; j < k; j++) if (actors[j].first < told) for (const c of actors[j].codes) if (!NON_COUNTRY.has(c)) countries.add(c);
    if (countries.size === 1) {
      const [only] = countries;
      for (let j = s0; j < k; j++) {
        const a = actors[j];
        if (!a.codes.length && solePartOf(doc, a)) {
          a.codes = [only];
          a.inferred = true;
          if (a.id && !byEntity.has(a.id)) byEntity.set(a.id, only);
        }
      }
    }
    s0 = k;
  }
  // Every other mention of an entity so placed (its pronouns, its name in other sentences) shares the country.
  for (const a of actors) {
    const c = a.id && !a.codes.length ? byEntity.get(a.id) : undefined;
    if (c) {
      a.codes = [c];
      a.inferred = true;
    }
  }
  return actors;
}

/** A country word and what it modifies form one actor: "Ukrainian negotiator Rustem Umerov" (the person, with
 *  the country when the person has none), "Russian troops" (RUS, sector MIL). */
function attachHeads(doc: Doc, actors: Actor[]): Actor[] {
  const { sectors } = lexicon();
  const sectorWord = (lw: string) => sectors.get(lw) ?? sectorOf(lw) ?? null;
  const out: Actor[] = [];
  for (let k = 0; k < actors.length; k++) {
    const a = { ...actors[k] };
    if (a.type === 'NORP' || a.type === 'LOC' || a.type === 'WORD' || (a.type === 'MISC' && a.codes.length && a.first === a.last)) {
      const sent = doc.tokens[a.last].sentence;
      let sector: string | null = null;
      let end = a.last;
      let merged = false;
      for (let i = a.last + 1; i < doc.tokens.length && i - a.last <= 4 && doc.tokens[i].sentence === sent; i++) {
        const next = actors[k + 1];
        if (next && next.first === i) {
          if (next.type === 'PERSON' || (next.type === 'ORG' && !next.codes.length)) {
            out.push({ ...next, first: a.first, codes: next.codes.length ? next.codes : a.codes, sector: next.sector ?? sector });
            k++;
            merged = true;
          }
          break;
        }
        const w = word(doc, i);
        const lw = w.toLowerCase();
        const s = sectorWord(lw);
        if (s) {
          sector = s;
          end = i;
        } else if (sector || !(lw === "'s" || lw === '’s' || (/^[a-z][a-z-]*$/.test(w) && MODIFIER_POS.has(doc.tokens[i].pos)))) break;
      }
      if (merged) continue;
      if (sector) {
        a.sector = sector;
        a.last = end;
      }
    }
    out.push(a);
  }
  return out;
}
