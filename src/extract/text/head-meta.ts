// Byline and publication date from the lines before the body and its first few lines. Lines that only
// carry the author or the date are taken out of the body (marked "byline" / "dateline").
import { REMOVABLE } from './classify.js';
import { bestDate, dateFromLine, type DateHit } from './dateline.js';
import { parseByline, parseNameList } from './meta.js';
import { BODY_HEAD_LINES, HEAD_WINDOW } from './settings.js';
import type { Unit } from './unit.js';

export function readHeadMeta(units: Unit[], start: number, end: number): { byline: string[]; published: string | null } {
  const inBody = (i: number) => i >= start && i <= end;
  const dateHits: (DateHit & { line: number })[] = [];
  let byline: string[] = [];
  let bodySeen = 0;
  // The article's own date stands next to its title (or at the top of the body); teasers stand further away.
  let anchor = start;
  for (let i = start; i >= 0; i--) if (units[i]?.verdict === 'title') { anchor = i; break; }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const head = i < start || (inBody(i) && bodySeen < BODY_HEAD_LINES);
    if (inBody(i) && !REMOVABLE.has(u.verdict)) bodySeen++;
    const removed = !inBody(i) || REMOVABLE.has(u.verdict);
    if (!head && !removed) continue;
    // A title that names a date ("… Assessment, February 21, 2026") is a name, not a date line.
    const hit = u.verdict === 'title' ? null : dateFromLine(u.text, head);
    if (hit) {
      dateHits.push({ ...hit, line: i });
      // A line that only dates the article ("Published 12 January 2026") leaves the body.
      if (head && inBody(i) && hit.lineIsDate && !REMOVABLE.has(u.verdict)) units[i] = { ...u, verdict: 'dateline', reason: 'dateline', score: 0 };
    }
    if (head && u.verdict !== 'title') {
      const by = parseByline(u.text) ?? nameListByline(u.text, i, start);
      if (by) {
        if (!byline.length) byline = by.names;
        if (inBody(i)) units[i] = { ...u, verdict: 'byline', reason: 'byline', score: 0 };
      }
    }
  }
  return { byline, published: bestDate(trustedHits(dateHits), anchor) };
}

/**
 * Labelled dates and byline dates stand; bare date lines count only when they all name one day: several
 * different days in the head are a list (teasers, events, comments), and none of them dates the article.
 */
function trustedHits(hits: readonly (DateHit & { line: number })[]): (DateHit & { line: number })[] {
  const bareDays = new Set(hits.filter((h) => h.source === 'dateline').map((h) => h.iso));
  return bareDays.size > 1 ? hits.filter((h) => h.source !== 'dateline') : [...hits];
}

/** A names-only line in the head window (up to the body's first line) counts as an author line. */
function nameListByline(text: string, i: number, bodyStart: number): { names: string[] } | null {
  if (i > bodyStart || i >= HEAD_WINDOW) return null;
  const names = parseNameList(text);
  return names ? { names } : null;
}
