// Byline and publication date from the lines before the body and its first few lines. Lines that only
// carry the author or the date are taken out of the body (marked "byline" / "dateline").
import { REMOVABLE } from './classify.js';
import { bestHit, dateFromLine, type DateHit, type DateSource } from './dateline.js';
import { parseByline, parseNameList } from './meta.js';
import { BODY_HEAD_LINES, HEAD_WINDOW } from './settings.js';
import type { Unit } from './unit.js';

/** Lines of the body (from its start) still searched for a date line: photo credits, a byline and a standfirst
 *  often come before it. */
export const DATELINE_BODY_LINES = 10;
/** When the head's date lines name several days, only those this many lines from the title or the body's first
 *  line are the article's own. */
export const DATELINE_NEAR_LINES = 3;
/** Two date lines of different days at most this many lines apart are items of one list. */
export const DATELINE_LIST_GAP = 2;

type LineHit = DateHit & { line: number };

export interface HeadMeta {
  byline: string[];
  published: string | null;
  /** How the text names that date: an "Updated" date only bounds the first publication from above. */
  publishedSource: DateSource | null;
}

export function readHeadMeta(units: Unit[], start: number, end: number): HeadMeta {
  const inBody = (i: number) => i >= start && i <= end;
  const dateHits: LineHit[] = [];
  let byline: string[] = [];
  let bodySeen = 0;
  // The article's own date stands next to its headline (the last title line above the body) or at the top of
  // the body; teasers stand further away.
  let anchor = start;
  for (let i = start; i >= 0; i--) if (units[i]?.verdict === 'title') { anchor = i; break; }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const head = i < start || (inBody(i) && bodySeen < BODY_HEAD_LINES);
    const dateHead = i < start || (inBody(i) && bodySeen < DATELINE_BODY_LINES);
    if (inBody(i) && !REMOVABLE.has(u.verdict)) bodySeen++;
    const removed = !inBody(i) || REMOVABLE.has(u.verdict);
    if (!dateHead && !removed) continue;
    // A title that names a date ("… Assessment, February 21, 2026") is a name, not a date line.
    const hit = u.verdict === 'title' ? null : dateFromLine(u.text, dateHead);
    if (hit) {
      dateHits.push({ ...hit, line: i });
      // A line that only dates the article ("Published 12 January 2026") leaves the body.
      if (dateHead && inBody(i) && hit.lineIsDate && !REMOVABLE.has(u.verdict)) units[i] = { ...u, verdict: 'dateline', reason: 'dateline', score: 0 };
    }
    if (head && u.verdict !== 'title') {
      const by = parseByline(u.text) ?? nameListByline(u.text, i, start);
      if (by) {
        if (!byline.length) byline = by.names;
        if (inBody(i)) units[i] = { ...u, verdict: 'byline', reason: 'byline', score: 0 };
      }
    }
  }
  const date = bestHit(trustedHits(units, dateHits, [anchor, start]), anchor);
  return { byline, published: date?.iso ?? null, publishedSource: date?.source ?? null };
}

/**
 * Labelled dates and byline dates stand. Bare date lines stand when they all name one day; when they name
 * several (a list of teasers, events or comments around the article), only those next to the title or the
 * body's first line count, and only if those agree.
 */
function trustedHits(units: readonly Unit[], hits: readonly LineHit[], anchors: readonly number[]): LineHit[] {
  const bare = hits.filter((h) => h.source === 'dateline');
  if (new Set(bare.map((h) => h.iso)).size <= 1) return [...hits];
  const distance = anchorDistances(units, new Set(anchors));
  const rank = contentRanks(units);
  // A date line with another day's date line right beside it is an item of a list (teasers, archives, events).
  const inList = (h: LineHit, k: number) =>
    [bare[k - 1], bare[k + 1]].some((o) => o && o.iso !== h.iso && Math.abs(rank[o.line] - rank[h.line]) <= DATELINE_LIST_GAP);
  const near = bare.filter((h, k) => distance[h.line] <= DATELINE_NEAR_LINES && !inList(h, k));
  const keep = new Set(near.map((h) => h.iso)).size === 1 ? near : [];
  return [...hits.filter((h) => h.source !== 'dateline'), ...keep];
}

/** For each unit, how many non-empty lines come before it. */
function contentRanks(units: readonly Unit[]): number[] {
  const out: number[] = [];
  let n = 0;
  for (const u of units) {
    out.push(n);
    if (u.verdict !== 'empty') n++;
  }
  return out;
}

/** For each unit, how many non-empty lines away the nearest anchor (the headline above the body, the body's
 *  first line) is. */
function anchorDistances(units: readonly Unit[], anchors: ReadonlySet<number>): number[] {
  const isAnchor = (i: number) => anchors.has(i);
  const out = new Array<number>(units.length).fill(Infinity);
  let d = Infinity;
  for (let i = 0; i < units.length; i++) {
    if (isAnchor(i)) d = 0;
    out[i] = d;
    if (units[i].verdict !== 'empty') d++;
  }
  d = Infinity;
  for (let i = units.length - 1; i >= 0; i--) {
    if (isAnchor(i)) d = 0;
    out[i] = Math.min(out[i], d);
    if (units[i].verdict !== 'empty') d++;
  }
  return out;
}

/** A names-only line in the head window (up to the body's first line) counts as an author line. */
function nameListByline(text: string, i: number, bodyStart: number): { names: string[] } | null {
  if (i > bodyStart || i >= HEAD_WINDOW) return null;
  const names = parseNameList(text);
  return names ? { names } : null;
}
