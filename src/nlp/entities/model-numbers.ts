// Names with a model or edition number: "PlayStation 4", "Raspberry Pi 3", "Firefox 85", "Titanfall 2", "Leopard 2",
// "Apollo 11". The number is part of the name (the tagger often leaves it out), and a name so numbered is a product,
// a work or a mission (MISC) unless the article uses it as a body. Not a number: a year, a count of what follows ("2
// years", "the 747 family"), a score ("Bruins 5, Devils 1"), and the numbered parts of documents, roads and places
// ("Page 21", "Section 9", "Illinois Route 29").
import type { TokenView } from './context.js';
import { retype, type Cluster } from './cluster.js';
import { inResultLine } from './shapes.js';
import { bodyOrPerson } from './uses.js';
import { NUMBERED_PARTS } from './not-names.js';
import type { Mention, RawMention } from './types.js';

/** A model or edition number: up to three digits ("4", "85", "500"), a letter or two and digits ("E1", "S21", "X4"),
 *  or a Roman numeral from II. (Digits with letters are mostly units: "3D", "4K", "256MB".) */
const MODEL_NUMBER = /^(\d{1,3}|[A-Z]{1,2}\d{1,3}|II|III|IV|VI{0,3}|IX|XI{0,2})$/;

/** Does token i, right after a name ending at i - 1, read as its model number? */
function modelNumberAt(v: TokenView, i: number): boolean {
  if (i >= v.tokens.length || v.tokens[i]!.sentence !== v.tokens[i - 1]!.sentence || v.tokens[i - 1]!.end + 1 !== v.tokens[i]!.start) return false;
  if (!MODEL_NUMBER.test(v.words[i]!)) return false;
  const next = i + 1 < v.tokens.length && v.tokens[i + 1]!.sentence === v.tokens[i]!.sentence ? i + 1 : -1;
  if (next < 0) return true;
  // ("16-inch", "78Kosth": glued to what follows, but for punctuation or a possessive.)
  if (v.tokens[next]!.start === v.tokens[i]!.end && !/^([.,;:)!?]|['’]s)$/.test(v.words[next]!)) return false;
  // ("2 years", "the 747 family", "15 day", "4%": a count of what follows.)
  return !/^(NOUN|NUM|SYM)$/.test(v.tokens[next]!.pos ?? '') && v.words[next] !== '%';
}

/** The spans with the model number after them taken in ("Titanfall" + "2"), for bodies and things that are no known
 *  place or institution (`known`: "US 1" is a road), no numbered part of a document or a road and no side of a result
 *  line. Never for people: a number after a name is an age ("Ryan Hollman 31, of Hope") or a nickname ("Bush 43"). */
export function withModelNumbers(v: TokenView, raw: readonly RawMention[], known: (name: string) => boolean): RawMention[] {
  return raw.map((r) => {
    if ((r.type !== 'ORG' && r.type !== 'MISC') || NUMBERED_PARTS.has(v.words[r.last]!.toLowerCase())) return r;
    if (!modelNumberAt(v, r.last + 1) || inResultLine(v, r.first, r.last)) return r;
    if (known(v.text.slice(v.tokens[r.first]!.start, v.tokens[r.last]!.end))) return r;
    return { ...r, last: r.last + 1 };
  });
}

/** Re-types to MISC the people and organisations a named mention of which ends in a model number, when the article
 *  never uses them as a body nor gives them a person's marks (`known`: institutions and places). */
export function numberedThings(v: TokenView, clusters: readonly Cluster[], known: (name: string) => boolean): void {
  for (const c of clusters) {
    if ((c.type !== 'ORG' && c.type !== 'PERSON') || c.countryKey) continue;
    const named = c.mentions.filter((m) => !m.pronoun);
    // ("Group of 20" names a body by its number.)
    const numbered = (m: Mention) => m.last > m.first && MODEL_NUMBER.test(v.words[m.last]!) && v.words[m.last - 1] !== 'of' && !NUMBERED_PARTS.has(v.words[m.last - 1]!.toLowerCase());
    if (!named.some(numbered)) continue;
    if (!named.some((m) => known(m.text)) && !bodyOrPerson(v, c, named)) retype(c, 'MISC');
  }
}
