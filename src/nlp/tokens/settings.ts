// Thresholds of the tokens layer.

/** Longest run of text handed to wink in one call. A line (a sentence never crosses one) longer than this is no
 *  paragraph of prose but a dump with no line breaks; wink keeps several objects per token of the text it reads, so
 *  such a line is read in pieces of at most this many characters, cut after a sentence end when there is one in
 *  the last half of the piece, else at a space. Real paragraphs are far shorter (a few kB), so their sentences and
 *  tags do not change. */
export const MAX_WINK_CHARS = 50_000;

/** Words that wink takes, with their full stop, for abbreviations when a capitalised word follows, though in running
 *  text they end a sentence there: "no." (the abbreviation of "number" is written "No." and is followed by a digit). */
export const WORD_STOPS = new Set(['no.']);
