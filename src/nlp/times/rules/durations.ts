// Durations ("three years", "a 50-day deadline", "the past two months", "2 1/2 years") and sets ("every week",
// "daily", "each year").
import { rx } from '../grammar.js';
import { UNITS, VAGUE_UNIT_LETTER, unitOf } from '../lexicon.js';
import { type Built, type Mod, type Rule, lower } from '../rule.js';
import { amountOf } from './relative.js';

/** Smaller unit used to write fractions: 2.5 years → P2Y6M. */
const FRACTION_UNIT: Record<string, [string, number]> = {
  year: ['month', 12], month: ['day', 30], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
};

/** TimeML duration value of an amount of a unit ("P3Y", "PT2H", "P2Y6M"), or null. */
export function durationValue(n: number, unit: string): string | null {
  const u = UNITS[unit];
  if (!u || !(n > 0)) return null;
  // One decade is written in its own unit ("decade-long" = P1DE, as TIMEX2 and the product's gold do); several
  // decades count in years ("two decades" = P20Y, as TimeBank does).
  if (unit === 'decade' && n === 1) return 'P1DE';
  const total = n * u.size;
  const whole = Math.floor(total + 1e-9);
  const rest = total - whole;
  const parts: [number, string, boolean][] = [];
  if (whole) parts.push([whole, u.letter, u.time]);
  if (rest > 1e-6) {
    const f = FRACTION_UNIT[unit === 'decade' || unit === 'century' ? 'year' : unit];
    if (!f) return null;
    const sub = UNITS[f[0]];
    const amount = Math.round(rest * f[1]);
    if (amount) parts.push([amount, sub.letter, sub.time]);
  }
  if (!parts.length) return null;
  let date = '';
  let time = '';
  for (const [a, l, t] of parts) t ? (time += `${a}${l}`) : (date += `${a}${l}`);
  return `P${date}${time ? `T${time}` : ''}`;
}

/** mod of an approximator or bound in front of a duration. */
function boundMod(w: string | undefined): Mod | null {
  const s = lower(w);
  if (/nearly|almost|about|around|roughly|approximately|some/.test(s)) return 'APPROX';
  return null;
}

/** Words that make "a year" a rate ("$1.76 a year", "700 seats a week") instead of a duration. */
const RATE_BEFORE = /^(?:[\d.,$%]+|cents?|dollars?|dlrs|pounds|euros|yen|percent|pct|times|once|twice|thrice|seats|flights|barrels|bpd|tonnes|tons|shares|people|visits|trips|calls|lives|meals|hours|units)$/i;

