// extractTimes: the time expressions of a text, with TimeML values anchored on the publication date.
//
// One pass of the trigger regex finds candidate head words; at each, every rule of that head class is tried
// (sticky) from each word start a few words to the left, and the longest match that covers the head wins.
// Expressions never overlap; the text is scanned left to right so "that year" can refer to the last date named.
import type { TimeExpr } from '../../doc/schema.js';
import { daysInMonth } from './calendar.js';
import { TimeContext } from './context.js';
import type { Built, Found, Head, Mod, Rule } from './rule.js';
import { calendarRules } from './rules/calendar.js';
import { clockRules } from './rules/clock.js';
import { durationRules } from './rules/durations.js';
import { relativeRules } from './rules/relative.js';
import { FILTER_CONTEXT_CHARS, MAX_LEFT_CHARS, MAX_LEFT_WORDS } from './settings.js';
import { START_WORDS, TRIGGER, headOf } from './triggers.js';

export const RULES: readonly Rule[] = [...calendarRules, ...relativeRules, ...durationRules, ...clockRules];

/** Every word written in a rule pattern: the leftward search may cross these, and stops at any other word. */
const INNER_WORDS = new Set(RULES.flatMap((r) => r.re.source.toLowerCase().match(/[a-z]{2,}/g) ?? []));

const RULE_INDEX = new Map<Rule, number>(RULES.map((r, i) => [r, i]));
const RULES_BY_HEAD = new Map<Head, Rule[]>();
for (const r of RULES) for (const h of r.heads) RULES_BY_HEAD.set(h, [...(RULES_BY_HEAD.get(h) ?? []), r]);

// Local copies: hot loops read these constantly.
const LEFT_CHARS = MAX_LEFT_CHARS;
const LEFT_WORDS = MAX_LEFT_WORDS;
const CONTEXT_CHARS = FILTER_CONTEXT_CHARS;
const BLANK_LINE = /\n[ \t]*\n/;

/** Letters, digits, $ and apostrophes make words; everything else separates them. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 || c === 39 || c === 0x2019 || (c > 0x7f && /\p{L}/u.test(String.fromCharCode(c)));
}

/** Word starts left of `pos` where some rule may begin (nearest last), not before `floor`, not across a blank line. */
function leftStarts(text: string, pos: number, floor: number): number[] {
  const starts: number[] = [];
  const min = Math.max(floor, pos - LEFT_CHARS);
  let end = pos;
  for (let i = pos - 1; i >= min && starts.length < LEFT_WORDS; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && text.charCodeAt(i - 1) === 10) break;
    if (!isWordCode(c)) {
      end = i;
      continue;
    }
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
    if (c < 65 || c === 39 || c === 0x2019 || START_WORDS.has(text.slice(i, end).toLowerCase())) starts.push(i);
    else if (!INNER_WORDS.has(text.slice(i, end).toLowerCase())) break; // no rule spans this word
  }
  return starts.reverse();
}

/** Signal words before an expression that bound it: "before the end of August" → BEFORE. */
const SIGNAL_BEFORE = /(?:^|\s)(before|prior to|until|till|by|no later than|after|since|following|no earlier than)\s+$/i;
function signalOf(text: string, start: number): { mod: Mod; word: string } | null {
  const m = SIGNAL_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (!m) return null;
  const word = m[1].toLowerCase();
  return { mod: /^(?:after|since|following|no earlier than)$/.test(word) ? 'AFTER' : 'BEFORE', word };
}

/**
 * After a month and day: a connector and a bare day number ("and 15", "-15", "to 15") that is not counting something.
 * "and" needs "between" before the first day.
 */
const RANGE_END_DAY = /^(\s*(?:-|–|to|through|until|and)\s*)([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|at|on|and|or|the|of|for|with|when|while|as|according|after|before|amid|during)\b)/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

function rangeEndDay(text: string, first: TimeExpr): TimeExpr | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(first.value);
  if (!m || !/\d(?:st|nd|rd|th)?$/.test(first.text) || /\d{4}$/.test(first.text)) return null;
  const r = RANGE_END_DAY.exec(text.slice(first.end, first.end + 40));
  if (!r) return null;
  if (/and/i.test(r[1]) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) return null;
  const d = Number.parseInt(r[2], 10);
  if (d <= Number(m[3]) || d > daysInMonth(Number(m[1]), Number(m[2]))) return null;
  const start = first.end + r[1].length;
  const end = start + r[0].length - r[1].length;
  return { start, end, text: text.slice(start, end), type: 'DATE', value: `${m[1]}-${m[2]}-${String(d).padStart(2, '0')}` };
}

