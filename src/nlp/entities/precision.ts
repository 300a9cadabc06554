// Names that are not people or organisations, whatever the tagger says: titles of works in quotation marks
// ("Takin' It to the Streets"; kept when the tagger types them MISC, the type of works), Title-Case or upper-case headlines and decks ("ARGENTINA CRUISES"), and
// contractions ("I'm"). A headline mention survives when the same name also occurs in running text.
import type { TokenView } from './context.js';
import type { RawMention } from './types.js';
import { MAX_WORK_TITLE_WORDS } from './settings.js';
import { LEGAL_FORM_INITIALS, LEGAL_FORMS, NOT_NAME_INITIALISMS } from './not-names.js';
import { CURRENCY_SIGNS, ISO_CURRENCIES } from '../amounts/lexicon.js';
import { WEEKDAY_NAMES } from '../../doc/english.js';
import { countryOf, demonym } from '../geo/index.js';
import { hasInnerVerb, inResultLine, isMarketCode } from './shapes.js';
import { isCommonWord, isGivenName, isLowerWord } from './lexical.js';
import { COLLECTIVE_ROLES, PARTY_FAMILIES, ROLE_MODIFIERS, ROLE_WORDS, roleKey, rolePhrase } from './roles.js';

const CONTRACTION = /^(i|it|we|you|they|he|she|that|there)['’](m|s|re|ve|ll|d)$/i;
const OPEN = /^[“"‘']$/;
const CLOSE: Record<string, RegExp> = { '“': /^[”"]$/, '"': /^["”]$/, '‘': /^[’'‘]$/, "'": /^['’]$/ };
/** Words a title leaves in lower case (articles, conjunctions, short prepositions, a few short verbs). */
const SMALL_WORDS = /^(a|an|the|and|or|nor|but|of|to|in|on|at|for|with|by|from|as|it|is|are|was|be|my|your|me|up|after|before|into|over|under|about|than|not|so|if|vs)$/i;
// (Hoisted: the build turns a \p{…} literal into `new RegExp` at every call, and these run once a token.)
const CAPITAL = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;
const isCap = (w: string) => CAPITAL.test(w);
const isWord = (w: string) => LETTER.test(w);

/** Token ranges quoted as a title: a short Title-Case phrase between paired quotation marks, with no sentence end inside. */
function workTitles(v: TokenView): Uint8Array {
  const mark = new Uint8Array(v.tokens.length);
  for (let i = 0; i < v.tokens.length; i++) {
    if (!OPEN.test(v.words[i])) continue;
    const close = CLOSE[v.words[i]];
    let j = i + 1;
    let words = 0;
    let caps = 0;
    // (A final stop or comma may sit inside the marks: “Takin' It to the Streets.”)
    const endsHere = (k: number) => /^[.!?,]$/.test(v.words[k]) && k + 1 < v.tokens.length && close.test(v.words[k + 1]);
    while (j < v.tokens.length && j - i <= MAX_WORK_TITLE_WORDS + 4 && !close.test(v.words[j]) && (!/^[.!?]$/.test(v.words[j]) || endsHere(j))) {
      if (isWord(v.words[j])) {
        words++;
        if (isCap(v.words[j]) || SMALL_WORDS.test(v.words[j])) caps++;
      }
      j++;
    }
    if (j < v.tokens.length && close.test(v.words[j]) && words >= 1 && words <= MAX_WORK_TITLE_WORDS && caps === words && isCap(v.words[i + 1] ?? '')) {
      // Quoted speech opens with a capital too, but it has lower-case words: a title is capitalised throughout.
      for (let k = i + 1; k < j; k++) mark[k] = 1;
    }
    i = j > i ? j - 1 : i;
  }
  return mark;
}

/** Sentences that read as a headline or deck: upper case, or Title Case with no closing punctuation. */
function headlines(v: TokenView): Set<number> {
  const out = new Set<number>();
  let s = -1;
  let words = 0;
  let caps = 0;
  let upper = 0;
  let lastWord = '';
  const close = () => {
    if (s >= 0 && words >= 2 && (upper === words || (words >= 3 && caps === words && !/^[.!?”"]$/.test(lastWord)))) out.add(s);
  };
  for (let i = 0; i < v.tokens.length; i++) {
    if (v.tokens[i].sentence !== s) {
      close();
      s = v.tokens[i].sentence;
      words = caps = upper = 0;
    }
    const w = v.words[i];
    lastWord = w;
    if (!isWord(w)) continue;
    words++;
    if (isCap(w) || SMALL_WORDS.test(w)) caps++;
    if (w.length > 1 && w === w.toUpperCase()) upper++;
  }
  close();
  return out;
}

/** An initialism of the lexicon as written: upper case inside ("HDMI", "GHz", "WiFi") or at most two letters ("Hz"); a
 *  Title-Case word of the same letters may be a name ("Nas"). */
function listedInitialism(written: string): boolean {
  if (!NOT_NAME_INITIALISMS.has(written.toLowerCase())) return false;
  return written.length <= 2 || !/^\p{Lu}\p{Ll}+$/u.test(written);
}

/** A plural initialism ("SSPs", "CPMs", "NGOs") counts things: no name is written so. */
const PLURAL_INITIALISM = /^\p{Lu}{2,6}s$/u;
const NUMBER = /^\d[\d.,]*$/;
/** Tokens that open a clause, so that the next word is capitalised by position ("Lastly, …", "“Yeah, …"). */
const OPENERS = /^[“"‘'(:—–-]$/;
/** Parts of speech no name takes (Universal POS tags from the tagger): adverbs, interjections, function words. */
const MINOR_POS = /^(ADV|INTJ|ADP|SCONJ|CCONJ|DET|PRON|AUX|PART)$/;

/** The words of one-word mentions every mention of which passes `test` (by the word as written). */
function everyMention(v: TokenView, raw: readonly RawMention[], test: (r: RawMention) => boolean): Map<string, boolean> {
  const all = new Map<string, boolean>();
  for (const r of raw) {
    if (r.first !== r.last) continue;
    const w = v.words[r.first];
    all.set(w, (all.get(w) ?? true) && test(r));
  }
  return all;
}

/**
 * Capitalised by position only: a one-word name every mention of which opens a sentence (or a quotation, or is an
 * adverb before a comma), whose word the corpus mostly writes in lower case, or the tagger reads as an adverb or a
 * function word, and no gazetteer knows ("Lastly", "Impressively", "Yeah", "Furthermore"). Sides of a result line
 * ("Blues 3, Lightning 1") are names.
 */
function positionalCapitals(v: TokenView, raw: readonly RawMention[], words: WordKnowledge): Set<string> {
  const opens = (i: number) => {
    let k = i - 1;
    while (k >= 0 && v.tokens[k].sentence === v.tokens[i].sentence && OPENERS.test(v.words[k])) k--;
    return k < 0 || v.tokens[k].sentence !== v.tokens[i].sentence;
  };
  const open = everyMention(v, raw, (r) => opens(r.first) && !inResultLine(v, r.first, r.last));
  const minor = everyMention(v, raw, (r) => MINOR_POS.test(v.tokens[r.first].pos ?? ''));
  // An adverb set off by a comma opens its clause even where the sentence splitter missed the sentence's start
  // ("allies.1 Furthermore, …" after a footnote mark).
  const marker = everyMention(v, raw, (r) => v.tokens[r.first].pos === 'ADV' && v.words[r.first + 1] === ',');
  const out = new Set<string>();
  for (const [w, allOpen] of open) {
    const lw = w.toLowerCase();
    if ((allOpen || marker.get(w)) && (words.ordinary(lw) || (minor.get(w) && !words.known(lw)))) out.add(w);
  }
  return out;
}

/**
 * A short one-word "name" every mention of which follows a number is a unit ("144 Hz", "65 dBa"), unless a
 * gazetteer knows the word.
 */
function unitsAfterNumbers(v: TokenView, raw: readonly RawMention[], known: (word: string) => boolean): Set<string> {
  const after = everyMention(v, raw, (r) => r.first > 0 && NUMBER.test(v.words[r.first - 1]));
  const out = new Set<string>();
  for (const [w, allAfter] of after) if (allAfter && w.length <= 4 && !known(w.toLowerCase())) out.add(w);
  return out;
}

/** Letters of the currency signs that carry a country's ("US" of "US$", "HK" of "HK$"), from the amounts lexicon. */
const SIGN_PREFIXES = new Set(Object.keys(CURRENCY_SIGNS).filter((k) => /^\p{L}[\p{L}.]*\$$/u.test(k)).map((k) => k.slice(0, -1)));

/** The mention is a currency code or sign before an amount ("Rs 500", "EUR 10", "a US$49 upgrade", "priced at US
 *  $29"), all from the amounts lexicon: a price, not a place or a thing (the other mentions of the country stay). */
function currencySign(v: TokenView, r: RawMention): boolean {
  const w = writtenSpan(v, r.first, r.last);
  if ((CURRENCY_SIGNS[w] !== undefined || ISO_CURRENCIES.has(w)) && NUMBER.test(v.words[r.last + 1] ?? '')) return true;
  return SIGN_PREFIXES.has(w) && v.words[r.last + 1] === '$' && NUMBER.test(v.words[r.last + 2] ?? '');
}

/** Weekday names and their plurals, lower case. */
const WEEKDAYS = new Set(WEEKDAY_NAMES.flatMap((d) => [d, d + 's']));

/** A word that names whose an office is when it opens the office's title: a country or state, a nationality, an
 *  agency's initialism (not a legal form: "AB Investor" is a firm) or a party family. */
const officeOwner = (w: string) =>
  !!countryOf(w) || !!demonym(w) || (/^\p{Lu}{2,}$/u.test(w) && !LEGAL_FORM_INITIALS.has(w.toLowerCase())) || PARTY_FAMILIES.has(w.toLowerCase());

/** "Chief Brand Officer", "Press Secretary": a "person" ending in a role word and not opening with a given name
 *  ("Grant Bishop" stays) is a title the tagger read as a name when its words are ones the corpus writes in lower
 *  case, or when a capitalised role modifier stands right before it ("Chief" of "Chief Brand Officer"). */
function roleTitleAsName(v: TokenView, r: RawMention): boolean {
  if (r.first === r.last) return false;
  const words = v.words.slice(r.first, r.last + 1).map((w) => w.toLowerCase());
  const last = words[words.length - 1];
  // An "organisation" or "thing" named by an office alone ("the Secretary General provides", "the Prime Minister
  // said"); a body named so stays ("General Staff", "Air Force").
  if (r.type === 'ORG' || r.type === 'MISC') {
    // (A country or state, a nationality, an initialism or a party first names whose office it is: "U.S. Attorney",
    // "California Secretary of State", "FDA Commissioner", "NATO Senior Representative", "Labour MP".)
    let from = 0;
    while (from < words.length - 1 && officeOwner(v.words[r.first + from])) from++;
    if (r.type === 'MISC' && from === 0) return false;
    const phrase = rolePhrase(roleKey(words.slice(from)));
    return phrase !== null && !COLLECTIVE_ROLES.has(phrase) && !COLLECTIVE_ROLES.has(last);
  }
  if (r.type !== 'PERSON') return false;
  if (!ROLE_WORDS.has(last) || COLLECTIVE_ROLES.has(last) || isGivenName(words[0])) return false;
  const before = r.first > 0 ? v.words[r.first - 1] : '';
  if (/^\p{Lu}/u.test(before) && ROLE_MODIFIERS.has(before.toLowerCase())) return true;
  return words.every((w) => isLowerWord(w) || ROLE_WORDS.has(w) || ROLE_MODIFIERS.has(w));
}

/** A name that starts with a capital or two written onto a number ("4K Blu-ray", "5G Network"): a unit, not a name. */
function gluedUnit(v: TokenView, first: number): boolean {
  if (first === 0 || !/^\p{Lu}{1,2}$/u.test(v.words[first]) || !NUMBER.test(v.words[first - 1])) return false;
  return v.tokens[first - 1].end === v.tokens[first].start;
}

/** A one-word line that ends the article ("…costs.\n\nREUTER", an agency's or a writer's sign-off) signs the text
 *  off: it names no one the article is about. */
function signOff(v: TokenView, i: number): boolean {
  let k = i + 1;
  while (k < v.tokens.length && /^[.!]$/.test(v.words[k])) k++;
  if (k < v.tokens.length) return false;
  const start = v.tokens[i].start;
  return start === 0 || /\n[ \t]*$/.test(v.text.slice(Math.max(0, start - 8), start));
}

/** "Uber or Lyft": a tagged span joined by "or" between capitalised words is two names. Returns the parts. */
export function splitAlternatives(v: TokenView, raw: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const r of raw) {
    let from = r.first;
    for (let i = r.first + 1; i < r.last; i++) {
      if (/^or$/i.test(v.words[i]) && isCap(v.words[i - 1]) && isCap(v.words[i + 1])) {
        out.push({ ...r, first: from, last: i - 1 });
        from = i + 1;
      }
    }
    out.push(from === r.first ? r : { ...r, first: from });
  }
  return out;
}

/** Tokens [first, last] as the article writes them. */
const writtenSpan = (v: TokenView, first: number, last: number) => v.text.slice(v.tokens[first].start, v.tokens[last].end);

/** The first token strictly inside span `r` (neither its first nor its last) whose word passes `test`, or -1. */
export function innerWord(v: TokenView, r: RawMention, test: (word: string) => boolean): number {
  for (let i = r.first + 1; i < r.last; i++) if (test(v.words[i])) return i;
  return -1;
}

/** The tagged spans as written: the names the article writes on their own. */
function spansWritten(v: TokenView, raw: readonly RawMention[]): Set<string> {
  const out = new Set<string>();
  for (const r of raw) out.add(writtenSpan(v, r.first, r.last));
  return out;
}

/**
 * "Moon and Mars", "Falcon Heavy and Starship", "Pfizer and Moderna": a tagged span (not a person's) joined by "and"
 * or "&" is two names when the article names each part on its own elsewhere, or the gazetteers know each part, and
 * not the whole ("Bosnia and Herzegovina", "Centers for Disease Control and Prevention" stay). Returns the parts.
 */
export function splitCoordinations(v: TokenView, raw: readonly RawMention[], known: (name: string) => boolean): RawMention[] {
  const written = (first: number, last: number) => writtenSpan(v, first, last);
  const alone = spansWritten(v, raw);
  const stands = (first: number, last: number) => first <= last && (alone.has(written(first, last)) || known(written(first, last)));
  const out: RawMention[] = [];
  for (const r of raw) {
    const i = r.type === 'PERSON' ? -1 : innerWord(v, r, (w) => /^(and|&)$/i.test(w));
    if (i > 0 && !known(written(r.first, r.last)) && stands(r.first, i - 1) && stands(i + 1, r.last)) {
      out.push({ ...r, last: i - 1 }, { ...r, first: i + 1 });
    } else out.push(r);
  }
  return out;
}

/**
 * "Blue Origin’s New Glenn", "Google's Stadia": a tagged span (not a person's) that runs over an owner's "'s" is the
 * owner and the thing owned when the article names the owner alone elsewhere and the rest is no body's name ("Moody's
 * Investors Service", "Heck's Inc", "Heinl's Nursery" stay). Returns the parts.
 */
export function splitOwners(v: TokenView, raw: readonly RawMention[], bodyHead: (word: string) => boolean): RawMention[] {
  const alone = spansWritten(v, raw);
  const out: RawMention[] = [];
  for (const r of raw) {
    const k = r.type === 'PERSON' ? -1 : innerWord(v, r, (w) => /^[’']s$/.test(w));
    // (A common word alone after the owner is the firm's own name: "Heinl's Nursery".)
    const rest = k + 1 === r.last && isCommonWord(v.words[r.last].toLowerCase());
    if (k > 0 && alone.has(writtenSpan(v, r.first, k - 1)) && /^\p{Lu}/u.test(v.words[k + 1]) && !rest && !bodyHead(v.words[r.last].toLowerCase())) {
      out.push({ ...r, last: k - 1 }, { ...r, first: k + 1 });
    } else out.push(r);
  }
  return out;
}

/** What the NER lexicon knows of a lower-case word, for the rules above. */
export interface WordKnowledge {
  /** The corpus mostly writes the word in lower case and no gazetteer knows it. */
  ordinary(word: string): boolean;
  /** Some gazetteer (names, places, companies) knows the word. */
  known(word: string): boolean;
}

/** Drops tagged names that are titles of works, headline words, contractions, listed or plural initialisms, units
 *  after numbers, words capitalised by position only, market codes, titles with a verb inside and role titles read
 *  as people; one pass each. */
export function dropFalseNames(v: TokenView, raw: readonly RawMention[], words: WordKnowledge): RawMention[] {
  const titles = workTitles(v);
  const heads = headlines(v);
  const positional = positionalCapitals(v, raw, words);
  const units = unitsAfterNumbers(v, raw, words.known);
  const written = (r: RawMention) => writtenSpan(v, r.first, r.last);
  const text = (r: RawMention) => written(r).toLowerCase();
  const inRunningText = new Set<string>();
  for (const r of raw) if (!heads.has(v.tokens[r.first].sentence)) inRunningText.add(text(r));
  const kept = raw.filter((r) => {
    // (The whole hyphen compound counts: "Wi" of "Wi-Fi".)
    const compound = v.text.slice(v.tokens[v.compStart[r.first]].start, v.tokens[v.compEnd[r.last]].end);
    if (CONTRACTION.test(text(r)) || listedInitialism(written(r)) || listedInitialism(compound) || PLURAL_INITIALISM.test(written(r))) return false;
    if (r.first === r.last && (positional.has(v.words[r.first]) || units.has(v.words[r.first]))) return false;
    if (gluedUnit(v, r.first) || roleTitleAsName(v, r) || currencySign(v, r)) return false;
    if (r.first === r.last && signOff(v, r.first)) return false;
    // A weekday ("Saturdays") is a date, not a name.
    if (r.first === r.last && WEEKDAYS.has(v.words[r.first].toLowerCase())) return false;
    // An initial alone ("D." of "Ph.D.") or a legal form alone ("Co.") names nothing.
    if (r.first === r.last && (/^\p{Lu}\.$/u.test(v.words[r.first]) || LEGAL_FORMS.has(v.words[r.first].toLowerCase()))) return false;
    if (isMarketCode(v, r) || hasInnerVerb(v, r)) return false;
    if (r.type === 'LOC' || r.type === 'NORP') return true;
    // (A quoted title typed MISC is a work, which is what MISC names: only "people" and "organisations" go.)
    if (titles[r.first] && titles[r.last]) return r.type === 'MISC';
    return !(heads.has(v.tokens[r.first].sentence) && !inRunningText.has(text(r)));
  });
  return wholeTitles(v, titles, kept);
}

/** A work the tagger found inside a quoted title but cut ("The" + "Thick of It", "In the" + "Loop", "Fires of Pompeii"
 *  of "The Fires of Pompeii") is the whole title; mentions inside it go ("Pompeii"). Linear. */
function wholeTitles(v: TokenView, titles: Uint8Array, raw: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  let titleEnd = -1;
  for (const r0 of raw) {
    if (r0.type !== 'MISC' || !titles[r0.first]) {
      if (r0.first > titleEnd) out.push(r0);
      continue;
    }
    const r = { ...r0 };
    while (titles[r.first - 1]) r.first--;
    while (titles[r.last + 1] && isWord(v.words[r.last + 1]!)) r.last++;
    // (The mentions before it inside the title go; those after it, below.)
    while (out.length && out[out.length - 1].last >= r.first) out.pop();
    out.push(r);
    titleEnd = r.last;
  }
  return out;
}
