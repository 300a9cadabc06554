// The entity layer's working types: mentions over token ranges, before and after linking.

export type MentionType = 'PERSON' | 'ORG' | 'LOC' | 'NORP' | 'MISC';

/** A named mention as the tagger found it: tokens [first, last] of Doc.tokens. */
export interface RawMention {
  first: number;
  last: number;
  type: MentionType;
  /** The tagger's reading of the span: its type, how sure it was (score margin over the runner-up type,
   *  ner/margins.ts) and the runner-up. Rules that retype a mention leave it, so `tagged.type !== type` tells them. */
  tagged?: { type: MentionType; margin: number; alt: MentionType };
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
  /** The role is a former office ("former Vice President", "then-President"). */
  former?: boolean;
  /** A token of the name that owns the role or employs the person ("Putin's aide", "fellow at the X Center"). */
  owner?: number;
  /** The role is owned by a bare office or a pronoun ("the president's chief of staff"): no home-country default. */
  ownedByDescription?: boolean;
  /** The role came from a plural title ("envoys Witkoff and …"): it extends to the people coordinated with this one. */
  pluralTitle?: boolean;
  /** Last token of a person's name this one is joined to by "and" ("Witkoff and his son-in-law Kushner"). */
  coordinated?: number;
  /** Token of an "its"/"their" that owns the role: the country named last before it places the person. */
  pronounOwner?: number;
  /** A place whose country its qualifier gave ("Santa Fe, New Mexico"): that country outvotes the bare name's. */
  qualifiedPlace?: boolean;
  /** True for he/she/his/her mentions added by pronoun resolution. */
  pronoun?: boolean;
}
