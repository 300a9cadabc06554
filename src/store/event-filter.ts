// What an event query selects (dossier events, the store's searchEvents): by actor (a code or words of an entity's
// name), type, target and date, asserted events only unless asked otherwise; and the same query over one analysis.
import type { Analysis, PloverEvent } from '../doc/schema.js';

export interface EventFilter {
  /** Source actor: an ISO-3 / actor code ("UKR", "IGO") or words of an entity's name ("Zelenskyy"). */
  actor?: string;
  target?: string;
  type?: string;
  /** ISO date: events on or after it. */
  since?: string;
  until?: string;
  /** Also negated, hypothetical, future and denied events. */
  all?: boolean;
}

export interface EventRow {
  articleId: string;
  title: string;
  url: string | null;
  date: string | null;
  type: string;
  mode: string | null;
  status: string;
  source: { codes: string[]; names: string[] };
  target: { codes: string[]; names: string[] };
  cue: string | null;
  sentence: string;
  /** Where that sentence is in the article's text (character offsets). */
  sentenceSpan: { start: number; end: number };
  mentions: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function side(a: Analysis, refs: string[]): { codes: string[]; names: string[] } {
  const byId = new Map((a.entities ?? []).map((e) => [e.id, e]));
  const codes: string[] = [];
  const names: string[] = [];
  for (const r of refs) {
    const e = byId.get(r);
    const code = e ? e.country : r;
    if (code && !codes.includes(code)) codes.push(code);
    names.push(e ? e.name : r);
  }
  return { codes, names };
}

/** Whether one side matches a query: its code equals it, or every query word is in one of its names. */
export function sideMatches(s: { codes: string[]; names: string[] }, q: string): boolean {
  if (s.codes.some((c) => c.toUpperCase() === q.toUpperCase())) return true;
  const words = fold(q).split(/\s+/).filter(Boolean);
  return s.names.some((n) => words.every((w) => fold(n).split(/[\s-]+/).includes(w)));
}

export function queryEvents(a: Analysis, f: EventFilter): EventRow[] {
  const rows: EventRow[] = [];
  for (const e of a.events ?? []) {
    const status = e.status ?? 'asserted';
    if (!f.all && status !== 'asserted') continue;
    if (f.type && e.type !== f.type.toUpperCase()) continue;
    const date = e.date ?? a.published?.slice(0, 10) ?? null;
    if (f.since && (!date || date < f.since)) continue;
    if (f.until && (!date || date.slice(0, f.until.length) > f.until)) continue;
    const source = side(a, e.source);
    const target = side(a, e.target);
    if (f.actor && !sideMatches(source, f.actor)) continue;
    if (f.target && !sideMatches(target, f.target)) continue;
    rows.push(row(a, e, date, status, source, target));
  }
  return rows;
}

function row(a: Analysis, e: PloverEvent, date: string | null, status: string, source: EventRow['source'], target: EventRow['target']): EventRow {
  return {
    articleId: a.id, title: a.title, url: a.url, date, type: e.type, mode: e.mode ?? null, status, source, target,
    cue: e.cue?.text ?? null, sentence: a.text.slice(e.sentence.start, e.sentence.end),
    sentenceSpan: { start: e.sentence.start, end: e.sentence.end }, mentions: 1 + (e.mentions?.length ?? 0),
  };
}
