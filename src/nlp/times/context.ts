// What a rule needs besides its match: the anchor date (publication date), the clause's tense cues, the words
// around the match, and the discourse references (the quarter under discussion, the last date named, the last date the
// text is about, the last day ahead named, the year a paragraph narrates).
import { type Ymd, fmtDay, parseIsoDate } from './calendar.js';
import * as settings from './settings.js';
import {
  BY_BEFORE, CLAUSE_BREAK, CLAUSE_END, DEADLINE_AFTER, DEADLINE_BEFORE, FUTURE_CUE, FUTURE_CUE_ALL, MAIN_VERB_PAST,
  NOT_PAST_VERB, PAST_IN_CLAUSE, PAST_PLAN, PAST_VERB_BEFORE, REPORTING_VERB, SCHEDULE_BEFORE, SENTENCE_OPENER, lastMatch,
} from './tense.js';

const { NARRATED_YEAR_CHARS, QUARTER_FOCUS_CHARS, REFERENCE_DATE_CHARS, TENSE_WINDOW_CHARS } = settings;

/** Words that may open a sentence before a month that sets its scene: "In April, …", "By late May, …". */
const NARRATION_OPENER = /^[\s"“‘'(]*(?:(?:in|on|by|during|and|but|then|later|earlier|until|from|that|the|same)\s+)*$/i;


export interface Reference {
  /** Value of the last concrete date named ("1998-03-12", "1998-03", "1998"). */
  value: string;
  at: number;
  /** Where that expression ends. */
  end: number;
}

export class TimeContext {
  readonly dct: Ymd | null;
  private quarter: { y: number; q: number; at: number } | null = null;
  /** The last concrete date named, and the last one that was not only the start of a stretch ("since 2022"). */
  private last: Reference | null = null;
  private topic: Reference | null = null;
  /** The last day named that lies after the publication date: a clock time in a plan falls on it. */
  private lastAhead: Reference | null = null;

  /** Minutes after midnight of the publication time, when the date-time gives one. */
  readonly dctMinutes: number | null;
  /** The publication date as a TimeML day value. */
  readonly dctDay: string | null;

  constructor(readonly text: string, dct: string | null) {
    this.dct = parseIsoDate(dct);
    const t = this.dct && dct ? /T(\d\d):(\d\d)/.exec(dct) : null;
    this.dctMinutes = t ? Number(t[1]) * 60 + Number(t[2]) : null;
    this.dctDay = this.dct ? fmtDay(this.dct) : null;
  }

  /**
   * True when the clause of the expression at `pos` speaks of the future: a deadline word right before it; a cue before
   * it in its clause, unless a reporting or past verb dates the report instead ("will close, the firm said Tuesday") or
   * the plan itself is past ("had been scheduled"); or, when it opens its sentence ("On Tuesday, the league plans to"),
   * a cue after it before any verb in the past or subordinate clause.
   */
  future(pos: number, span = TENSE_WINDOW_CHARS): boolean {
    let from = Math.max(0, pos - span);
    const window = this.text.slice(from, pos);
    CLAUSE_BREAK.lastIndex = 0;
    let cut = 0;
    for (let m; (m = CLAUSE_BREAK.exec(window)); ) cut = m.index + m[0].length;
    from += cut;
    const clause = this.text.slice(from, pos);
    if (DEADLINE_BEFORE.test(clause)) return true;
    if (BY_BEFORE.test(clause) && !this.pastInClause(clause)) return true;
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

  /** True when a verb of the clause is in the past tense (planning participles like "scheduled" do not count). */
  private pastInClause(clause: string): boolean {
    PAST_IN_CLAUSE.lastIndex = 0;
    for (let m; (m = PAST_IN_CLAUSE.exec(clause)); ) {
      if (NOT_PAST_VERB.test(m[0])) continue;
      // "pressured by Washington to hold elections by May": a passive participle, not the clause's verb.
      const rest = clause.slice(m.index + m[0].length);
      if (/ed$/i.test(m[0]) && /^\s+by\s+\S/.test(rest)) continue;
      return true;
    }
    return false;
  }

  /** True when a timetable verb governs the expression: "the tour kicks off June 9". */
  scheduled(pos: number): boolean {
    return SCHEDULE_BEFORE.test(this.text.slice(Math.max(0, pos - 30), pos));
  }

  /** True when a noun right after the expression makes it a deadline: "a June deadline". */
  deadlineAfter(end: number): boolean {
    return DEADLINE_AFTER.test(this.text.slice(end, end + 16));
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

  /**
   * The date under discussion, when named close enough: the last date the text is about, or with `any` the last date
   * named at all. "That year" after "fighting since 2014." is 2014; "the previous year" after "2025 was the worst year
   * since 2022" is counted from 2025.
   */
  reference(pos: number, any = false): Reference | null {
    const ref = any ? this.last : this.topic;
    return ref && pos - ref.at <= REFERENCE_DATE_CHARS ? ref : null;
  }

  /**
   * The year a paragraph narrates: a month named without a year ("In April, its troops left") after a past year was
   * named in the same paragraph ("Russia invaded in February 2022") lies in that year, when it does not come before
   * the month named with it and the month opens its sentence. Null when the paragraph names no past year, or the
   * clause speaks of the future.
   */
  narratedYear(pos: number, month: number): number | null {
    const ref = this.topic;
    if (!ref || !this.dct || pos - ref.end > NARRATED_YEAR_CHARS) return null;
    // Named in the sentence before, in the same paragraph: further back the story has often moved on.
    const between = this.text.slice(ref.end, pos);
    if (between.includes('\n') || (between.match(/[.!?]["”’)]*\s/g)?.length ?? 0) > 1) return null;
    const m = /^(\d{4})(?:-(\d\d))?/.exec(ref.value);
    if (!m || Number(m[1]) >= this.dct.y || month < Number(m[2] ?? 1) || this.future(pos)) return null;
    // Only a month that opens its sentence sets the scene of a narration ("… in 2022. In April, …"); inside a
    // sentence it is as often a date of its own ("had bought shares through Sept. 29").
    const before = this.text.slice(Math.max(ref.end, pos - 40), pos);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
    if (cut < 0 || !NARRATION_OPENER.test(before.slice(cut + 1))) return null;
    return Number(m[1]);
  }

  /** The last day named after the publication date, when close enough. */
  referenceAhead(pos: number): Reference | null {
    return this.lastAhead && pos - this.lastAhead.at <= REFERENCE_DATE_CHARS ? this.lastAhead : null;
  }

  /** Records an emitted DATE/TIME value as the discourse reference; `bound` when it only starts a stretch. */
  note(value: string, at: number, end: number, bound = false): void {
    const q = /^(\d{4})-Q([1-4])$/.exec(value);
    if (q) this.quarter = { y: Number(q[1]), q: Number(q[2]), at };
    if (!/^\d{4}(?:-\d\d(?:-\d\d)?)?(?:T|$)/.test(value)) return;
    this.last = { value: value.slice(0, 10), at, end };
    if (bound) return;
    this.topic = this.last;
    const day = this.last.value;
    if (this.dctDay && /^\d{4}-\d\d-\d\d$/.test(day) && day > this.dctDay) this.lastAhead = this.last;
  }
}
