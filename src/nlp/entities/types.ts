// The entity layer's working types: mentions over token ranges, before and after linking.

export type MentionType = 'PERSON' | 'ORG' | 'LOC' | 'NORP' | 'MISC';

/** A named mention as the tagger found it: tokens [first, last] of Doc.tokens. */
export interface RawMention {
  first: number;
  last: number;
  type: MentionType;
}

/** A mention after clean-up: role words and honorifics moved out, with what its context says. */
export interface Mention extends RawMention {
  start: number;
  end: number;
  text: string;
  /** Name words (lower-cased, diacritics folded) used to match mentions of one referent. */
  words: string[];
  role?: string;
  country?: string;
  sector?: string;
  /** True for he/she/his/her mentions added by pronoun resolution. */
  pronoun?: boolean;
}
