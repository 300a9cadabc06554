// The shape of a rule: a sticky regex tried at word starts left of a trigger word, and a builder that turns the
// match into a TimeML type and value (or refuses it).
import type { TimeContext } from './context.js';

/** Classes of trigger words; a rule is tried when the leftmost trigger word it can contain is found. */
export type Head =
  | 'month' | 'weekday' | 'year' | 'apos' | 'unit' | 'deictic' | 'pod' | 'clock' | 'season' | 'set' | 'holiday'
  | 'spoken' | 'decade' | 'quarter' | 'long';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Mod = 'BEFORE' | 'AFTER' | 'START' | 'MID' | 'END' | 'APPROX';
export type Groups = Record<string, string | undefined>;

export interface Built {
  type: TimeType;
  value: string;
  mod?: Mod | null;
  /** Resolved against the discourse reference ("a year earlier"): not itself a new reference. */
  anaphoric?: boolean;
  /** Where the expression ends when that is before the end of the match ("the extra [seven-day] period"). */
  end?: number;
}

export interface Found {
  start: number;
  end: number;
  g: Groups;
}

export interface Rule {
  name: string;
  heads: readonly Head[];
  /** When set, the rule is only tried for trigger words it matches (lower case): a cheap filter. */
  triggers?: RegExp;
  /** When set, the rule is only tried when the text just before the trigger word matches (a cheap filter). */
  before?: RegExp;
  /** When set, the rule is only tried when the text just after the trigger word matches (a cheap filter). */
  after?: RegExp;
  re: RegExp;
  build(g: Groups, c: TimeContext, at: Found): Built | null;
}

/** Lower case with single spaces: how rules compare matched words. */
export const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** True when the word starts with a capital letter (months and weekdays are always capitalised in news). */
export const capitalised = (s: string | undefined) => !!s && /^[A-Z]/.test(s);
