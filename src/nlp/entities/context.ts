// What the words around a person's name say about them: "Ukrainian negotiator Rustem Umerov",
// "U.S. President Donald Trump", "Medinsky, Russia's envoy", "Dmitry Peskov, the Kremlin spokesman".
import type { Token } from '../../doc/types.js';
import { countryOf } from '../geo/index.js';
import { FORMER, HONORIFICS, institutionSector, ROLE_MODIFIERS, roleEndingAt, sectorOf } from './roles.js';
import { nameWords } from './normalize.js';
import type { Mention, RawMention } from './types.js';

export interface TokenView {
  tokens: readonly Token[];
  /** Token texts, parallel to tokens. */
  words: readonly string[];
  text: string;
}

const POSSESSIVE = /^[’']s$/;

interface Found {
  role?: string;
  country?: string;
  former?: boolean;
  /** Sector of the institution the role belongs to, when its name says it ("Foundation", "University"). */
  sector?: string;
}

/** At most this many capitalised words name the institution next to a role. */
const MAX_INSTITUTION_WORDS = 6;

/** Capitalised words from token `from` on (after "the"), in the sentence: an institution's name. */
function capitalisedAfter(v: TokenView, from: number, sentence: number): string[] {
  let i = from;
  if (v.words[i] && /^the$/i.test(v.words[i])) i++;
  const out: string[] = [];
  while (i < v.tokens.length && out.length < MAX_INSTITUTION_WORDS && v.tokens[i].sentence === sentence && /^(\p{Lu}|&$|of$)/u.test(v.words[i])) out.push(v.words[i++]);
  return out;
}

/** Capitalised words ending just before token `end`, in the sentence. */
function capitalisedBefore(v: TokenView, end: number, sentence: number): string[] {
  let i = end - 1;
  const out: string[] = [];
  while (i >= 0 && out.length < MAX_INSTITUTION_WORDS && v.tokens[i].sentence === sentence && /^\p{Lu}/u.test(v.words[i])) out.unshift(v.words[i--]);
  return out;
}

/** Country named at tokens [.. end): a demonym ("Ukrainian"), a place ("U.S."), or a possessive ("Russia's"). */
function countryBefore(v: TokenView, end: number, sentence: number): [number, string] | null {
  let i = end - 1;
  if (i >= 0 && POSSESSIVE.test(v.words[i])) i--;
  if (i < 0 || v.tokens[i].sentence !== sentence) return null;
  // Two-word places ("United States", "South Korea") before one-word ones.
  for (const n of [3, 2, 1]) {
    const from = i - n + 1;
    if (from < 0 || v.tokens[from].sentence !== sentence) continue;
    const phrase = v.text.slice(v.tokens[from].start, v.tokens[i].end);
    if (!/^\p{Lu}/u.test(phrase)) continue;
    const code = countryOf(phrase);
    if (code) return [from, code];
  }
  return null;
}

/** Role and country in front of a name: [the] [country] [modifier] role, ending just before token `at`. */
export function roleBefore(v: TokenView, at: number): Found & { from: number } {
  const sentence = v.tokens[at]?.sentence;
  let i = at;
  const found: Found & { from: number } = { from: at };
  const role = roleEndingAt(v.words.slice(0, i), i);
  if (!role || v.tokens[role[0]].sentence !== sentence) {
    // A bare country or demonym still says where a person is from ("Russian Vladimir Putin" is rare; "Kremlin's").
    return found;
  }
  found.role = v.words.slice(role[0], i).join(' ');
  i = role[0];
  while (i > 0 && ROLE_MODIFIERS.has(v.words[i - 1].toLowerCase()) && v.tokens[i - 1].sentence === sentence) {
    if (FORMER.has(v.words[i - 1].toLowerCase())) found.former = true;
    i--;
  }
  const country = countryBefore(v, i, sentence);
  if (country) {
    found.country = country[1];
    i = country[0];
  } else {
    // "Harvard University professor", "Weatherman Foundation president"
    found.sector = institutionSector(capitalisedBefore(v, i, sentence));
  }
  found.from = i;
  return found;
}

/** Apposition after a name: ", Russia's envoy", ", the Kremlin spokesman", ", president of Ukraine". */
export function roleAfter(v: TokenView, last: number): Found {
  const i = last + 1;
  const sentence = v.tokens[last].sentence;
  if (v.words[i] !== ',') return {};
  let j = i + 1;
  const same = (k: number) => k < v.tokens.length && v.tokens[k].sentence === sentence;
  if (same(j) && /^(the|a|an)$/i.test(v.words[j])) j++;
  const found: Found = {};
  // [country ['s]] [modifiers] role
  for (const n of [3, 2, 1]) {
    if (!same(j + n - 1)) continue;
    const phrase = v.text.slice(v.tokens[j].start, v.tokens[j + n - 1].end);
    const code = /^\p{Lu}/u.test(phrase) ? countryOf(phrase) : null;
    if (code) {
      found.country = code;
      j += n;
      if (same(j) && POSSESSIVE.test(v.words[j])) j++;
      break;
    }
  }
  // Skip a few modifiers or capitalised organisation words ("the Kremlin spokesman"), then look for a role.
  for (let k = j; k < j + 4 && same(k); k++) {
    const role = roleEndingAt(v.words, k + 1);
    if (role && role[0] >= j) {
      found.role = v.words.slice(role[0], k + 1).join(' ');
      // "president of Ukraine", "president of the R.T. Weatherman Foundation"
      if (!found.country && same(k + 2) && /^(of|for|at)$/i.test(v.words[k + 1])) {
        const code = countryOf(v.words[k + 2]);
        if (code) found.country = code;
        else found.sector = institutionSector(capitalisedAfter(v, k + 2, sentence));
      }
      return found;
    }
    if (!(ROLE_MODIFIERS.has(v.words[k].toLowerCase()) || /^\p{Lu}/u.test(v.words[k]))) break;
  }
  return found.role ? found : {};
}

/** Nouns after a person's name that make them the head of a government ("the Biden administration"). */
const GOVERNMENT_AFTER_NAME = new Set(['administration', 'government', 'cabinet', 'presidency', 'regime']);

/** "the Biden administration", "Orbán's government": the name at `last` heads a government. */
function leadsGovernment(v: TokenView, last: number): boolean {
  let i = last + 1;
  if (i < v.words.length && POSSESSIVE.test(v.words[i])) i++;
  return i < v.words.length && v.tokens[i].sentence === v.tokens[last].sentence && GOVERNMENT_AFTER_NAME.has(v.words[i].toLowerCase());
}

/** Builds a Mention: drops honorifics and role words from a person's name and records role, country, sector. */
export function toMention(v: TokenView, raw: RawMention): Mention | null {
  let { first } = raw;
  const { last } = raw;
  let inside: Found = {};
  if (raw.type === 'PERSON') {
    // Role words the tagger put inside the name ("President Volodymyr Zelenskyy", "Gen. Smith").
    let k = first;
    while (k < last && (roleEndingAt(v.words, k + 1) || HONORIFICS.has(v.words[k].toLowerCase().replace(/\.$/, '')) || ROLE_MODIFIERS.has(v.words[k].toLowerCase()))) k++;
    if (k > first) {
      inside = roleBefore(v, k);
      if (!inside.role) inside = {};
      first = k;
    }
  }
  let lastTok = last;
  if (lastTok > first && POSSESSIVE.test(v.words[lastTok])) lastTok--;
  while (first < lastTok && /^(the|The)$/.test(v.words[first])) first++;
  const start = v.tokens[first].start;
  const end = v.tokens[lastTok].end;
  const text = v.text.slice(start, end);
  const words = nameWords(text);
  if (!words.length) return null;
  const m: Mention = { first, last: lastTok, type: raw.type, start, end, text, words };
  if (raw.type === 'PERSON') {
    const before = inside.role ? inside : roleBefore(v, first);
    const after = before.role ? {} : roleAfter(v, lastTok);
    const found = before.role ? before : after;
    if (found.role) {
      m.role = found.role;
      m.sector = found.former ? 'ELI' : found.sector ?? sectorOf(found.role);
    } else if (leadsGovernment(v, lastTok)) m.sector = 'GOV';
    if (found.country) m.country = found.country;
  } else if (raw.type === 'LOC' || raw.type === 'NORP' || raw.type === 'MISC') {
    const code = countryOf(text);
    if (code) m.country = code;
  }
  return m;
}