/** Words before a date that make it the start of a stretch reaching to now. */
const STRETCH_START_BEFORE = /\b(?:dating(?: back)? to|going back to|as far back as|ever since)\s+$/i;

interface Candidate extends Found {
  rule: Rule;
}

/** Best expression containing the trigger [hs, he), starting at or after `floor`. */
function bestAt(text: string, hs: number, he: number, head: Head, floor: number, ctx: TimeContext): (Found & { built: Built }) | null {
  const rules = RULES_BY_HEAD.get(head);
  if (!rules) return null;
  // Cheap filters first: the trigger word itself and the few characters around it.
  const trigger = text.slice(hs, he).toLowerCase();
  const active: Rule[] = [];
  let left: string | null = null;
  let right: string | null = null;
  for (const rule of rules) {
    if (rule.triggers && !rule.triggers.test(trigger)) continue;
    if (rule.before && !rule.before.test((left ??= text.slice(Math.max(0, hs - CONTEXT_CHARS), hs)))) continue;
    if (rule.after && !rule.after.test((right ??= text.slice(he, he + CONTEXT_CHARS)))) continue;
    active.push(rule);
  }
  if (!active.length) return null;
  const starts = leftStarts(text, hs, floor);
  starts.push(hs);
  const cands: Candidate[] = [];
  for (const s of starts) {
    for (const rule of active) {
      rule.re.lastIndex = s;
      const m = rule.re.exec(text);
      if (!m) continue;
      const end = s + m[0].length;
      if (end <= hs || BLANK_LINE.test(m[0])) continue; // must contain the trigger word, within one paragraph
      cands.push({ start: s, end, g: (m.groups ?? {}) as Found['g'], rule });
    }
  }
  if (!cands.length) return null;
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || RULE_INDEX.get(a.rule)! - RULE_INDEX.get(b.rule)!);
  for (const cand of cands) {
    let { start, end } = cand;
    // A span ends on a word: drop trailing spaces or punctuation a pattern may have taken.
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    const built = cand.rule.build(cand.g, ctx, { start, end, g: cand.g });
    if (!built) continue;
    if (built.end !== undefined && built.end > hs && built.end < end) {
      end = built.end;
      while (end > start && /[\s,]/.test(text[end - 1])) end--;
    }
    return { start, end, g: cand.g, built };
  }
  return null;
}

/** Time expressions of `text`; `dct` is the publication date (ISO), null when unknown. */
export function extractTimes(text: string, dct: string | null): TimeExpr[] {
  const ctx = new TimeContext(text, dct);
  const out: TimeExpr[] = [];
  const re = TRIGGER; // module-level and stateful (lastIndex): extractTimes is synchronous, so this is safe
  re.lastIndex = 0;
  let cursor = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m.index < cursor) continue;
    const head = headOf(m);
    if (!head) continue;
    const found = bestAt(text, m.index, m.index + m[0].length, head, cursor, ctx);
    if (!found) continue;
    const { start, built } = found;
    let { end } = found;
    const type = built.type;
    // "before current funding expires": the signal bounds the event, not a vague PRESENT_REF/PAST_REF/FUTURE_REF.
    const signal = (type === 'DATE' || type === 'TIME') && !built.value.endsWith('_REF') ? signalOf(text, start) : null;
    const mod = signal?.mod ?? built.mod ?? null;
    const expr: TimeExpr = { start, end, text: text.slice(start, end), type, value: built.value };
    if (mod) expr.mod = mod;
    out.push(expr);
    // "between February 11 and 15", "Feb. 11-15": the second day shares the first one's month.
    const second = type === 'DATE' ? rangeEndDay(text, expr) : null;
    if (second) {
      out.push(second);
      end = second.end;
    }
    // "since 2022", "dating back to 1994": the start of a stretch, not the date the text goes on about.
    const bound = signal?.word === 'since' || STRETCH_START_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    if ((type === 'DATE' || type === 'TIME') && !built.anaphoric) ctx.note(second?.value ?? built.value, start, end, bound);
    cursor = end;
    if (re.lastIndex < end) re.lastIndex = end;
  }
  return out;
}
