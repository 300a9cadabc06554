// Every tunable constant of the amounts layer, in one place.

/** A bare 4-digit integer in this range (no comma, no unit or currency) is read as a year, not an amount. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

/** A number next to a month name is a day of the month when it is an integer up to this. */
export const MAX_DAY_OF_MONTH = 31;

/** Digit groups separated by spaces, dots or hyphens with at least this many digits in all look like a phone number. */
export const PHONE_MIN_DIGITS = 7;
/** …and at least this many groups (or a leading "+" / "(", or the 3-4 form "555-1234"). */
export const PHONE_MIN_GROUPS = 3;

/** Mixed and plain fractions ("7-1/2", "3/8") are read only with these denominators; other slashes are dates or codes. */
export const FRACTION_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);

/** A bare integer right after a capitalised name ("Boeing 737", "Article 5") is a label when below this. */
export const LABEL_MAX_VALUE = 100000;

/** The counted object is at most this many words (its head noun and the nouns compounded with it). */
export const OBJECT_MAX_WORDS = 4;

/** How far back (tokens) a "worth / valued at / of" cue and its noun phrase are looked for. */
export const OBJECT_BACK_TOKENS = 8;

/** How far back (characters) a bare scaled number after "from / vs" looks for the amount it is compared with. */
export const COMPARED_LOOKBACK_CHARS = 160;
/** …and after "from / vs / against", how close the compared amount must end. */
export const COMPARED_CUE_MAX_GAP = 60;

/** "X to Y" is a range only when Y is at most this many times X ("$10 billion to $30 billion"); beyond, a change. */
export const RANGE_MAX_RATIO = 20;

/** "one in a million" at most: a larger second number after "in" is not the whole of a ratio. */
export const RATIO_MAX_DENOMINATOR = 1e6;