export const durationRules: Rule[] = [
  {
    // "three years", "the past two months", "a 50-day deadline", "the first nine months", "2 1/2 years",
    // "more than four hours", "at least 20 more years", "a minute and a half", "eight-year"
    name: 'duration',
    heads: ['unit', 'deictic'],
    triggers: /^(?!period$|half$|current$|recent$|future$)/,
    re: rx('(?:(?<pre>the past|the last|the next|the first|the final|the coming|the previous|the following|the remaining|the latest|the initial|the preceding|the prior|the full|the entire|the whole|the same|the|past|last|next|first|another|an additional|an extra|more than|less than|fewer than|at least|at most|up to|no more than|no less than|nearly|almost|roughly|approximately|around|over) )?(?:(?<pre2>the past|the last|the next|the first|the coming|another|nearly|almost|more than|less than|at least) )?(?<num>{NUM}|{VAGUE})(?<andhalf> and a half)?(?: (?:more|additional|extra|full|consecutive|straight|long|successive|whole|fiscal|calendar|trading|business|working))?(?<hy>-| )(?<unit>{U})(?<half> and a half)?(?<long>-long)?(?<period> (?:period|span|stretch|term))?(?<orso> or so)?(?![\\w’]|-(?!long)|[\'’]s? ?old| old| (?:and|or) (?:older|over|up|younger)\\b)'),
    build(g, c, at) {
      const unit = unitOf(g.unit!);
      const num = lower(g.num);
      let n = amountOf(num);
      if (/^(?:an?|one)$/.test(num) && unit !== lower(g.unit)) return null; // "a decades-long feud": not one decade
      // "over an hour" means more than an hour; "over three years" is mostly the preposition ("spread over three years").
      if (/over$/.test(lower(g.pre)) && (!/^(?:an?)$/.test(num) || g.pre2)) return null;
      if (/^an?$/.test(num) && g.long) return null; // "a day-long meeting": the article goes with the noun
      // "CBS' 60 Minutes", "28 Days Later": a capitalised unit inside a sentence is a title.
      if (/^[A-Z][a-z]/.test(g.unit!) && !c.sentenceStart(at.start)) return null;
      // "a second" is an ordinal, "a quarter" a fraction, "the second"/"first quarter" are calendar names.
      if (unit === 'second' && /^(?:an?|one)$/.test(num) && !g.pre) return null;
      if (unit === 'quarter' && (/^(?:an?)$/.test(num) || /^\s+of\s+(?:the|a|an|its|their|his|her|all|this|that)\b/i.test(c.text.slice(at.end, at.end + 16)))) return null;
      if (/^(?:an?)$/.test(num) && !g.pre && !g.pre2) {
        const prev = /[,;:!?]\s*$/.test(c.text.slice(Math.max(0, at.start - 3), at.start)) ? '' : c.prevWord(at.start);
        if (RATE_BEFORE.test(prev)) return /^(?:times|once|twice|thrice)$|^[\d,.]+$/i.test(prev) ? { type: 'SET', value: durationValue(1, unit)! } : null;
      }
      // "the eight-year war": the article belongs to the noun, not to the duration; so does "a ... period" only
      // when the amount is hyphenated to its unit ("a three-year period").
      // Otherwise the amount alone is the timex: "the extra [seven-day] period".
      let end: number | undefined;
      if (g.period && (g.hy !== '-' || g.pre || !/^(?:an?|its|his|her|their)$/i.test(c.prevWord(at.start)))) {
        if (g.hy !== '-' || g.pre || g.orso) return null;
        end = at.end - g.period.length;
      }
      if (g.hy === '-' && lower(g.pre) === 'the' && !g.pre2) return null;
      // "will last 50 days": the verb, not "the last 50 days".
      if (/^(?:last|past)$/.test(lower(g.pre)) && /^(?:will|would|could|can|may|might|must|should|to|did|does|do|shall)$/i.test(c.prevWord(at.start))) return null;
      if (g.andhalf || g.half) n = n === null ? null : n + 0.5;
      const mod = boundMod(g.pre ?? g.pre2);
      if (n === null) {
        const letter = VAGUE_UNIT_LETTER[unit];
        return letter ? { type: 'DURATION', value: `P${letter}`, mod } : null;
      }
      if (unit === 'weekend') return null;
      const v = durationValue(n, unit);
      return v ? { type: 'DURATION', value: v, mod, end } : null;
    },
  },
  {
    // "half an hour", "half a century"
    name: 'half-duration',
    heads: ['unit'],
    before: /\bhalf\s+an?\s+$/i,
    triggers: /^(?:hour|day|year|century|decade|minute)$/,
    re: rx('(?:(?<pre>nearly|almost|about|more than|less than|at least|over) )?half (?:an? )(?<unit>hour|day|year|century|decade|minute)(?![\\w-])'),
    build(g) {
      const v = durationValue(0.5, unitOf(g.unit!));
      return v ? { type: 'DURATION', value: v, mod: boundMod(g.pre) } : null;
    },
  },
  {
    // "a day-long meeting", "his year-long campaign", "a decades-long feud": the unit alone as an adjective
    name: 'unit-long',
    heads: ['unit'],
    after: /^-long\b/i,
    re: rx('(?<unit>{U})-long(?![\\w-])'),
    build(g) {
      const unit = unitOf(g.unit!);
      if (/s$/i.test(g.unit!) && unit !== g.unit!.toLowerCase()) {
        const letter = VAGUE_UNIT_LETTER[unit];
        return letter ? { type: 'DURATION', value: `P${letter}` } : null;
      }
      const v = durationValue(1, unit);
      return v ? { type: 'DURATION', value: v } : null;
    },
  },
  {
    // "a yearlong effort", "weeklong talks": the unit and "long" written as one word
    name: 'unit-long-word',
    heads: ['long'],
    re: rx('(?<unit>year|month|week|day|hour|decade|century)long(?![\\w-])'),
    build(g) {
      const v = durationValue(1, unitOf(g.unit!));
      return v ? { type: 'DURATION', value: v } : null;
    },
  },
  {
    // "years", "months" alone, and "the years", "weeks or months"
    name: 'vague-duration',
    heads: ['unit'],
    triggers: /^(?:years|months|weeks|decades|centuries)$/,
    re: rx('(?:(?<the>the) )?(?<unit>years|months|weeks|decades|centuries)(?: or (?:years|months|weeks|decades))?(?![\\w-])'),
    build(g, c, at) {
      const prev = c.prevWord(at.start).toLowerCase();
      if (g.the ? !/^(?:over|for|through|throughout|during|in)$/.test(prev) : !/^(?:for|within|over|after|in|take|takes|took|taking|lasted|last|lasting|spent|spend|than|of)$/.test(prev)) return null;
      const next = c.nextWord(at.end).toLowerCase();
      if (/^(?:old|ago|earlier|later|before|after|to|and)$/.test(next)) return null;
      return { type: 'DURATION', value: `P${VAGUE_UNIT_LETTER[unitOf(g.unit!)]}` };
    },
  },
  {
    // "every week", "each year", "every two weeks", "every other month", "once a week"
    name: 'every',
    heads: ['unit'],
    before: /\b(?:every|each)\s+(?:\S+\s+)?$/i,
    triggers: /^(?!period$|half$)/,
    re: rx('(?<q>every|each) (?:(?<num>{NUM}) |(?<other>other) )?(?<unit>{U})(?![\\w-])'),
    build(g) {
      const unit = unitOf(g.unit!);
      const n = g.other ? 2 : g.num ? amountOf(g.num) : 1;
      if (n === null || unit === 'weekend') return unit === 'weekend' ? { type: 'SET', value: 'XXXX-WXX-WE' } : null;
      const v = durationValue(n, unit);
      return v ? { type: 'SET', value: v } : null;
    },
  },
  {
    // "twice a week", "three times a year", "once a month"
    name: 'frequency',
    heads: ['unit'],
    before: /\b(?:once|twice|thrice|times)\s+(?:a|an|per|every|each)\s+$/i,
    triggers: /^(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)$/,
    re: rx('(?<k>once|twice|thrice|(?:{NUM}|several|many) times) (?:a|an|per|every|each) (?<unit>{U})(?![\\w-])'),
    build(g) {
      const v = durationValue(1, unitOf(g.unit!));
      return v ? { type: 'SET', value: v } : null;
    },
  },
  {
    // "daily", "weekly", "monthly", "annually", "hourly"
    name: 'set-adverb',
    heads: ['set'],
    re: rx('(?<w>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|bi-weekly|fortnightly)(?![\\w-])'),
    build(g, c, at) {
      // "The Daily Telegraph", "Daily Sabah": a name, not a frequency.
      if (/^[A-Z]/.test(g.w!) && (!c.sentenceStart(at.start) || /^[A-Z]/.test(c.nextWord(at.end)))) return null;
      // "the Communist Party daily Granma", "the weekly Der Spiegel": the noun for a newspaper, before its name.
      if (/^[A-Z][a-z]/.test(c.nextWord(at.end)) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.test(c.nextWord(at.end))) return null;
      const v = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', biweekly: 'P2W', 'bi-weekly': 'P2W', fortnightly: 'P2W' }[lower(g.w)];
      return v ? { type: 'SET', value: v } : null;
    },
  },
];

export type { Built };
