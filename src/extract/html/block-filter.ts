// Cleans the chosen body block by block: drops link lists, "read also" teasers, calls to action and photo
// credits; starts it after the title; trims what precedes the first paragraph of prose (byline, date) and what
// follows the last one or an end-matter label (contact, sources, related reading).
import { isNoticeBlock, type TextBlock } from './blocks.js';
import { blockWeights, isLinkList, isProse } from './weights.js';
import { BOILERPLATE_TEXT_RE, CALL_TO_ACTION_RE, END_MATTER_RE, READER_ADDRESS_RE } from './patterns.js';
import { siteNameMatcher, type SiteNameMatcher } from '../metadata/site-name.js';
import { isCaption } from './captions.js';
import { isNotice } from './notices.js';
import { isEndMark, opensRelease } from './appended.js';
import {
  APPENDED_MIN_PROSE_BEFORE,
  CALL_TO_ACTION_LINE_CHARS,
  CALL_TO_ACTION_MAX_CHARS,
  END_MATTER_MAX_LABEL_CHARS,
  END_MATTER_MIN_PROSE_BEFORE,
  MAX_BLOCK_LINK_DENSITY,
  MAX_PROSE_BEFORE_TITLE,
  MAX_PROSE_BEFORE_TITLE_CHARS,
  MIN_PARAGRAPH_CHARS,
  MIN_TITLE_MATCH_CHARS,
  SHORT_BLOCK_CHARS,
  TAGLINE_HEAD_BLOCKS,
  TAGLINE_MAX_WORDS,
} from './settings.js';


/** Whether a block of the body is text of the article (not a link list, a teaser, a prompt or a credit). */
export function keepBlock(b: TextBlock): boolean {
  if (b.linkChars > b.chars * MAX_BLOCK_LINK_DENSITY || isLinkList(b) || isNoticeBlock(b)) return false;
  if (b.chars < MIN_PARAGRAPH_CHARS && isNotice(b.text)) return false; // "Jetzt registrieren" (longer ones: b.notice)
  const n = b.text.length;
  if (n < SHORT_BLOCK_CHARS && BOILERPLATE_TEXT_RE.test(b.text)) return false;
  if (n < CALL_TO_ACTION_MAX_CHARS && CALL_TO_ACTION_RE.test(b.text)) {
    if (n < CALL_TO_ACTION_LINE_CHARS || READER_ADDRESS_RE.test(b.text)) return false;
  }
  if (b.kind !== 'heading' && isCaption(b.text)) return false;
  if (n < SHORT_BLOCK_CHARS && isEndMark(b.text)) return false;
  return true;
}

/** Whether a heading repeats the page title (which the metadata carries; the body does not repeat it). */
function isTitle(b: TextBlock, titles: readonly string[]): boolean {
  if (b.kind !== 'heading') return false;
  const t = b.text.toLowerCase();
  return titles.some((title) => title === t || (t.length >= MIN_TITLE_MATCH_CHARS && title.includes(t)));
}

/** The article starts after its title: a title heading (h1 or the page title) preceded by little prose (a kicker,
 *  a quote teaser, a date line) marks where. */
function afterTitle(blocks: readonly TextBlock[], titles: readonly string[], relaxed: boolean): readonly TextBlock[] {
  let total = 0;
  for (const b of blocks) total += blockWeights(b, relaxed).good;
  const limit = Math.min(MAX_PROSE_BEFORE_TITLE * total, MAX_PROSE_BEFORE_TITLE_CHARS);
  let before = 0;
  for (let i = 0; i < blocks.length && before <= limit; i++) {
    const b = blocks[i];
    if (b.kind === 'heading' && (b.tag === 'h1' || isTitle(b, titles))) return blocks.slice(i + 1);
    before += blockWeights(b, relaxed).good;
  }
  return blocks;
}

/** Index where the end matter starts, or the length of the list: an end-matter label ("Kontakt:", "Sources",
 *  "About the author") in the second half of the body's prose, or the start of a re-posted press statement
 *  (appended.ts) after a smaller share of it. */
function endMatterStart(blocks: readonly TextBlock[], relaxed: boolean): number {
  let total = 0;
  for (const b of blocks) total += blockWeights(b, relaxed).good;
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const late = before >= END_MATTER_MIN_PROSE_BEFORE * total;
    if (late && b.text.length <= END_MATTER_MAX_LABEL_CHARS && END_MATTER_RE.test(b.text)) return i;
    if (before > 0 && before >= APPENDED_MIN_PROSE_BEFORE * total && opensRelease(b.text, END_MATTER_MAX_LABEL_CHARS)) {
      return i;
    }
    before += blockWeights(b, relaxed).good;
  }
  return blocks.length;
}

/** A site's tagline under its masthead ("From Harbour Post, the paper you can trust!"): a short block that names the
 *  site (the page's outlet) — only looked for before the article's first paragraph. */
function isTagline(b: TextBlock, site: SiteNameMatcher | null): boolean {
  return !!site && b.kind !== 'heading' && b.text.split(/\s+/).length <= TAGLINE_MAX_WORDS && site.test(b.text);
}

/** `relaxed`: the body was chosen without any paragraph of prose (see scoreContainers); short blocks count.
 *  `site`: the page's outlet, whose tagline at the head of the body is not the article. */
export function cleanBody(blocks: readonly TextBlock[], titles: readonly string[] = [], relaxed = false, site: string | null = null): TextBlock[] {
  const lowTitles = titles.map((t) => t.toLowerCase());
  let kept = afterTitle(blocks, lowTitles, relaxed).filter((b) => keepBlock(b) && !isTitle(b, lowTitles));
  const siteRe = siteNameMatcher(site);
  let head = 0;
  while (head < kept.length && head < TAGLINE_HEAD_BLOCKS && !isTagline(kept[head], siteRe) && !isProse(kept[head], relaxed)) head++;
  if (head < kept.length && isTagline(kept[head], siteRe)) kept = [...kept.slice(0, head), ...kept.slice(head + 1)];
  // before the first prose paragraph: bylines, dates, kickers, an h1; in-body headings stay
  const firstProse = Math.max(0, kept.findIndex((b) => isProse(b, relaxed)));
  // after the last one: share lines, tags, "Comments", "Related"
  let last = endMatterStart(kept, relaxed);
  while (last > firstProse + 1 && !isProse(kept[last - 1], relaxed)) last--;
  const out: TextBlock[] = [];
  for (let i = 0; i < last; i++) {
    const b = kept[i];
    if (i >= firstProse || (b.kind === 'heading' && b.tag !== 'h1')) out.push(b);
  }
  return out;
}
