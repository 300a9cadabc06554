// A place's name right before the name of a body that bears it is one name: "St. Petersburg" + "State University",
// "United States" + "Institute of Peace", "New Zealand" + "Aluminium Smelters Ltd", "United States" + "Air Force". The
// tagger often cuts such names at the place. Only a body whose name ends in a firm's or an institution's head word,
// of two words or more, written right after the place (no comma, no possessive), that the institutions lexicon does
// not know by itself: "U.S. Senate", "U.S. Air Force", "Tokyo Olympics" and "California Democrat" stay two names.
import type { TokenView } from './context.js';
import { DIVISION_HEADS, FIRM_HEADS } from './not-names.js';
import { INSTITUTION_SECTORS } from './roles.js';
import type { RawMention } from './types.js';

/** Does the body's name at [first, last] end in a firm's or an institution's head word ("Ltd", "University", "Air
 *  Force")? */
function bodyHead(v: TokenView, first: number, last: number): boolean {
  const w = v.words[last]!.toLowerCase().replace(/\.$/, '');
  const pair = `${v.words[last - 1]!.toLowerCase()} ${w}`;
  if (FIRM_HEADS.has(w) || DIVISION_HEADS.has(w) || w in INSTITUTION_SECTORS || pair in INSTITUTION_SECTORS) return true;
  // "Institute of Peace", "Department of Conservation": the head opens the name.
  const head = v.words[first]!.toLowerCase();
  return last - first >= 2 && v.words[first + 1]!.toLowerCase() === 'of' && head in INSTITUTION_SECTORS;
}

/** The mentions with a place joined to the body named right after it (`isInstitution`: the lexicon knows the name);
 *  `raw` in text order, one pass. */
export function placeBodies(v: TokenView, raw: readonly RawMention[], isInstitution: (name: string) => boolean): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1];
    if (b && a.type === 'LOC' && b.type === 'ORG' && b.first === a.last + 1 && b.last > b.first && v.tokens[a.last]!.end + 1 === v.tokens[b.first]!.start &&
      v.tokens[b.first]!.sentence === v.tokens[a.last]!.sentence && bodyHead(v, b.first, b.last) &&
      !isInstitution(v.text.slice(v.tokens[b.first]!.start, v.tokens[b.last]!.end))) {
      out.push({ ...b, first: a.first });
      i++;
    } else out.push(a);
  }
  return out;
}
