// What the words around a person's name say about them: titles before the name ("Ukrainian negotiator Rustem
// Umerov", "U.S. President Donald Trump"), appositions on either side ("Medinsky, Russia's envoy", "the president's
// chief of staff, Kyrylo Budanov"), relative clauses (", who is the park's concessions manager"), possessive owners
// ("Putin's aide") and coordination ("envoys Steve Witkoff and his son-in-law Jared Kushner").
import type { Token } from '../../doc/types.js';
import { RELATIVE_WORDS } from '../../doc/english.js';
import { countryOf, demonym, place } from '../geo/index.js';
import { qualifierCountry } from './place-qualifier.js';
import { institution } from './institutions.js';
import { DETERMINERS, FORMER, GENERIC_ROLES, HONORIFICS, ROLE_MODIFIERS, ROLE_SECTORS, ROLE_WORDS, agentNoun, institutionSector, roleEndingAt, roleKey, rolePhrase, sectorInside } from './roles.js';
import { nameWords } from './normalize.js';
import type { Mention, RawMention } from './types.js';
import { MAX_APPOSITION_TOKENS, MAX_INSTITUTION_WORDS, MAX_TITLE_WORDS } from './settings.js';

export interface TokenView {
  tokens: readonly Token[];
  /** Token texts, parallel to tokens. */
  words: readonly string[];
  text: string;
  /** First and last token of the hyphenated compound each token belongs to ("son-in-law" is five tokens). */
  compStart: Int32Array;
  compEnd: Int32Array;
  /** For the tokens of the article's name mentions, once they are known: 1 for a mention's first token, 2 for the
   *  others. A title read back from a name does not begin inside another name ("Joint Chiefs of Staff Gen. Mark
   *  Milley" is a general, not a "Chiefs of Staff Gen."; "Supreme Court Justice Clarence Thomas" a justice). */
  named?: Uint8Array;
}

export function tokenView(text: string, tokens: readonly Token[]): TokenView {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const n = tokens.length;
  const compStart = new Int32Array(n);
  const compEnd = new Int32Array(n);
  // Token i continues the compound of i - 1 when a hyphen touches both without spaces.
  const glued = (i: number) => i > 0 && tokens[i - 1].end === tokens[i].start && (words[i] === '-' || words[i - 1] === '-') && tokens[i].sentence === tokens[i - 1].sentence;
  for (let i = 0; i < n; i++) compStart[i] = glued(i) ? compStart[i - 1] : i;
  for (let i = n - 1; i >= 0; i--) compEnd[i] = i + 1 < n && glued(i + 1) ? compEnd[i + 1] : i;
  return { text, tokens, words, compStart, compEnd };
}

