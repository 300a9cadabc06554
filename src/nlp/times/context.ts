// What a rule needs besides its match: the anchor date (publication date), the clause's tense cues, the words
// around the match, and the discourse reference (the quarter under discussion, the last date named).
import { type Ymd, parseIsoDate } from './calendar.js';
import * as settings from './settings.js';

const { QUARTER_FOCUS_CHARS, REFERENCE_DATE_CHARS, TENSE_WINDOW_CHARS } = settings;

/** Words that put the event of a clause after the publication date. */
const FUTURE_CUE = /(?<![\w-])(?:will|won['’]t|['’]ll|shall|going to|set to|scheduled|expected|due|planning to|plans? to|intends? to|is to|are to|was to|were to|next|upcoming|deadline|as (?:soon|early) as|to (?:be held|meet|begin|start|resume|visit|vote|travel|leave|return|open|close)|would (?:be|meet|begin|start|resume|visit|vote|travel|leave|return|open|close|arrive|hold))(?![\w-])/i;
const CLAUSE_BREAK = /[.!?;]\s|\n\s*\n/g;
/** "ahead of the weekend": right before an expression, a sure sign that it is still to come. */
const DEADLINE_BEFORE = /\bahead of\s+(?:the\s+)?$/i;

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

  /** True when the clause before `pos` speaks of the future. */
  future(pos: number): boolean {
    let from = Math.max(0, pos - TENSE_WINDOW_CHARS);
    const window = this.text.slice(from, pos);
    CLAUSE_BREAK.lastIndex = 0;
    let cut = 0;
    for (let m; (m = CLAUSE_BREAK.exec(window)); ) cut = m.index + m[0].length;
    from += cut;
    const clause = this.text.slice(from, pos);
    return DEADLINE_BEFORE.test(clause) || FUTURE_CUE.test(clause);
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
