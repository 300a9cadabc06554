// What a rule needs besides its match: the anchor date (publication date), the clause's tense cues, the words
// around the match, and the discourse reference (the quarter under discussion, the last date named).
import { type Ymd, parseIsoDate } from './calendar.js';
import * as settings from './settings.js';
import {
  CLAUSE_BREAK, CLAUSE_END, DEADLINE_BEFORE, FUTURE_CUE, FUTURE_CUE_ALL, MAIN_VERB_PAST, NOT_PAST_VERB, PAST_PLAN,
  PAST_VERB_BEFORE, REPORTING_VERB, SENTENCE_OPENER, lastMatch,
} from './tense.js';

const { QUARTER_FOCUS_CHARS, REFERENCE_DATE_CHARS, TENSE_WINDOW_CHARS } = settings;

export interface Reference {
  /** Value of the last concrete date named ("1998-03-12", "1998-03", "1998"). */
  value: string;
  at: number;
}

export class TimeContext {
  readonly dct: Ymd | null;
  private quarter: { y: number; q: number; at: number } | null = null;
  private last: Reference | null = null;

  /** Minutes after midnight of the publication time, when the date-time gives one. */
  readonly dctMinutes: number | null;

  constructor(readonly text: string, dct: string | null) {
    this.dct = parseIsoDate(dct);
    const t = this.dct && dct ? /T(\d\d):(\d\d)/.exec(dct) : null;
    this.dctMinutes = t ? Number(t[1]) * 60 + Number(t[2]) : null;
  }

  /**
   * True when the clause of the expression at `pos` speaks of the future: a deadline word right before it; a cue before
   * it in its clause, unless a reporting or past verb dates the report instead ("will close, the firm said Tuesday") or
   * the plan itself is past ("had been scheduled"); or, when it opens its sentence ("On Tuesday, the league plans to"),
   * a cue after it before any verb in the past or subordinate clause.
   */
  future(pos: number): boolean {
    let from = Math.max(0, pos - TENSE_WINDOW_CHARS);
    const window = this.text.slice(from, pos);
    CLAUSE_BREAK.lastIndex = 0;
    let cut = 0;
    for (let m; (m = CLAUSE_BREAK.exec(window)); ) cut = m.index + m[0].length;
    from += cut;
    const clause = this.text.slice(from, pos);
    if (DEADLINE_BEFORE.test(clause)) return true;
    const lastCue = lastMatch(FUTURE_CUE_ALL, clause);
    if (lastCue >= 0) {
      // "The plant will close, the company said Tuesday": the weekday dates the report, not the plan.
      if (REPORTING_VERB.test(clause.slice(lastCue)) || this.pastVerb(pos)) return false;
      return !PAST_PLAN.test(clause);
    }
    if (!SENTENCE_OPENER.test(clause)) return false;
    const after = this.text.slice(pos, pos + TENSE_WINDOW_CHARS);
    const end = after.search(CLAUSE_END);
    const rest = end < 0 ? after : after.slice(0, end);
    const cue = FUTURE_CUE.exec(rest);
    if (!cue) return false;
    const upTo = rest.slice(0, cue.index);
    return !REPORTING_VERB.test(upTo) && !MAIN_VERB_PAST.test(upTo) && !PAST_PLAN.test(rest.slice(0, cue.index + cue[0].length));
  }

  /**
   * True when the verb right before the expression is in the past tense ("reopened on Oct. 23", "was born in May"):
   * the date is then one that has passed. Only the word itself counts, so "called elections for Oct. 23" does not.
   */
  pastVerb(pos: number): boolean {
    const before = this.text.slice(Math.max(0, pos - 40), pos);
    const m = PAST_VERB_BEFORE.exec(before);
    // "to be published in November", "will be held on May 5": a participle of something still to come.
    return !!m && !NOT_PAST_VERB.test(m[1]) && !/\b(?:be|being|will|would|shall|to)\s+$/i.test(before.slice(0, m.index));
  }

  /** The word just before `pos` (letters, digits, $ and apostrophes), or ''. */
  prevWord(pos: number): string {
    let e = pos;
    while (e > 0 && /\s/.test(this.text[e - 1])) e--;
    let s = e;
    while (s > 0 && /[\w$'’.,-]/.test(this.text[s - 1])) s--;
    return this.text.slice(s, e).replace(/^[.,]+|[,]+$/g, '');
  }

  /** The word just after `pos`, or ''. */
  nextWord(pos: number): string {
    const m = /^\s*([\w'’$%.-]*)/.exec(this.text.slice(pos, pos + 40));
    return m ? m[1].replace(/[.]+$/, '') : '';
  }

  /** True when `pos` starts a sentence (after . ! ? or a line start), so a capital letter there means nothing. */
  sentenceStart(pos: number): boolean {
    let e = pos;
    while (e > 0 && /[ \t"“‘'(]/.test(this.text[e - 1])) e--;
    return e === 0 || /[.!?:\n]/.test(this.text[e - 1]);
  }

  /** The quarter named last, when close enough to be the one under discussion. */
  focusQuarter(pos: number): { y: number; q: number } | null {
    return this.quarter && pos - this.quarter.at <= QUARTER_FOCUS_CHARS ? this.quarter : null;
  }

  /** The last concrete date named, when close enough. */
  reference(pos: number): Reference | null {
    return this.last && pos - this.last.at <= REFERENCE_DATE_CHARS ? this.last : null;
  }

  /** Records an emitted DATE/TIME value as the discourse reference. */
  note(value: string, at: number): void {
    const q = /^(\d{4})-Q([1-4])$/.exec(value);
    if (q) this.quarter = { y: Number(q[1]), q: Number(q[2]), at };
    if (/^\d{4}(?:-\d\d(?:-\d\d)?)?(?:T|$)/.test(value)) this.last = { value: value.slice(0, 10), at };
  }
}
