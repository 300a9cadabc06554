// The pre-filter: one compiled regex finds the words that can head a time expression (month and weekday names,
// time units, today/now, clock times, years …). Rules are only tried around these words.
import type { Head } from './rule.js';

/** Trigger words (lower case; "_" joins the words of a phrase) and their head class. */
const WORDS: [Head, string][] = [
  ['month', 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'],
  ['weekday', 'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays'],
  ['unit', 'second seconds minute minutes hour hours day days week weeks weekend weekends fortnight fortnights month months quarter quarters year years decade decades century centuries millennium millennia half period'],
  ['long', 'yearlong monthlong weeklong daylong hourlong decadelong centurylong'],
  ['deictic', 'today tonight yesterday tomorrow now nowadays currently presently current recently lately recent future past term these_days at_present'],
  ['pod', 'morning afternoon evening night noon midnight midday'],
  ['season', 'spring summer fall autumn winter'],
  ['set', 'daily weekly monthly yearly annually hourly nightly biweekly bi-weekly fortnightly'],
  ['holiday', "christmas easter thanksgiving halloween new_year's new_year’s labor_day memorial_day veterans_day valentine's valentine’s good_friday boxing_day election_day"],
  ['spoken', 'nineteen eighteen two_thousand'],
  ['decade', 'twenties thirties forties fifties sixties seventies eighties nineties'],
  ['quarter', 'q1 q2 q3 q4 h1 h2'],
];

const HEAD_OF_WORD = new Map<string, Head>();
for (const [head, list] of WORDS) for (const w of list.split(' ')) HEAD_OF_WORD.set(w.replace(/_/g, ' '), head);

/** A regex alternation factored as a trie: "day(?:s)?|decade(?:s)?…" fails fast at every text position. */
function trieRegex(words: string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      if (!n.next.has(ch)) n.next.set(ch, { end: false, next: new Map() });
      n = n.next.get(ch)!;
    }
    n.end = true;
  }
  const esc = (ch: string) => (ch === ' ' ? ' ' : ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const emit = (n: Node): string => {
    const alts = [...n.next].map(([ch, child]) => esc(ch) + emit(child));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const CLOCK = "\\d{1,2}(?:[:.][0-5]\\d)? ?(?:[ap]\\.?m\\b|o['’]clock)|\\d{1,2}:[0-5]\\d\\b|(?:[01]\\d|2[0-3])[0-5]\\d (?=GMT|UTC|[ECMP][SD]T|local)";
// Not inside a number, a price, or a URL path ("/news/2026/2/7/").
const YEAR = '(?<![\\d$£€#.,/]|\\d[-–/])(?:1\\d{3}|20\\d\\d)s?(?![\\d]|[.,]\\d)|FY ?[\'’]?\\d\\d';

/** Global, case-insensitive: trigger words (as a trie), clock times, years, decades ("'90s", "the 80s"). */
export const TRIGGER = new RegExp(`\\b(?:${trieRegex([...HEAD_OF_WORD.keys()])})\\b|\\b(?:${CLOCK})|\\b(?:${YEAR})|['’]\\d0s\\b|\\b[1-9]0s\\b`, 'gi');


/** Head class of a trigger match. */
export function headOf(m: RegExpExecArray): Head | null {
  const w = m[0];
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return /[: .]|m$|clock$/i.test(w) ? 'clock' : 'year'; // a year match is digits (and "s")
  if (c === 39 || c === 0x2019) return 'apos';
  if ((c === 70 || c === 102) && /^fy ?['’]?\d/i.test(w)) return 'year';
  return HEAD_OF_WORD.get(w.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Words a rule may begin with, left of its trigger word (numbers and apostrophes always may). */
export const START_WORDS = new Set(
  `the this last next past coming previous preceding prior following current same latest most full whole entire that
  early earlier late later mid middle sometime very a an one two three four five six seven eight nine ten eleven twelve
  thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred thousand dozen dozens hundreds thousands several few couple many some more less fewer at up no nearly almost
  roughly approximately around another first second third fourth final remaining initial every each other half fiscal
  calendar model fy post pre year comparable corresponding shortly just recent future upcoming these today tonight
  yesterday tomorrow now nowadays currently presently daily weekly monthly yearly annually hourly nightly noon midnight
  midday morning afternoon evening night spring summer fall autumn winter christmas new easter thanksgiving labor
  memorial veterans halloween valentine good boxing twenties thirties forties fifties sixties seventies eighties
  nineties january february march april may june july august september october november december jan feb mar apr jun
  jul aug sept sep oct nov dec monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
  thursdays fridays saturdays sundays single once twice thrice over`.split(/\s+/),
);
