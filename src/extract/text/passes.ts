// Passes over the classified units that need their neighbours or the title: the title line, repeated lines,
// table rows, introduced lists.
import { siteNameMatcher } from '../metadata/site-name.js';
import { classify, REMOVABLE, repeatKey } from './classify.js';
import { parseByline, parseNameList } from './meta.js';
import { HEAD_WINDOW, SCORE, TAGLINE_HEAD_LINES, TAGLINE_MAX_WORDS, TITLE_MAX_WORDS, TITLE_SEARCH_LINES, TITLE_SENTENCE_MAX_WORDS } from './settings.js';
import { stripTitleJunk, titleKey, titleRepeat, wordCount } from './title.js';
import type { Unit } from './unit.js';

/** Index of the title line: the first line that is not navigation junk and is not a paragraph. */
export function findTitleLine(units: readonly Unit[]): number {
  for (let i = 0; i < Math.min(units.length, TITLE_SEARCH_LINES); i++) {
    const u = units[i];
    const line = stripTitleJunk(u.text);
    // Skip empty and link-only lines, captions, author lines, and lines that are boilerplate through and through.
    if (!line || u.verdict === 'link' || u.verdict === 'empty' || u.verdict === 'caption') continue;
    if (u.verdict === 'boilerplate' && line === u.text) continue;
    if (parseByline(line) || parseNameList(line)) continue;
    const words = wordCount(line);
    // A long line, or a sentence with a full stop, is the first paragraph: the text has no title line.
    if (words > TITLE_MAX_WORDS || (words > TITLE_SENTENCE_MAX_WORDS && /\.["”’')]*$/.test(line))) return -1;
    return i;
  }
  return -1;
}

/**
 * Marks lines repeating the title (a head line may carry a site-name tail) and lines seen before; returns the
 * head lines that repeated the title whole (for their site names).
 */
export function markRepeats(units: Unit[], titleKeys: readonly string[]): string[] {
  const titleLines: string[] = [];
  const seen = new Set<string>();
  const keys = titleKeys.filter(Boolean);
  units.forEach((u, i) => {
    if (REMOVABLE.has(u.verdict) && u.verdict !== 'boilerplate') return;
    if (keys.length) {
      if (i < HEAD_WINDOW) {
        const rep = titleRepeat(u.text, keys);
        if (rep?.kind === 'whole') {
          titleLines.push(stripTitleJunk(u.text));
          units[i] = { ...u, verdict: 'title', reason: 'repeats the title', score: 0 };
          return;
        }
        if (rep?.kind === 'prefix') {
          const rest = { ...u, text: rep.rest, emphasised: false };
          units[i] = { ...rest, ...classify({ text: rest.text, marker: rest.marker, linkShare: rest.linkShare }) };
          u = units[i];
        }
      } else if (keys.includes(titleKey(u.text))) {
        units[i] = { ...u, verdict: 'title', reason: 'repeats the title', score: 0 };
        return;
      }
    }
    if (REMOVABLE.has(u.verdict) || u.verdict === 'data') return;
    const key = repeatKey(u.text);
    if (!key) return;
    if (seen.has(key)) units[i] = { ...u, verdict: 'repeat', reason: 'repeated line', score: SCORE.repeat };
    else seen.add(key);
  });
  return titleLines;
}

/** List items introduced by a line ending in a colon are content, even when short and unpunctuated. */
export function markIntroducedLists(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    const intro = units[i - 1];
    if (!(intro.verdict === 'prose' && /:["”’']?$/.test(intro.text))) continue;
    for (let j = i; j < units.length && (units[j].marker === 'bullet' || units[j].marker === 'number'); j++) {
      const u = units[j];
      if (u.verdict === 'short' || u.verdict === 'long' || u.verdict === 'menu') {
        units[j] = { ...u, verdict: 'prose', reason: 'introduced list item', score: u.text.length * SCORE.listItemPerChar };
      }
    }
  }
}

/** A short line next to a data row (digits) is a row of the same table ("Year", "Shr loss eight cts vs…"). */
export function markTableRows(units: Unit[]): void {
  // Only rows with digits of their own make neighbours rows: a label next to a label next to a row is a menu.
  const digits = units.map((u) => u.verdict === 'data');
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.verdict !== 'short' || u.marker) continue;
    if (digits[i - 1] || digits[i + 1]) units[i] = { ...u, verdict: 'data', reason: 'table row', score: 0 };
  }
}

/**
 * A site's tagline under its masthead ("From Harbour Post, the paper you can trust!"): a short line among the first
 * few lines of the page, or of the lines after a title line, that names the site the title's suffix gave. Only with
 * that name (so a lead that quotes an outlet is safe: it is longer, and the name must come from the title).
 */
export function markSiteTaglines(units: Unit[], siteName: string | null): void {
  const name = siteNameMatcher(siteName);
  if (!name) return;
  let seen = 0;
  for (let i = 0; i < units.length && (seen < TAGLINE_HEAD_LINES || i < HEAD_WINDOW); i++) {
    const u = units[i];
    if (u.verdict === 'title') seen = 0;
    if (u.verdict === 'empty' || u.verdict === 'title') continue;
    if (++seen > TAGLINE_HEAD_LINES) continue;
    if (wordCount(u.text) <= TAGLINE_MAX_WORDS && name.test(u.text)) units[i] = { ...u, verdict: 'boilerplate', reason: 'site tagline', score: SCORE.menu };
  }
}
