// Byline and publication date from the lines before the body and its first few lines. Lines that only
// carry the author or the date are taken out of the body (marked "byline" / "dateline").
import { REMOVABLE } from './classify.js';
import { bestDate, dateFromLine, parseByline, parseNameList, type DateHit } from './meta.js';
import { BODY_HEAD_LINES, HEAD_WINDOW } from './settings.js';
import type { Unit } from './unit.js';

export function readHeadMeta(units: Unit[], start: number, end: number): { byline: string[]; published: string | null } {
  const inBody = (i: number) => i >= start && i <= end;
  const dateHits: DateHit[] = [];
  let byline: string[] = [];
  let bodySeen = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const head = i < start || (inBody(i) && bodySeen < BODY_HEAD_LINES);
    if (inBody(i) && !REMOVABLE.has(u.verdict)) bodySeen++;
    const removed = !inBody(i) || REMOVABLE.has(u.verdict);
    if (!head && !removed) continue;
    const hit = dateFromLine(u.text, head);
    if (hit) {
      dateHits.push(hit);
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
  return { byline, published: bestDate(dateHits) };
}

/** A names-only line in the head window (up to the body's first line) counts as an author line. */
function nameListByline(text: string, i: number, bodyStart: number): { names: string[] } | null {
  if (i > bodyStart || i >= HEAD_WINDOW) return null;
  const names = parseNameList(text);
  return names ? { names } : null;
}
