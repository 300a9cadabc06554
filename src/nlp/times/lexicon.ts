// Word lists of the time grammar: months, weekdays, seasons, parts of day, number words, units. Each list gives
// the regex fragment (matched case-insensitively) and the lookup that turns a matched word into its meaning.
import { MONTH_NUMBER, WEEKDAY_NUMBER } from '../../doc/english.js';

/** Month names and abbreviations → month number (1–12). Abbreviations are looked up without their dot. */
export const MONTHS: Record<string, number> = { ...MONTH_NUMBER };
/** Full month names; "May" and "March" are also common words, so the rules check their capital letter. */
export const MONTH_FULL = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A month written in full or abbreviated (with or without its dot). */
export const MONTH_ANY = '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)';

/** Weekday names → ISO weekday (Monday = 1 … Sunday = 7). */
export const WEEKDAYS: Record<string, number> = { ...WEEKDAY_NUMBER };
export const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
export const WEEKDAY_PLURAL = '(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)';

/** Seasons → TimeML season codes. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON = '(?:spring|summer|fall|autumn|winter)';

/** Parts of the day → TimeML codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};
export const PART_OF_DAY = '(?:morning|afternoon|evening|night)';

const UNITS_0_19 = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Number words → value. */
export const NUMBER_WORDS: Record<string, number> = {};
UNITS_0_19.forEach((w, i) => (NUMBER_WORDS[w] = i));
TENS.forEach((w, i) => w && (NUMBER_WORDS[w] = i * 10));
Object.assign(NUMBER_WORDS, { a: 1, an: 1, single: 1, dozen: 12, hundred: 100, thousand: 1000 });

const ORDINALS_1_19 = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth'];
/** Ordinal words → value (first … thirty-first, for days of the month, quarters, centuries). */
export const ORDINAL_WORDS: Record<string, number> = { twentieth: 20, thirtieth: 30 };
ORDINALS_1_19.forEach((w, i) => w && (ORDINAL_WORDS[w] = i));
for (const [t, n] of [['twenty', 20], ['thirty', 30]] as const)
  for (let i = 1; i <= 9; i++) ORDINAL_WORDS[`${t}-${ORDINALS_1_19[i]}`] = n + i;

const alt = (ws: string[]) => `(?:${[...ws].sort((a, b) => b.length - a.length).join('|')})`;
const UNIT_WORD = alt(UNITS_0_19.slice(1));
const TENS_WORD = alt(TENS.filter(Boolean));
/** A cardinal written in words: "five", "twenty-four", "twenty four", "a hundred", "two thousand". */
export const CARD_WORD = `(?:${TENS_WORD}(?:(?:-| )${alt(UNITS_0_19.slice(1, 10))})?|${UNIT_WORD})(?: (?:hundred|thousand))?`;
/** A cardinal in digits ("50", "1,000", "1450", "2.5") with an optional fraction ("2 1/2"). */
export const CARD_DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6})(?:\\.\\d+)?(?: 1/2| 1/4| 3/4)?';
/** Ordinal words and digits usable as day of month. */
export const ORDINAL_WORD = alt(Object.keys(ORDINAL_WORDS));

/** Cardinal words for days of the month, as wire copy writes them ("April two", "March thirty-one"). */
export const DAY_WORD = `(?:thirty(?:-| )one|thirty|twenty(?:(?:-| )${alt(UNITS_0_19.slice(1, 10))})?|${alt(UNITS_0_19.slice(1))})`;

/** Duration units → [TimeML unit letter, is it a time (PT) unit, size in that letter]. */
export const UNITS: Record<string, { letter: string; time: boolean; size: number }> = {
  second: { letter: 'S', time: true, size: 1 },
  minute: { letter: 'M', time: true, size: 1 },
  hour: { letter: 'H', time: true, size: 1 },
  day: { letter: 'D', time: false, size: 1 },
  night: { letter: 'D', time: false, size: 1 },
  week: { letter: 'W', time: false, size: 1 },
  fortnight: { letter: 'W', time: false, size: 2 },
  weekend: { letter: 'D', time: false, size: 2 },
  month: { letter: 'M', time: false, size: 1 },
  quarter: { letter: 'Q', time: false, size: 1 },
  year: { letter: 'Y', time: false, size: 1 },
  decade: { letter: 'Y', time: false, size: 10 },
  century: { letter: 'Y', time: false, size: 100 },
  millennium: { letter: 'Y', time: false, size: 1000 },
};
/** Unit words, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a))';
/** Unit of a vague plural ("years", "months"): TimeML writes the amount as X. Decades count in years ("decades-long"
 * is PXY in TimeBank/AQUAINT, like "two decades" = P20Y); centuries and millennia use TimeBank's C and L. */
export const VAGUE_UNIT_LETTER: Record<string, string> = {
  second: 'TXS', minute: 'TXM', hour: 'TXH', day: 'XD', week: 'XW', month: 'XM', quarter: 'XQ', year: 'XY',
  decade: 'XY', century: 'XC', millennium: 'XL', weekend: 'XD', night: 'XD', fortnight: 'XW',
};

/** Singular form of a unit word ("centuries" → "century", "Months" → "month"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  if (w.startsWith('millenni')) return 'millennium';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Spoken years of broadcast transcripts: "nineteen ninety-six", "two thousand". */
export const SPOKEN_YEAR = `(?:(?:nineteen|eighteen) (?:${TENS_WORD}(?:(?:-| )${alt(UNITS_0_19.slice(1, 10))})?|${alt(UNITS_0_19.slice(10))}|hundred|oh(?:-| )${alt(UNITS_0_19.slice(1, 10))})|two thousand(?: and)?(?: ${UNIT_WORD})?)`;
/** Decade words: "the nineties" → 199. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
export const DECADE_WORD = '(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)';

/** Value of a cardinal phrase: digits, words, fractions; null when it is not a number. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const frac = /^(\d+(?:\.\d+)?) (1|3)\/(2|4)$/.exec(s);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  let total = 0;
  let current = 0;
  for (const w of s.split(/[- ]/)) {
    if (w === 'and' || !w) continue;
    const v = NUMBER_WORDS[w];
    if (v === undefined) return null;
    if (v === 100 || v === 1000) {
      current = (current || 1) * v;
      if (v === 1000) {
        total += current;
        current = 0;
      }
    } else current += v;
  }
  return total + current;
}

/** Value of a spoken year ("nineteen ninety-six" → 1996, "two thousand" → 2000), or null. */
export function parseSpokenYear(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const m = /^(nineteen|eighteen) (.+)$/.exec(s);
  if (m) {
    const century = m[1] === 'nineteen' ? 1900 : 1800;
    if (m[2] === 'hundred') return century;
    const rest = parseNumber(m[2].replace(/^oh[- ]/, ''));
    return rest !== null && rest < 100 ? century + rest : null;
  }
  const t = /^two thousand(?: and)?(?: (.+))?$/.exec(s);
  if (t) {
    const rest = t[1] ? parseNumber(t[1]) : 0;
    return rest !== null && rest < 100 ? 2000 + rest : null;
  }
  return null;
}
