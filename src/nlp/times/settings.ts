// Tunable constants of the time tagger, in one place. Figures were measured on TBAQ (TimeBank + AQUAINT).

/** How many words left of a trigger word an expression may start ("the past three fiscal years"). */
export const MAX_LEFT_WORDS = 6;
/** How many characters left of a trigger word are searched for those words. */
export const MAX_LEFT_CHARS = 48;
/** Characters on each side of a trigger word that the rules' cheap before/after filters look at. */
export const FILTER_CONTEXT_CHARS = 24;

/** Clause window (characters before an expression) searched for future cues ("will", "scheduled to"). */
export const TENSE_WINDOW_CHARS = 90;

/**
 * A month or day named without a year is put in the year that makes it nearest to the publication date,
 * counting a future distance this many times over: news mostly reports what has happened.
 */
export const FUTURE_DISTANCE_WEIGHT = 1.5;

/**
 * A month named alone ("in January") is the coming one when it is at most this many months ahead of the
 * publication date, or when the clause speaks of the future; otherwise it is the last one.
 */
export const MONTHS_AHEAD_UPCOMING = 2;

/** "a year ago" / "the year-earlier period" refer to the quarter under discussion when one was named this close. */
export const QUARTER_FOCUS_CHARS = 1500;
/** "that year", "the following day" refer to the last date named, when it was named this close. */
export const REFERENCE_DATE_CHARS = 2000;

/** Years accepted as bare four-digit numbers. Earlier years need a cue ("in 1066", "the year 1492"). */
export const BARE_YEAR_MIN = 1800;
export const BARE_YEAR_MAX = 2099;
/** A clock time named without its day ("at 10 p.m.") falls on the last day named, when that was named this close. */
export const CLOCK_REFERENCE_CHARS = 300;
/** A clock time's clause is read back this far (to its sentence start) for a future cue: "is expected to … at 3 pm". */
export const CLOCK_TENSE_WINDOW_CHARS = 240;
/** How far around a deictic day word ("today") a quotation's marks and its attribution are looked for. */
export const QUOTE_SCAN_CHARS = 400;
/** A month without a year falls in the past year its paragraph narrates when that year was named this close before
 * (and no further back than the sentence before). */
export const NARRATED_YEAR_CHARS = 400;
