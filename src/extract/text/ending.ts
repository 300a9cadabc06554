// The end of the article: a contributor line ("… contributed to this report"), an author's disclaimer, a
// comment-section header or an author's bio closes the story; what the region holds after it (newsletter
// descriptions, tag lines, event promos, reader comments) is the page's tail even when it is written in
// sentences. Such a line only counts once most of the body's prose stands before it, so that a comment count
// under the headline or a source introduced mid-story does not cut the body short.
import { isAuthorBio } from './bio.js';
import { COMMENT_KINDS, END_KINDS, SOFT_END_KINDS } from './lexicon.js';
import type { Region } from './region.js';
import { END_MARKER_MIN_CHARS, END_MARKER_MIN_SHARE, END_RUN_MIN_CHARS } from './settings.js';
import type { Unit } from './unit.js';

const REPORTING_RE = /\b(?:said|says|told|according to)\b/;

export function isEndMarker(u: Unit): boolean {
  // A reported sentence ("…do not necessarily reflect the views of the government, the spokesman said") is news.
  if (isCommentHeader(u)) return true;
  if (REPORTING_RE.test(u.text)) return false;
  if (u.verdict === 'boilerplate') return END_KINDS.has(u.reason) || SOFT_END_KINDS.has(u.reason);
  return (u.verdict === 'prose' || u.verdict === 'long' || u.verdict === 'short') && isAuthorBio(u.text);
}

function isCommentHeader(u: Unit): boolean {
  return u.verdict === 'boilerplate' && COMMENT_KINDS.has(u.reason);
}

/** The region's new end: the last unit before its first end marker that has enough prose before it. */
export function cutAtEndMarker(units: Unit[], region: Region): Region {
  let total = 0;
  for (let i = region.start; i <= region.end; i++) if (units[i].verdict === 'prose') total += units[i].text.length;
  const lastRun = lastProseRun(units, region);
  let before = 0;
  for (let i = region.start; i <= region.end; i++) {
    const u = units[i];
    // Reader comments are sentences too and may outweigh the article: their header needs no share of the prose;
    // nor does a marker after which no two paragraphs follow each other (teasers: a summary between headlines).
    // A related-stories header or an author bio may stand mid-story (a box, a source introduced): they end the
    // body only when no two paragraphs follow them.
    const soft = u.verdict !== 'boilerplate' || SOFT_END_KINDS.has(u.reason);
    const enough =
      before >= END_MARKER_MIN_CHARS &&
      (lastRun < i || (!soft && (before >= END_MARKER_MIN_SHARE * total || isCommentHeader(u))));
    if (enough && isEndMarker(u)) {
      if (u.verdict !== 'boilerplate') units[i] = { ...u, verdict: 'boilerplate', reason: 'author bio', score: 0 };
      return { ...region, end: i - 1 };
    }
    if (u.verdict === 'prose') before += u.text.length;
  }
  return region;
}


/** Start of the region's last pair of consecutive paragraphs of END_RUN_MIN_CHARS or more each before any comment
 *  section, or -1. */
function lastProseRun(units: readonly Unit[], region: Region): number {
  let last = -1;
  let prev = -1;
  for (let i = region.start; i <= region.end; i++) {
    const u = units[i];
    if (u.verdict === 'empty') continue;
    // Reader comments after their header are not the article going on.
    if (isCommentHeader(u) && i > region.start) break;
    const para = u.verdict === 'prose' && u.text.length >= END_RUN_MIN_CHARS;
    if (para && prev >= 0) last = prev;
    prev = para ? i : -1;
  }
  return last;
}
