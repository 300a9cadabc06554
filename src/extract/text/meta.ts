// Bylines in the head of a scraped text ("By Jane Doe and John Roe", "by Jane Doe 10:41 AM February 5, 2026",
// "Jane Doe, John Roe and Ann Poe"). Date lines are read by dateline.ts.
import { BYLINE_MAX_WORDS } from './settings.js';
import { wordCount } from './title.js';

const BYLINE_RE = /^(?:(?:written|words|story|text|reporting|report|brief|analysis|commentary|opinion|interview|essay|photos?)\s+)?by[:\s]\s*(.+)$/iu;
/** Where a byline's name list ends: a date, a time, a separator, a role ("…, an editorial fellow at …"). */
const NAMES_END_RE = /\s+(?:[|•·–—]|-\s|\d|on\s+\p{Lu}|updated\b|published\b|posted\b)|,\s*(?:a|an|the|who|is|senior|chief|special|staff|contributing)\s|\s+for\s+\p{Lu}|\s+in\s+\p{Lu}\p{L}+$/u;
const NAME_SPLIT_RE = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;
/** A person's name: two to five words, each capitalised (particles allowed). */
const NAME_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|der|van|von|bin|al|el|la|le|du|dos|ter)\s+)?\p{Lu}[\p{L}'’.-]*){1,4}$/u;

export function parseByline(line: string): { names: string[]; rest: string } | null {
  if (wordCount(line) > BYLINE_MAX_WORDS) return null;
  const m = BYLINE_RE.exec(line.trim());
  if (!m) return null;
  const body = m[1].trim();
  const end = NAMES_END_RE.exec(body);
  const namePart = end ? body.slice(0, end.index) : body;
  const names: string[] = [];
  for (const piece of namePart.split(NAME_SPLIT_RE)) {
    const name = piece.replace(/[.,;:]+$/, '').trim();
    if (!name) continue;
    if (!NAME_RE.test(name)) break;
    names.push(name);
  }
  if (!names.length) return null;
  return { names, rest: end ? body.slice(end.index) : '' };
}

/** A head line that is nothing but two or more names ("Jane Doe, John Roe and Ann Poe"): an author line. */
export function parseNameList(line: string): string[] | null {
  if (wordCount(line) > BYLINE_MAX_WORDS) return null;
  const pieces = line.trim().replace(/[.]$/, '').split(NAME_SPLIT_RE).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2 || !pieces.every((p) => NAME_RE.test(p))) return null;
  return pieces;
}
