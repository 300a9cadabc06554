// Every tunable constant of the quote extractor, in one place.

/** A speaker noun phrase is at most this many tokens (an apposition included). */
export const MAX_SPEAKER_TOKENS = 14;

/** After a closing quote mark, the reporting verb ("…,” the former adviser in the White House said) must come
 * within this many tokens. */
export const MAX_TOKENS_TO_CUE_AFTER_QUOTE = 28;

/** Between a reporting verb and the opening mark of its quote ("said in a statement on Monday: “…”") at most
 * this many tokens. */
export const MAX_TOKENS_CUE_TO_QUOTE = 12;

/** A quotation of fewer words than this, inside a clause, is a partial quote (or a scare quote), not direct. */
export const MIN_DIRECT_WORDS = 4;

/** Between a reporting verb and "that" ("told reporters in Kyiv on Friday that…") at most this many tokens. */
export const MAX_TOKENS_CUE_TO_THAT = 16;

/** A quotation of at most this many tokens in title case may be the name of a work or a show inside a phrase ("told
 * MSNBC's “Morning Joe” that…"). */
export const MAX_TITLE_TOKENS = 6;

/** A parenthesis between a subject and its verb ("Sen. Lindsey Graham (R-S.C.) said") has at most this many tokens. */
export const MAX_PARENTHESIS_TOKENS = 10;

/** An indirect quote's content has at least this many word tokens. */
export const MIN_INDIRECT_WORDS = 3;

/** The predicate of a relative clause a frame interrupts ("which officials said will go into effect…") has at least
 * this many word tokens. */
export const MIN_PREDICATE_WORDS = 2;

/** A reporting clause after its content ("…, the official said on Monday.") has at most this many tokens. */
export const MAX_TRAILING_FRAME_TOKENS = 18;

/** A quote with no frame of its own inherits the speaker of a quote at most this many paragraphs back. */
export const MAX_PARAGRAPHS_BACK_FOR_CONTINUATION = 1;

/** Pronoun speakers ("he added") with no entity mention fall back to the last quoted person within this many
 * sentences. */
export const MAX_SENTENCES_BACK_FOR_PRONOUN = 6;

/** The verb of a reported clause comes within this many tokens of its start (after the subject). */
export const MAX_SUBJECT_TOKENS = 24;

/** Comma-separated segments looked through between a subject and its verb ("X, 58, who lives in Y, says"). */
export const MAX_APPOSITION_SEGMENTS = 4;

/** "X was quick to add…": the verb or adjective governing an infinitive reporting verb spans at most this many
 * tokens. */
export const MAX_GOVERNOR_TOKENS = 4;

/** The cue model's "that follows" feature looks this many tokens ahead (a feature definition: changing it needs a
 * retrained model). */
export const CUE_MODEL_THAT_WINDOW = 12;

/** "Sanders: …" — the name before a paragraph-opening colon has at most this many tokens. */
export const MAX_HEADLINE_SPEAKER_TOKENS = 5;

/** A verb the cue model finds (outside the lexicon) may report a noun phrase ("hailed the summit as…") only when the
 * model is at least this sure; below, its content must be a clause ("agreed that…", "decided to…"). 0.7, not 0.6: of
 * the 118 noun-phrase "quotes" between them on the comparison corpora, about nine in ten were acts ("delivered an
 * upset", "filed a lawsuit", "took a hatchet to"); PolNeAR, which counts acts, loses 0.001 of token F1. */
export const GENERIC_SURE = 0.7;

/** Between a reporting verb and the quotation it leads into, at most this many pieces of frame material (a time,
 * a place, the one addressed, an aside) are passed over. */
export const MAX_FRAME_STEPS = 8;

/** Descriptions of an entity are read this many tokens around its mention ("one Russian pro-Kremlin newspaper,
 * Nezavisimaya Gazeta"); the author of a document is looked for this many tokens after it, twice over. */
export const MAX_DESCRIPTOR_TOKENS = 6;

/** A description ("the paper", "the French leader") or pronoun resolves to an entity mentioned at most this many
 * mentions back. */
export const MAX_ANTECEDENT_MENTIONS = 60;

/** "the report adds" refers to a document whose author was named at most this many sentences back. */
export const MAX_SENTENCES_BACK_FOR_DOCUMENT = 12;

/** How far back (tokens) a definite description looks for somebody unnamed introduced with its noun ("a U.S.
 *  official … the official said"): about three sentences. */
export const MAX_INTRODUCTION_TOKENS = 90;
