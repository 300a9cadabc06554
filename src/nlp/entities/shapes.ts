// Tagged spans whose shape says they are no name:
// - market codes (Reuters instrument codes and tickers: ".DJI", "US10YT=RR", "LCOc1", "XAU=") are glued to a dot or
//   an equals sign, or end in a lower-case contract letter and a digit;
// - a capitalised span with a finite "to be"/"to have"/modal inside ("Stadia Is Essentially A Beta") is a title or a
//   headline quoted in the text, not a name;
// - a span that opens with an interjection, an adverb or a verb form ("Hey Twitter", "Watching NBA League Pass")
//   starts at its first other word;
// - and one shape that says a name is one: a side of a result line ("Hurricanes 4, Blackhawks 2").
import type { TokenView } from './context.js';
import type { RawMention } from './types.js';
import { DIVISION_HEADS } from './not-names.js';

const CODE_SHAPE = /^\p{Lu}{2,}\p{Ll}\d{1,2}$/u;
/** Finite forms of "be", "have", "do" and the modals, capitalised inside a Title-Case span. */
const INNER_VERB = /^(Is|Are|Was|Were|Be|Has|Have|Had|Does|Do|Did|Will|Would|Can|Could|Should|Must|Isn['’]t|Won['’]t|Can['’]t)$/;
/** Parts of speech a name does not open with (Universal POS tags from the tagger). */
const NOT_OPENING = /^(INTJ|ADV|VERB|AUX)$/;

/** The span is, or holds, a market or instrument code by its shape or its glue ("Brent LCOc1"). */
export function isMarketCode(v: TokenView, r: RawMention): boolean {
  const start = v.tokens[r.first].start;
  const end = v.tokens[r.last].end;
  const before = v.text[start - 1] ?? ' ';
  const beforeThat = v.text[start - 2] ?? ' ';
  if (before === '=' || (before === '.' && /\s/u.test(beforeThat)) || v.text[end] === '=') return true;
  for (let i = r.first; i <= r.last; i++) if (CODE_SHAPE.test(v.words[i])) return true;
  return false;
}

/** A multi-word span with a finite auxiliary or modal inside, capitalised: a title, not a name. */
export function hasInnerVerb(v: TokenView, r: RawMention): boolean {
  for (let i = r.first + 1; i <= r.last; i++) if (INNER_VERB.test(v.words[i])) return true;
  return false;
}

/**
 * Trims leading interjections, adverbs and verb forms off multi-word spans when the tagger reads them so and the
 * word is an ordinary lower-case word of the corpus (`ordinary`), or, for interjections, no given name (`givenName`).
 * A span whose rest would open with a lower-case word ("Gears of War") keeps its first word: no name opens so. A span
 * that runs over a missed sentence end is cut there (stopInside).
 */
export function trimLeadingNonNames(v: TokenView, raw: readonly RawMention[], ordinary: (word: string) => boolean, givenName: (word: string) => boolean): RawMention[] {
  // (An interjection goes unless the name gazetteers know it as a given name.)
  const off = (i: number) => {
    const pos = v.tokens[i].pos ?? '';
    const w = v.words[i].toLowerCase();
    return pos === 'INTJ' ? !givenName(w) : NOT_OPENING.test(pos) && ordinary(w);
  };
  // (A preposition opening the sentence, "In Whole Foods, Prime operates…", opens no name but a work's: "Of Mice and
  // Men".)
  const opening = (r: RawMention) => r.type !== 'MISC' && v.tokens[r.first].pos === 'ADP' && (r.first === 0 || v.tokens[r.first - 1].sentence !== v.tokens[r.first].sentence) && /^\p{Lu}\p{Ll}+$/u.test(v.words[r.first]);
  return raw.map((r) => {
    let first = r.first;
    if (first < r.last && opening(r)) first++;
    while (first < r.last && off(first)) first++;
    const trimmed = first === r.first || /^\p{Ll}/u.test(v.words[first]) ? r : { ...r, first };
    const stop = stopInside(v, trimmed);
    return stop < 0 ? trimmed : { ...trimmed, last: stop };
  });
}

/**
 * "Public Prosecution Eva-Marie Persson": a person's span that opens with two words or more the corpus writes in lower
 * case (`lower`), none a given name, before a given name starts at that given name: the words before end the title
 * ("Deputy Director of Public Prosecution"). Runs on joined names (the tagger's "Public Prosecution Eva" + "Marie
 * Persson").
 */
export function trimTitleWords(v: TokenView, raw: readonly RawMention[], lower: (word: string) => boolean, givenName: (word: string) => boolean): RawMention[] {
  return raw.map((r) => {
    if (r.type !== 'PERSON' || r.last - r.first < 2) return r;
    for (let k = r.first; k < r.last; k++) {
      const w = v.words[k].toLowerCase();
      if (givenName(w.split('-')[0])) return k - r.first >= 2 ? { ...r, first: k } : r;
      if (!lower(w)) return r;
    }
    return r;
  });
}

/** Parts of speech of English function words. */
const FUNCTION_POS = new Set(['PRON', 'DET', 'CCONJ', 'SCONJ', 'ADP', 'AUX', 'PART']);

/** A word ending in a full stop followed by a capitalised function word inside a span ("Xbox One S. That …", "One X.
 *  And"): the tagger ran over a sentence end the sentence splitter missed. The index to cut the span after, or -1. */
function stopInside(v: TokenView, r: RawMention): number {
  for (let i = r.first; i < r.last; i++)
    if (v.words[i].endsWith('.') && /^\p{Lu}/u.test(v.words[i + 1]) && FUNCTION_POS.has(v.tokens[i + 1].pos ?? '')) return i;
  return -1;
}

const SCORE = /^\d{1,3}$/;
/**
 * The name is a side of a result line ("Hurricanes 4, Blackhawks 2"): followed by a score, a comma and another
 * capitalised name with its score. Sides of a result are teams or players, named for what they did.
 */
export function inResultLine(v: TokenView, first: number, last: number): boolean {
  const w = (i: number) => v.words[i] ?? '';
  const same = (i: number) => i < v.tokens.length && v.tokens[i].sentence === v.tokens[first].sentence;
  // Name N, Other N
  if (SCORE.test(w(last + 1)) && w(last + 2) === ',' && same(last + 4) && /^\p{Lu}/u.test(w(last + 3))) {
    for (let k = last + 3; k <= last + 6 && same(k); k++) if (SCORE.test(w(k))) return true;
  }
  // Other N, Name N
  if (SCORE.test(w(last + 1)) && first >= 3 && w(first - 1) === ',' && SCORE.test(w(first - 2))) return true;
  return false;
}

/**
 * "St. Louis Park Mayor Jake Spano", "National Security Adviser Brent Scowcroft": a span with a capitalised office
 * word inside, then a given name and a surname to its end, holds a person with that office before the name. The
 * person is a name of its own; what the office belongs to, the whole span before the office word, stays a name when
 * the gazetteer or the institutions know it ("New York City" of "New York City Mayor Bill de Blasio"), else it goes
 * with the office words, which the role reading finds before the person. A known place before the given name ends a
 * name of its own likewise ("the District of Massachusetts Joshua Levy").
 */
export function splitAtOffices(v: TokenView, raw: readonly RawMention[], isOffice: (word: string) => boolean, givenName: (word: string) => boolean,
  surname: (word: string) => boolean, known: (name: string) => 'LOC' | 'ORG' | null): RawMention[] {
  const out: RawMention[] = [];
  for (const r of raw) {
    let k = -1, place = false;
    // (An office opening the span, "Mayor Bill de Blasio" typed a place, leaves the person too.)
    for (let i = r.type === 'PERSON' ? r.first + 1 : r.first; i <= r.last - 2 && k < 0; i++) {
      // (A given name that is an office word too, "General" of "Surgeon General", opens no person.)
      const given = v.words[i + 1].toLowerCase();
      const person = /^\p{Lu}\p{Ll}+$/u.test(v.words[i + 1]) && givenName(given) && !isOffice(given) && /^\p{L}/u.test(v.words[i + 2]);
      if (person && /^\p{Lu}/u.test(v.words[i]) && isOffice(v.words[i].toLowerCase().replace(/\.$/, ''))) k = i;
      // ("U.S. Attorney for the District of Massachusetts Joshua Levy": a place before the given name ends a name of
      // its own, which keeps the place; in a name not typed a person, only before a given name and a surname that end
      // it, for firms open with places and given names: "Cincinnati Bell Inc", "Ohio Edison Co".)
      else if (person && !givenName(v.words[i].toLowerCase()) && known(v.words[i]) === 'LOC' &&
        (r.type === 'PERSON' || (i + 2 === r.last && surname(v.words[r.last].toLowerCase()) && !DIVISION_HEADS.has(v.words[r.last].toLowerCase())))) {
        k = i;
        place = true;
      }
    }
    if (k < 0) {
      out.push(r);
      continue;
    }
    if (place) out.push({ first: r.first, last: k, type: 'LOC' });
    else {
      const type = k > r.first ? known(v.text.slice(v.tokens[r.first].start, v.tokens[k - 1].end)) : null;
      if (type) out.push({ first: r.first, last: k - 1, type });
    }
    out.push({ first: k + 1, last: r.last, type: 'PERSON' });
  }
  return out;
}
