// Regex fragments shared by the rules, and the compiler that expands them. In a rule pattern, "{NAME}" is a
// fragment and a plain space stands for any run of white space (the matcher rejects matches that cross a blank
// line: a short \s+ keeps the compiled regexes small, hence fast).
import {
  CARD_DIGITS, CARD_WORD, DAY_WORD, DECADE_WORD, MONTH_ANY, MONTH_FULL, ORDINAL_WORD, PART_OF_DAY, SEASON, SPOKEN_YEAR,
  UNIT, WEEKDAY,
} from './lexicon.js';

const SPACE = '\\s+';

export const FRAGMENTS: Record<string, string> = {
  M: MONTH_ANY,
  MF: MONTH_FULL,
  /** Abbreviated month with its dot ("Sept.") or a full name: usable without a following day. */
  MD: `(?:${MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.)`,
  WD: WEEKDAY,
  /** A four-digit year; not part of a longer number, a decimal or a money amount. */
  Y: '(?:1\\d{3}|20\\d\\d)(?![\\w]|[.,:]\\d)',
  /** A two-digit year with its apostrophe: '98. */
  YA: "['’]\\d\\d(?![\\w'’])",
  SY: SPOKEN_YEAR,
  DAY: '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\w%/]|[.,:]\\d)',
  ORDW: ORDINAL_WORD,
  DAYW: DAY_WORD,
  NUM: `(?:${CARD_DIGITS}|${CARD_WORD}|(?:a|one) (?:hundred|thousand)|an?)`,
  /** Amounts TimeML writes as X: "several years", "a few days". */
  VAGUE: '(?:several|a few|few|a couple of|a couple|couple of|many|some|a number of|dozens of|a dozen|hundreds of|thousands of)',
  U: UNIT,
  SEASON,
  POD: PART_OF_DAY,
  DECW: DECADE_WORD,
  TZ: '(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|(?:local|kyiv|kiev|moscow|london|paris|berlin|brussels|beijing|tokyo|washington|eastern|pacific|central|mountain|gmt) time|\\([ECMP][SD]?T\\))',
  /** "early", "mid-", "the end of" … in front of a date: its TimeML mod. */
  PRE: '(?:(?<pm>early|late|mid|middle)(?:-| )|(?<pt>the (?:(?:very )?(?:early|late|end|beginning|start|close|middle|turn|first half|second half|latter part|early part|later part|rest|remainder))(?: part)? of ))?',
};

/** Compiles a rule pattern: sticky (tried at a given position), case-insensitive. */
export function rx(pattern: string): RegExp {
  const src = pattern.replace(/\{([A-Z][A-Z0-9]*)\}/g, (_, k: string) => {
    const f = FRAGMENTS[k];
    if (f === undefined) throw new Error(`unknown fragment {${k}}`);
    return f;
  });
  return new RegExp(src.replace(/ /g, SPACE), 'iy');
}

/** TimeML mod of a PRE match. */
export function preMod(g: Record<string, string | undefined>): 'START' | 'MID' | 'END' | null {
  const w = (g.pm ?? g.pt ?? '').toLowerCase();
  if (!w) return null;
  if (/early|beginning|start|first half/.test(w)) return 'START';
  if (/mid|middle/.test(w)) return 'MID';
  if (/late|end|close|latter|second half|later/.test(w)) return 'END';
  return null;
}
