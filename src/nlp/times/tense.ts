// Cue words of tense and planning: whether a date named in a clause lies ahead of or behind the publication date.

/**
 * Verbs of a timetable in the simple present: "the tour kicks off June 9 and concludes October 10", "the offer expires
 * Friday" (a schedule, hence ahead). Closed list, written for this layer.
 */
const SCHEDULE_VERBS = '(?:kicks|kick) off|begins|starts|opens|reopens|concludes|ends|closes|finishes|resumes|launches|premieres|debuts|expires|arrives|departs|takes place|take place|wraps up|takes effect|take effect|(?:comes|come|enters|enter) into force|goes on sale|runs (?:through|until|till)|slated|set for|planned for';

/** Words that put the event of a clause after the publication date. */
export const FUTURE_CUE = new RegExp(String.raw`(?<![\w-])(?:will|won['’]t|['’]ll|shall|going to|set to|scheduled|expected|due|planning to|plans? to|intends? to|is to|are to|was to|were to|next|upcoming|deadline|as (?:soon|early) as|to (?:be held|meet|begin|start|resume|visit|vote|travel|leave|return|open|close)|would (?:be|meet|begin|start|resume|visit|vote|travel|leave|return|open|close|arrive|hold)|${SCHEDULE_VERBS})(?![\w-])`, 'i');
/** The same, global: to find the last cue of a clause (stateful; used synchronously only). */
export const FUTURE_CUE_ALL = new RegExp(FUTURE_CUE.source, 'gi');
/** Index of the last match of a global regex in `s`, or −1. */
export function lastMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m; (m = re.exec(s)); ) at = m.index;
  return at;
}
/** Ends of clauses: the last one before an expression starts its clause (global), the first after ends it. */
export const CLAUSE_BREAK = /[.!?;]\s|\n\s*\n/g;
/** "ahead of the weekend", "postponed until", "has until": right before an expression, a sure sign that it is still to come. */
export const DEADLINE_BEFORE = /\bahead of\s+(?:the\s+)?$|\b(?:has|have)\s+(?:\w+\s+)?until\s+(?:\S+\s+){0,2}$|\b(?:postponed?|postpones|postponing|delay(?:s|ed|ing)?|adjourn(?:s|ed|ing)?|extend(?:s|ed|ing)?|given|gave|give|granted)\b[^.!?;]{0,40}?\b(?:until|till)\s+(?:\S+\s+){0,3}$/i;
/** A plan that belonged to the past: "had been scheduled to expire Friday", "as previously planned". */
export const PAST_PLAN = /\bhad(?:\s+(?:been|already))?\s+(?:\w+\s+)?(?:scheduled|expected|due|planned|set|planning|going)\b|\bpreviously\b|\boriginally\b/i;
/** Words that may come before an expression that opens its sentence: "On Tuesday, …", "Late Friday, …". */
export const SENTENCE_OPENER = /^[\s"“‘'(]*(?:(?:on|by|early|late|later|earlier|and|but|then|also|until|from|starting|beginning)\s+)*$/i;
/** A reporting verb between an opening expression and a future cue makes the expression the time of the report. */
export const REPORTING_VERB = /\b(?:said|says|told|announced|reported|added|stated|declared|confirmed|insisted|warned|predicted|argued|wrote|indicated|signaled|signalled)\b/i;
/** A past-tense verb (regular, or a common irregular one) right before an expression, past a preposition. */
export const PAST_VERB_BEFORE = /\b([a-z]+ed|was|were|began|fell|rose|won|lost|met|came|went|left|broke|took|gave|became|ran|held|told|said|saw|sold|bought|made|struck|hit|died|shot|killed)\s+(?:(?:on|in|during|since|as early as)\s+)?$/i;
/** "-ed" words that plan rather than report, or are not verbs at all. */
export const NOT_PAST_VERB = /^(?:scheduled|expected|planned|slated|needed|required|intended|proposed|aimed|targeted|based|red|bed|need|speed|feed|seed|embed|exceed|proceed|succeed|indeed)$/i;
/** Between an opening expression and a future cue, a past verb or a subordinate clause: "Friday, he signed an order that will …". */
export const MAIN_VERB_PAST = /\b(?:[a-z]{2,}ed|was|were|had|did|began|fell|rose|won|lost|met|came|went|left|broke|took|gave|became|ran|held|told|saw|sold|bought|made|struck|hit|shot|that|which|who|whom|because|after|when|while|since|as)\b/i;
export const CLAUSE_END = /[.!?;]\s|\n\s*\n/;
/** "organise elections by mid-May": a date right after "by" is a deadline, ahead unless the clause is in the past. */
export const BY_BEFORE = /\bby\s+(?:(?:early|late|mid)[- ]?|the\s+(?:end|start|beginning|middle|close)\s+of\s+)?$/i;
/** A verb in the past tense anywhere in a clause: "had doubled by May", "was done by Friday", "sold out by June". */
export const PAST_IN_CLAUSE = /\b(?:had|was|were|did|said|told|sold|took|made|came|went|grew|fell|rose|won|lost|became|[a-z]{3,}ed)\b/gi;
/** A noun after a month that makes it a date still to come: "a June deadline", "the March target" (closed list). */
export const DEADLINE_AFTER = /^\s+(?:deadline|target|timeline|timetable|cutoff|cut-off|due date|expiry)\b/i;
/** A timetable verb, or a future verb phrase, governing an expression: "kicks off June 9", "will be held on Oct. 23". */
export const SCHEDULE_BEFORE = new RegExp(String.raw`(?<![\w-])(?:${SCHEDULE_VERBS})\s+(?:on\s+|in\s+)?$|(?<![\w-])(?:will|shall|['’]ll|is to|are to|is scheduled|are scheduled|is due|are due|is slated|are slated|is set|are set)\s+(?:[a-z]+\s+){0,2}(?:on|in|for|by|until|from|starting|beginning)?\s*$`, 'i');
