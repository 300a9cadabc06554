// A place's name right before the name of a body that bears it is one name: "St. Petersburg" + "State University",
// "United States" + "Institute of Peace", "New Zealand" + "Aluminium Smelters Ltd", "United States" + "Air Force". The
// tagger often cuts such names at the place. Only a body whose name ends in a firm's or an institution's head word,
// of two words or more, written right after the place (no comma, no possessive), that the institutions lexicon does
// not know by itself: "U.S. Senate", "U.S. Air Force", "Tokyo Olympics" and "California Democrat" stay two names.
import type { TokenView } from './context.js';
import { institutionSector } from './roles.js';
import type { RawMention } from './types.js';

/** Does the body's name at [first, last] end in a firm's or an institution's head word (`isBodyHead`: "Ltd",
 *  "University"; the lexicon's two-word heads too: "Air Force"), or open with one before "of" ("Institute of Peace")? */
function bodyHead(v: TokenView, first: number, last: number, isBodyHead: (word: string) => boolean): boolean {
  const w = v.words[last]!.toLowerCase().replace(/\.$/, '');
  if (isBodyHead(w) || institutionSector([`${v.words[last - 1]!.toLowerCase()} ${w}`])) return true;
  return last - first >= 2 && v.words[first + 1]!.toLowerCase() === 'of' && !!institutionSector([v.words[first]!]);
}

/** The mentions with a place joined to the body named right after it (`isBodyHead`: a firm's or institution's head
 *  word; `isInstitution`: the lexicon knows the name); `raw` in text order, one pass. */
export function placeBodies(v: TokenView, raw: readonly RawMention[], isBodyHead: (word: string) => boolean, isInstitution: (name: string) => boolean): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1];
    if (b && a.type === 'LOC' && b.type === 'ORG' && b.first === a.last + 1 && b.last > b.first && v.tokens[a.last]!.end + 1 === v.tokens[b.first]!.start &&
      v.tokens[b.first]!.sentence === v.tokens[a.last]!.sentence && bodyHead(v, b.first, b.last, isBodyHead) &&
      !isInstitution(v.text.slice(v.tokens[b.first]!.start, v.tokens[b.last]!.end))) {
      out.push({ ...b, first: a.first });
      i++;
    } else out.push(a);
  }
  return out;
}