const POSSESSIVE = /^[’']s?$/;
const isPossessive = (v: TokenView, i: number) => i < v.words.length && (/^[’']s$/.test(v.words[i]) || (v.words[i] === '’' || v.words[i] === "'") && /s$/.test(v.words[i - 1] ?? ''));

export interface Found {
  role?: string;
  country?: string;
  former?: boolean;
  sector?: string;
  /** First token of the name whose "'s" owns the role, or of the institution it is held at ("Putin's aide", "fellow at the Carnegie Center"). */
  owner?: number;
  /** The owner is a bare office or a pronoun ("the president's chief of staff", "its director"): not placed by the home country. */
  ownedByDescription?: boolean;
  /** The title is plural ("envoys A and B"): it names every person coordinated with this one. */
  plural?: boolean;
  /** Token of an "its"/"their" owning the role ("Its foreign ministry deputy director, …"): the country last named. */
  pronounOwner?: number;
}

/** One word of the text: a token, or a hyphenated compound of several. */
interface Unit {
  from: number;
  to: number;
  word: string;
}
const unitAt = (v: TokenView, from: number): Unit => {
  const to = v.compEnd[from];
  return { from, to, word: v.text.slice(v.tokens[from].start, v.tokens[to].end) };
};
const unitEndingAt = (v: TokenView, to: number): Unit => {
  const from = v.compStart[to];
  return { from, to, word: v.text.slice(v.tokens[from].start, v.tokens[to].end) };
};

/** A country named by units from token i: [next token, code, kind], longest first; a possessive "'s" is consumed. */
function countryAt(v: TokenView, i: number, end: number, insideName = false): { next: number; code: string; noun: boolean; possessive: boolean } | null {
  for (const n of [3, 2, 1]) {
    const last = i + n - 1;
    if (last >= end || v.tokens[last].sentence !== v.tokens[i].sentence || (n > 1 && isPossessive(v, last))) continue;
    const phrase = v.text.slice(v.tokens[i].start, v.tokens[last].end);
    if (!/^\p{Lu}/u.test(phrase)) continue;
    const p = place(phrase);
    const inst = p ? undefined : institution(phrase);
    const code = p?.code ?? inst?.country ?? countryOf(phrase);
    if (!code || (inst && inst.outlet)) continue;
    let next = last + 1;
    // "Vladimir Putin": a place word that opens a longer name is not a place.
    if (!insideName && next < v.words.length && v.tokens[next].sentence === v.tokens[i].sentence && isCap(v.words[next]) && !ROLE_WORDS.has(roleKey([v.words[next]])) && !isPossessive(v, next)) continue;
    const possessive = next < end && isPossessive(v, next);
    if (possessive) next++;
    return { next, code, noun: !!p, possessive };
  }
  return null;
}

const isWordish = (w: string) => /^[\p{L}][\p{L}\p{N}.’'‐-]*$/u.test(w);
const isCap = (w: string) => /^\p{Lu}/u.test(w);

/** Past what opens a description: a sentence adverb or conjunction ("Then the chief of staff …, Jens Vik") and a
 *  determiner, noting a pronoun owner ("its foreign minister"). */
function afterOpening(v: TokenView, from: number, end: number, found: Found): number {
  const lower = (k: number) => v.words[k].toLowerCase();
  let i = from;
  while (i < end - 1 && (v.tokens[i].pos === 'ADV' || v.tokens[i].pos === 'CCONJ') && !ROLE_MODIFIERS.has(lower(i))) i++;
  if (i < end - 1 && /^then$/.test(lower(i)) && isCap(v.words[i])) i++;
  if (DETERMINERS.has(lower(i))) {
    if (/^(its|his|her|their)$/.test(lower(i))) found.ownedByDescription = true;
    if (/^(its|their)$/.test(lower(i))) found.pronounOwner = i;
    i++;
  }
  return i;
}

/** Past an owner at token i: "Putin's aide", "the UN's nuclear watchdog"; a bare office owns less clearly ("the
 *  president's"). Notes the owner in `found`; returns i unchanged when there is none. */
function afterOwner(v: TokenView, i: number, end: number, found: Found): number {
  let k = i;
  while (k < end && isCap(v.words[k]) && !POSSESSIVE.test(v.words[k])) k++;
  if (k < end && k - i < MAX_INSTITUTION_WORDS && isPossessive(v, k)) {
    if (k > i) found.owner = k - 1; // the name's last word: a title before it ("President Trump's") is not the name
    else found.ownedByDescription = true;
    return k + 1;
  }
  let j = i;
  while (j < end && /^\p{Ll}+$/u.test(v.words[j]) && j - i < 2) j++;
  if (j > i && j < end && isPossessive(v, j)) {
    found.ownedByDescription = true;
    return j + 1;
  }
  return i;
}

/**
 * Reads a description "[det] [modifiers] [Country | Owner's] [modifiers] words… HEAD [of|at|for|to [the] X]" over
 * tokens [from, end): the role is the words up to the last role head, the country comes from a demonym, a
 * possessive or the "of" phrase, the sector from the head or the institution. `headAtEnd`: the head must end at end - 1.
 */
export function describe(v: TokenView, from: number, end: number, headAtEnd = false): Found & { from: number; headEnd: number } | null {
  if (from >= end) return null;
  const sentence = v.tokens[from].sentence;
  const found: Found & { from: number; headEnd: number } = { from, headEnd: -1 };
  const lower = (k: number) => v.words[k].toLowerCase();
  let i = afterOpening(v, from, end, found);
  const roleStart: number[] = [];
  // Modifiers before the country ("former U.S. ambassador").
  // (A modifier that is a role itself heads the phrase when no role word follows: "chief of staff".)
  const modifierHere = (k: number) =>
    (ROLE_MODIFIERS.has(lower(k)) && !(rolePhrase(lower(k)) && !(k + 1 < end && (ROLE_WORDS.has(lower(k + 1)) || ROLE_MODIFIERS.has(lower(k + 1)) || v.tokens[k + 1].pos === 'NOUN' || v.tokens[k + 1].pos === 'ADJ' || isCap(v.words[k + 1]))))) ||
    /^(then|ex)[-‐]?$/i.test(v.words[k]);
  // ("New York Governor": a place's name opens with "New", no modifier.)
  const placeOpens = (k: number) => isCap(v.words[k]) && (countryAt(v, k, end)?.next ?? k) > k + 1;
  while (i < end && modifierHere(i) && !placeOpens(i)) {
    if (FORMER.has(lower(i).replace(/[-‐]$/, ''))) found.former = true;
    roleStart.push(i);
    i = v.compEnd[i] + 1;
  }
  let tentative: { code: string; at: number; from: number } | undefined;
  const c = i < end ? countryAt(v, i, end) : null;
  if (c) {
    if (c.possessive || !c.noun) found.country = c.code;
    else tentative = { code: c.code, at: c.next, from: i }; // "U.S. Ambassador": a place noun is the country only right before the head
    i = c.next;
  } else i = afterOwner(v, i, end, found);
  const runStart = i;
  const run = roleRun(v, i, end, headAtEnd);
  const { units, head } = run;
  let { headEnd } = run;
  // A title with its portfolio: "Minister of Defence", "Secretary for Foreign Affairs" right before the name.
  if (headAtEnd && headEnd >= 0 && headEnd < end - 2 && /^(of|for)$/i.test(v.words[headEnd + 1]) && end - headEnd <= 5 &&
    v.words.slice(headEnd + 2, end).every((w) => isCap(w) || /^(and|&)$/.test(w))) {
    while (units.length && units[units.length - 1].to > headEnd) units.pop();
    for (let k = headEnd + 1; k < end; k++) units.push(unitAt(v, k));
    headEnd = end - 1;
  }
  if (headEnd < 0 || (headAtEnd && headEnd !== end - 1)) return null;
  if (tentative && tentative.at === runStart) {
    // The place noun stands right before the role words: "U.S. President", "Kremlin spokesman".
    const firstHeadWord = units.findIndex((u) => u.to >= headEnd - (head.split(' ').length - 1));
    if (firstHeadWord === 0) found.country = tentative.code;
  }
  // A place noun that is not the country stays in the role: "deputy Russia team lead".
  const placeWords = tentative && !found.country ? v.words.slice(tentative.from, tentative.at) : [];
  const roleUnits = units.filter((u) => u.to <= headEnd);
  const roleWords = [...roleStart.map((k) => v.words[k]), ...placeWords, ...roleUnits.map((u) => u.word)];
  // A plural head names one of several ("Trump's envoys Witkoff and Kushner"): the role is the singular.
  if (head && !head.endsWith('s') && /s$/i.test(roleWords[roleWords.length - 1])) {
    roleWords[roleWords.length - 1] = roleWords[roleWords.length - 1].slice(0, -1);
    found.plural = true;
  }
  found.role = roleWords.join(' ');
  found.headEnd = headEnd;
  found.from = roleStart[0] ?? (found.country || found.owner !== undefined || found.ownedByDescription ? from : runStart);
  if (found.from > from && DETERMINERS.has(lower(from))) found.from = from;
  // A national institution or country inside the title ("Kremlin spokesman").
  for (const u of roleUnits) {
    if (found.country || !isCap(u.word)) continue;
    const inst = institution(u.word);
    if (inst?.country && !inst.outlet) found.country = inst.country;
  }
  const generic = !(head in ROLE_SECTORS) && (GENERIC_ROLES.has(head) || !ROLE_SECTORS[head]);
  const words = roleUnits.map((u) => u.word);
  const headWords = head.split(' ').length;
  found.sector = generic ? sectorInside(words.slice(0, -1)) ?? institutionSector(words) : ROLE_SECTORS[head] ?? institutionSector(words);
  // The institution named before the head overrides a government default: "Air Force spokesperson" is military.
  const inner = generic ? undefined : sectorInside(words.slice(0, -headWords));
  if (inner && found.sector && INSTITUTION_OVERRIDES(found.sector) && inner !== 'LEG') found.sector = inner;
  // An intergovernmental body inside the title ("UNICEF country representative", "NATO spokesperson") is whose office
  // it is, whatever the role word's own sector; a place after it ("… in Ukraine") is the posting, not the country.
  const igo = roleUnits.some((u) => isCap(u.word) && institution(u.word)?.sector === 'IGO');
  if (igo) found.sector = 'IGO';
  readAfterHead(v, headEnd, end, sentence, found, generic, igo);
  return found;
}
const FORMER_ONLY = (f: Found) => !!f.former;

/** The run of role words from token `from`: lower-case nouns and adjectives, capitalised title words, hyphenated
 *  compounds; its units, and the end and phrase of the last role head in it (headEnd -1: none). */
function roleRun(v: TokenView, from: number, end: number, headAtEnd: boolean): { units: Unit[]; headEnd: number; head: string } {
  let i = from;
  let headEnd = -1;
  let head = '';
  const units: Unit[] = [];
  while (i < end && units.length < MAX_TITLE_WORDS) {
    const u = unitAt(v, i);
    if (u.to >= end && u.to !== end - 1) break;
    const key = roleKey([u.word]);
    const pos = v.tokens[u.to].pos;
    const roleish = ROLE_WORDS.has(key) || rolePhrase(key) !== null || ROLE_MODIFIERS.has(key);
    const lowerNoun = /^\p{Ll}/u.test(u.word) && isWordish(u.word) && (pos === 'NOUN' || pos === 'ADJ' || pos === 'PROPN' || roleish || u.to > u.from);
    if (!(lowerNoun || (isCap(u.word) && isWordish(u.word)) || roleish)) break;
    if (isCap(u.word) && !roleish && v.tokens[u.from].pos === 'PROPN' && headAtEnd) break; // a name, not a title word
    units.push(u);
    // Longest role phrase ending at this unit ("prime minister", "chief of staff" is matched through "of" below).
    const keys = units.map((x) => roleKey([x.word]));
    const r = roleEndingAt(keys, keys.length);
    if (r || agentNoun(u.word)) {
      headEnd = u.to;
      head = r ? r[1] : key;
    }
    i = u.to + 1;
    // "chief of staff", "secretary of state", "head of state": a role phrase through "of".
    if (i + 1 < end && /^of$/i.test(v.words[i])) {
      for (const n of [2, 1]) {
        if (i + n >= end + 1) continue;
        const phrase = roleKey([units[units.length - 1].word, 'of', ...v.words.slice(i + 1, i + 1 + n)]);
        const r2 = rolePhrase(phrase);
        if (r2) {
          headEnd = i + n;
          head = r2;
          for (let k = i; k <= i + n; k++) units.push(unitAt(v, k));
          i = i + n + 1;
          break;
        }
      }
    }
  }
  return { units, headEnd, head };
}

/** What follows the head of a description: "of Ukraine", "of Russia's sovereign wealth fund", "at the Institute for the
 *  Study of War": the country, the institution (its sector, country or owner) noted in `found`. */
function readAfterHead(v: TokenView, headEnd: number, end: number, sentence: number, found: Found, generic: boolean, igo: boolean): void {
  let k = headEnd + 1;
  if (k + 1 < end + 4 && k < v.words.length && v.tokens[k].sentence === sentence && /^(of|at|for|to|in|with)$/i.test(v.words[k])) {
    k++;
    const limit = Math.min(v.words.length, k + MAX_INSTITUTION_WORDS + 1);
    if (k < limit && DETERMINERS.has(v.words[k].toLowerCase())) {
      if (/^(its|his|her|their)$/i.test(v.words[k])) found.ownedByDescription = true;
      k++;
    }
    let after = k < limit ? countryAt(v, k, limit) : null;
    // "head of the on-site Ukrainian delegation": a demonym after a few lower-case words still places the role.
    for (let j = k; !after && j < Math.min(limit, k + 3) && /^\p{Ll}/u.test(v.words[j]) && (v.tokens[j].pos !== 'ADP' || v.compEnd[j] > j); j = v.compEnd[j] + 1) {
      const c = countryAt(v, v.compEnd[j] + 1, limit);
      if (c && (!c.noun || c.possessive)) after = c;
    }
    const inst: string[] = [];
    let j = k;
    while (j < limit && v.tokens[j].sentence === sentence && (isCap(v.words[j]) || /^(&|of|for|and|the)$/.test(v.words[j])) && !isPossessive(v, j)) inst.push(v.words[j++]);
    while (inst.length && /^(of|for|and|the|&)$/.test(inst[inst.length - 1])) inst.pop();
    const known = inst.length ? institution(inst.join(' ')) : undefined;
    if (after && (after.possessive || inst.length <= 1 || !after.noun)) {
      if (!found.country && !(igo && /^in$/i.test(v.words[headEnd + 1]))) found.country = after.code;
      if (generic && !found.sector && !FORMER_ONLY(found)) found.sector = 'GOV';
    } else if (inst.length) {
      if (known?.country && !known.outlet && !found.country) found.country = known.country;
      const sector = known?.sector ?? institutionSector(inst);
      if (sector && (generic || !found.sector || INSTITUTION_OVERRIDES(found.sector))) found.sector = sector;
      if (!known?.country) found.owner ??= k;
    }
    if (j < limit && isPossessive(v, j) && inst.length) {
      // "the UN's nuclear watchdog": the owner institution's kind.
      if (known?.sector === 'IGO' && generic) found.sector = 'IGO';
      found.owner ??= k;
    }
  }
}

/** A role word's default sector that the institution it is held at overrides ("president of the Foundation"). */
const INSTITUTION_OVERRIDES = (sector: string) => sector === 'GOV' || sector === 'LEG';

/** The title whose "of"/"to" phrase ends at the name (token `at`), its head the nearest role word before `prep` over
 *  capitalised words and the modifiers before that ("Deputy Head of the Office of the President"); null when there is
 *  no such head ("a letter to the former President Trump"), and no role when the head reads as none. */
function longerTitle(v: TokenView, prep: number, at: number): (Found & { from: number }) | null {
  const sentence = v.tokens[at].sentence;
  let head = -1;
  for (let k = prep - 1; k >= 0 && prep - k <= MAX_TITLE_WORDS * 2 && v.tokens[k].sentence === sentence; k--) {
    const key = roleKey([v.words[k]]);
    if (ROLE_WORDS.has(key) || rolePhrase(key) !== null) {
      head = k;
      break;
    }
    if (!isCap(v.words[k]) && !/^(of|the|to|for|and)$/i.test(v.words[k])) break;
  }
  if (head < 0) return null;
  let from = head;
  while (from > 0 && v.tokens[from - 1].sentence === sentence && ROLE_MODIFIERS.has(roleKey([v.words[from - 1]]))) from--;
  const found = describe(v, from, at - 1);
  return found?.role ? found : { from: at };
}

/** An apposition before the name at `at`, from the previous boundary to the comma: "the Omani foreign minister,
 *  Badr …", "secretary of Ukraine's security council, Rustem Umerov". */
function appositionBefore(v: TokenView, at: number, last: number, sentence: number): Found & { from: number } {
  const none = { from: at };
  // The name must close the apposition (", Badr …," / "… Umerov."): in "After meeting the president, Putin said" the
  // name is the subject, not an apposition.
  const next = v.words[last + 1];
  if (last + 1 < v.words.length && v.tokens[last + 1].sentence === sentence && !/^[,;:.)—–]$/.test(next)) return none;
  let s = at - 2;
  const lowerWord = (k: number) => k >= 0 && /^\p{Ll}/u.test(v.words[k]);
  // Softer boundaries ("to", "with") may sit inside the description ("chief of staff to the king"): the longest
  // reading is tried first, then the one after each of them.
  const soft: number[] = [];
  while (s > 0 && at - s < MAX_APPOSITION_TOKENS && v.tokens[s - 1].sentence === sentence) {
    const w = v.words[s - 1];
    if (/^(to|with|by|as|for)$/i.test(w)) soft.push(s);
    if (/^[,;:(—–“”"]$/.test(w) || v.tokens[s - 1].pos === 'VERB' || /^(or|including)$/i.test(w)) break;
    // "and" joins words inside the description ("national and security council"), not a list before it.
    if (/^and$/i.test(w) && !(lowerWord(s - 2) && lowerWord(s) && v.words[s - 2] !== ',')) break;
    s--;
    // An owner's name before a possessive ends the walk: "Russian president Vladimir Putin's aide".
    // (Inside an "of" phrase the possessive belongs to it: "secretary of Ukraine's security council".)
    if (isPossessive(v, s) && s > 0 && isCap(v.words[s - 1])) {
      let k = s - 1;
      while (k > 0 && isCap(v.words[k - 1]) && v.tokens[k - 1].sentence === sentence) k--;
      if (k > 0 && /^(of|for|at|to|the)$/i.test(v.words[k - 1])) {
        s = k;
        continue;
      }
      s = k;
      break;
    }
  }
  for (const from of [s, ...soft.reverse()]) {
    const found = describe(v, from, at - 1);
    if (found?.role) return found;
  }
  return none;
}

/** Role and country in front of a name, ending just before token `at`: a title or, after a comma, an apposition. */
export function roleBefore(v: TokenView, at: number, last = at): Found & { from: number } {
  const none = { from: at };
  if (at <= 0) return none;
  const sentence = v.tokens[at].sentence;
  if (v.words[at - 1] === ',' && at >= 2) return appositionBefore(v, at, last, sentence);
  // A title: walk back over role-like words to where the description starts, then read it forwards.
  let s = at;
  let n = 0;
  while (s > 0 && n < MAX_TITLE_WORDS && v.tokens[s - 1].sentence === sentence) {
    const u = unitEndingAt(v, s - 1);
    const key = roleKey([u.word]);
    const pos = v.tokens[u.to].pos;
    // A capitalised generic word right before the name is the name's own ("singer Ally Brooke"), not a title.
    if (n === 0 && isCap(u.word) && GENERIC_ROLES.has(key) && !(key in ROLE_SECTORS)) break;
    const ok = ROLE_WORDS.has(key) || rolePhrase(key) !== null || ROLE_MODIFIERS.has(key) || /^(then|ex)[-‐]/i.test(u.word) ||
      (/^\p{Ll}/u.test(u.word) && isWordish(u.word) && (pos === 'NOUN' || pos === 'ADJ')) || (key === 'of' && n > 0);
    if (!ok) break;
    s = u.from;
    n++;
  }
  s = titleStart(v, s, at);
  if (s === at) return none;
  // "Head of the Office of the President Andriy Yermak", "Adviser to the President Jake Sullivan": the title ends a
  // longer one whose head comes before "of"/"to"; read that one when capitalised words lead back to its head (only
  // after "the": "the administration of President Biden" keeps his title).
  if (s >= 2 && v.words[s - 1].toLowerCase() === 'the' && /^(of|to|for)$/i.test(v.words[s - 2]) && v.tokens[s - 2].sentence === sentence) {
    const longer = longerTitle(v, s - 2, at);
    if (longer) return longer;
  }
  // Include what owns or places the title: "Russia's", "Ukrainian", "Kremlin", "Putin's", "the".
  let start = s;
  if (start > 0 && isPossessive(v, start - 1)) {
    let k = start - 2;
    // The owner's name only, not its own title ("Polish President Adam Nowak's envoys").
    while (k > 0 && isCap(v.words[k - 1]) && !ROLE_WORDS.has(roleKey([v.words[k - 1]])) && !countryOf(v.words[k - 1]) && v.tokens[k - 1].sentence === sentence && start - k < MAX_INSTITUTION_WORDS) k--;
    start = k >= 0 && (isCap(v.words[k]) || /^\p{Ll}+$/u.test(v.words[k])) ? k : start;
  } else {
    for (let k = Math.max(0, start - 3); k < start; k++) {
      if (v.tokens[k].sentence !== sentence) continue;
      const c = countryAt(v, k, start);
      if (c && c.next === start) {
        start = k;
        break;
      }
    }
  }
  // Capitalised words right before the title name its institution: "Harvard University president Jane Doe".
  let inst = start;
  if (start === s) while (inst > 0 && s - inst < MAX_INSTITUTION_WORDS && v.tokens[inst - 1].sentence === sentence && isCap(v.words[inst - 1]) && v.tokens[inst - 1].pos !== 'PUNCT') inst--;
  if (start > 0 && DETERMINERS.has(v.words[start - 1].toLowerCase()) && v.tokens[start - 1].sentence === sentence) start--;
  const found = describe(v, start, at, true);
  if (!found?.role) return none;
  if (inst < s) {
    const words = v.words.slice(inst, s);
    const known = institution(words.join(' '));
    const sector = known?.sector ?? institutionSector(words);
    if (sector && (!found.sector || INSTITUTION_OVERRIDES(found.sector))) found.sector = sector;
    // A national institution or an outlet places its staff ("Kremlin spokesman", "Wall Street Journal correspondent").
    if (known?.country) found.country ??= known.country;
    else if (!known) found.owner ??= inst;
  }
  return found;
}

/** Where a title read back to `s` begins: not inside another name, unless what that name has before `s` is a
 *  country ("the Ukrainian Air Force spokesperson": "Ukrainian" places the title) or the title is all that name
 *  leaves ("Texas Savings and Loan Commissioner L.L. Bowman"). */
function titleStart(v: TokenView, s: number, at: number): number {
  if (v.named?.[s] !== 2) return s;
  let p = s;
  while (p > 0 && v.named[p] === 2) p--;
  if (countryAt(v, p, s)?.next === s) return s;
  let k = s;
  while (k < at && v.named[k] === 2) k++;
  return k < at ? k : s;
}

/** Apposition or relative clause after a name: ", Russia's envoy", ", the Kremlin spokesman", ", who is the park's manager". */
export function roleAfter(v: TokenView, last: number): Found {
  let i = last + 1;
  const sentence = v.tokens[last].sentence;
  const same = (k: number) => k < v.tokens.length && v.tokens[k].sentence === sentence;
  if (same(i) && /^of$/i.test(v.words[i]) && same(i + 1)) {
    // "President Emmanuel Macron of France", "Senator Jane Roe of Ohio"
    const c = countryAt(v, i + 1, Math.min(v.tokens.length, i + 4));
    return c ? { country: c.code } : {};
  }
  if (v.words[i] !== ',' || !same(i + 1)) return {};
  i++;
  if (/^\d+$/.test(v.words[i]) && v.words[i + 1] === ',') i += 2; // "Jane Roe, 45, a teacher"
  if (same(i + 1) && /^who$/i.test(v.words[i]) && /^(is|was|has|had|serves|served|became|becomes)$/i.test(v.words[i + 1])) {
    i += 2;
    if (/^been$/i.test(v.words[i] ?? '')) i++;
    if (/^as$/i.test(v.words[i] ?? '')) i++;
  }
  let end = i;
  while (same(end) && end - i < MAX_APPOSITION_TOKENS && !/^[,;:()—–.]$/.test(v.words[end])) end++;
  const found = describe(v, i, end);
  if (!found?.role) return {};
  // A title before the next name is that name's: "… of former President Donald Trump, Gov. Ron DeSantis said".
  if (v.named?.[found.headEnd + 1] === 1) return {};
  // The head must come before any verb of the clause: ", a figure who …" is not a role; the head ends the phrase.
  for (let k = i; k < found.headEnd; k++) if (v.tokens[k].pos === 'VERB' || v.tokens[k].pos === 'AUX') return {};
  // Nor may a finite verb follow it: "At the request of Cyril Ramaphosa, the President of Russia spoke…" opens a new
  // clause whose subject is that president ("Jane Roe, a lawyer based in Kyiv," keeps its participle).
  for (let k = found.headEnd + 1; k < end; k++) {
    if (RELATIVE_WORDS.has(v.words[k].toLowerCase())) break; // a relative clause on the role ("…, a lawyer who is…")
    const pos = v.tokens[k].pos;
    if (pos === 'AUX' || (pos === 'VERB' && !/(ing|ed|en)$/i.test(v.words[k]))) return {};
  }
  return found;
}

/** Nouns after a person's name that make them the head of a government ("the Biden administration"). */
const GOVERNMENT_AFTER_NAME = new Set(['administration', 'government', 'cabinet', 'presidency', 'regime']);

/** "the Biden administration", "Orbán's government": the name at `last` heads a government. */
function leadsGovernment(v: TokenView, last: number): boolean {
  let i = last + 1;
  if (i < v.words.length && isPossessive(v, i)) i++;
  return i < v.words.length && v.tokens[i].sentence === v.tokens[last].sentence && GOVERNMENT_AFTER_NAME.has(v.words[i].toLowerCase());
}

/** "A and [his] B": token of A's last word when a person's name is joined to a name before it by "and". */
function coordinatedWith(v: TokenView, from: number): number | undefined {
  let i = from - 1;
  if (i >= 0 && /^(his|her|their)$/i.test(v.words[i])) i--;
  if (i < 1 || !/^(and|&)$/i.test(v.words[i]) || v.tokens[i].sentence !== v.tokens[from].sentence) return undefined;
  if (v.words[i - 1] === ',' && i >= 2) i--; // "A, and B" ends a list of two described people
  return v.tokens[i - 1].pos === 'PROPN' ? i - 1 : undefined;
}

/** Builds a Mention: drops honorifics and role words from a person's name and records role, country, sector. */
export function toMention(v: TokenView, raw: RawMention): Mention | null {
  let { first } = raw;
  const { last } = raw;
  let inside: Found & { from?: number } = {};
  if (raw.type === 'PERSON') {
    // Role words the tagger put inside the name ("President Volodymyr Zelenskyy", "Gen. Smith").
    let k = first;
    const titleWord = (w: string) => ROLE_WORDS.has(roleKey([w])) && !/^(of|the|and)$/i.test(w);
    while (k < last && (roleEndingAt(v.words.slice(first, k + 1), k + 1 - first) || titleWord(v.words[k]) || HONORIFICS.has(v.words[k].toLowerCase().replace(/\.$/, '')) || ROLE_MODIFIERS.has(v.words[k].toLowerCase()) || /^(then|ex)[-‐]/i.test(v.words[k]))) k++;
    if (k > first) {
      inside = roleBefore(v, k);
      if (!inside.role) inside = {};
      first = k;
    }
  }
  let lastTok = last;
  if (lastTok > first && POSSESSIVE.test(v.words[lastTok])) lastTok--;
  // A possessive that is part of a company's name: "Lowe's said", "McDonald's opened" (the "'s" governs no noun).
  const ownsNothing = (k: number) => k < v.tokens.length && /^(VERB|AUX)$/.test(v.tokens[k].pos) && !/ing$/i.test(v.words[k]) && v.tokens[k].sentence === v.tokens[lastTok].sentence;
  if (raw.type !== 'PERSON' && lastTok + 1 < v.words.length && /^[’']s$/.test(v.words[lastTok + 1]) && ownsNothing(lastTok + 2) && !place(v.text.slice(v.tokens[first].start, v.tokens[lastTok].end))) lastTok++;
  if (raw.type === 'PERSON') {
    // A team and a position code the tagger put in front of a name: "Cleveland DL Larry Ogunjobi".
    for (let k = lastTok - 2; k > first; k--) {
      if (/^[A-Z]{2,3}$/.test(v.words[k])) {
        first = k + 1;
        break;
      }
    }
  }
  // (A work's title in quotation marks keeps its article: “The Fires of Pompeii”.)
  const quotedWork = raw.type === 'MISC' && /^[“"‘']$/.test(v.words[first - 1] ?? '');
  while (first < lastTok && /^(the|The)$/.test(v.words[first]) && !quotedWork) first++;
  const start = v.tokens[first].start;
  // A sentence's full stop on a model number's letter ("an SLS Block 1B.", read "1" + "B.") is no part of the name.
  const stop = lastTok > first && /^\p{Lu}\.$/u.test(v.words[lastTok]) && /\d$/.test(v.words[lastTok - 1]) && v.tokens[lastTok - 1].end === v.tokens[lastTok].start;
  const end = v.tokens[lastTok].end - (stop ? 1 : 0);
  const text = v.text.slice(start, end);
  const words = nameWords(text);
  if (!words.length) return null;
  const m: Mention = { first, last: lastTok, type: raw.type, start, end, text, words, tagged: raw.tagged };
  // (A nationality the tagger read as one is no outlet of that name: "the Australian national", not The Australian.)
  const known = raw.type === 'NORP' && demonym(text) ? undefined : institution(text);
  if (known?.state) m.type = 'ORG';
  if (known && !known.state && (raw.type !== 'PERSON' || words.length > 1 || /^\p{Lu}+$/u.test(text))) {
    m.type = 'ORG';
    if (known.country) m.country = known.country;
    if (known.sector) m.sector = known.sector;
    return m;
  }
  if (m.type === 'PERSON') {
    const before = inside.role ? inside : roleBefore(v, first, lastTok);
    const found: Found = before.role ? { ...before } : roleAfter(v, lastTok);
    // "Senator Sheldon Whitehouse of Rhode Island": the title gives the role, "of" the place.
    if (before.role && !found.country) found.country = roleAfter(v, lastTok).country;
    if (found.role) {
      m.role = found.role;
      m.sector = found.former ? 'ELI' : found.sector;
      if (found.former) m.former = true;
    } else if (leadsGovernment(v, lastTok)) m.sector = 'GOV';
    if (found.country) m.country = found.country;
    if (found.owner !== undefined) m.owner = found.owner;
    if (found.ownedByDescription) m.ownedByDescription = true;
    if (found.plural) m.pluralTitle = true;
    if (found.pronounOwner !== undefined) m.pronounOwner = found.pronounOwner;
    const coord = coordinatedWith(v, (before.role ? before.from : undefined) ?? first);
    if (coord !== undefined) m.coordinated = coord;
  } else if (m.type === 'LOC' || m.type === 'NORP' || m.type === 'MISC') {
    const qualified = m.type === 'LOC' ? qualifierCountry(v, first, lastTok) : undefined;
    const code = qualified ?? countryOf(text);
    if (code) m.country = code;
    if (qualified) m.qualifiedPlace = true;
  } else if (m.type === 'ORG') {
    if (known?.sector) m.sector = known.sector;
    const code = organisationCountry(v, first, lastTok);
    if (code) m.country = code;
  }
  return m;
}

/** "Russia's Defense Ministry", "the Ukrainian Air Force", "Washington Post": a country before or opening the name of
 *  an organisation at tokens [first, last]. */
function organisationCountry(v: TokenView, first: number, last: number): string | undefined {
  let k = first - 1;
  if (k >= 0 && isPossessive(v, k)) k--;
  for (let s = Math.max(0, k - 2); s <= k; s++) {
    const c = countryAt(v, s, first);
    if (c && c.next === first && v.tokens[s].sentence === v.tokens[first].sentence) return c.code;
  }
  for (const n of [3, 2, 1]) {
    if (first + n - 1 >= last) continue;
    const c = countryAt(v, first, first + n, true);
    if (c && c.next === first + n && !REGION_CODES.has(c.code)) return c.code;
  }
  return undefined;
}

/** CAMEO region codes (Europe, Africa, …): a region in an organisation's name does not make it that region's. */
const REGION_CODES = new Set(['EUR', 'AFR', 'ASA', 'LAM', 'MEA', 'WST', 'SUN']);

export { POSSESSIVE };
