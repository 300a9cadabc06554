// What counts as prose. A block's "good" weight is its prose (paragraphs long enough, mostly not link text); its
// "bad" weight is furniture text: link text in full, other short text (table cells, dates, labels) at a discount
// since articles have some too.
import { isNoticeBlock, type TextBlock } from './blocks.js';
import {
  LINK_LIST_MIN_ITEMS,
  LINK_LIST_MIN_LINKED_SHARE,
  MAX_PARAGRAPH_LINK_DENSITY,
  MIN_PARAGRAPH_CHARS,
  SHORT_TEXT_PENALTY,
} from './settings.js';

export interface Weights {
  good: number;
  bad: number;
}

/** `relaxed` (pages without a single paragraph of prose): short blocks count as prose too. */
export function blockWeights(b: TextBlock, relaxed = false): Weights {
  if (b.kind === 'heading') return { good: 0, bad: b.linkChars }; // a linked headline is a teaser's
  // Link text weighs as a notice does; tested first, since telling a notice reads every word of the block.
  if (b.linkChars > b.chars * MAX_PARAGRAPH_LINK_DENSITY) return { good: 0, bad: b.chars };
  if (isNoticeBlock(b)) return { good: 0, bad: b.chars }; // a cookie banner or service box is furniture, however long
  if (isLinkList(b)) return { good: 0, bad: b.linkChars }; // its other text (teasers, citations) is no prose either
  if (b.chars < MIN_PARAGRAPH_CHARS && !relaxed) {
    return { good: 0, bad: b.linkChars + SHORT_TEXT_PENALTY * (b.chars - b.linkChars) };
  }
  return { good: b.chars - b.linkChars, bad: b.linkChars };
}

export const isProse = (b: TextBlock, relaxed = false): boolean => blockWeights(b, relaxed).good > 0;

/** A list whose items nearly all are mostly link text: headlines with teasers, "more on this", sources. */
export function isLinkList(b: TextBlock): boolean {
  return b.items >= LINK_LIST_MIN_ITEMS && b.linkedItems > b.items * LINK_LIST_MIN_LINKED_SHARE;
}
