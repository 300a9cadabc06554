// Drops furniture that sits inside the chosen container: link lists, "read also" teasers, share prompts, credits.
import type { TextBlock } from './blocks.js';
import { BOILERPLATE_TEXT_RE } from './patterns.js';
import { MAX_BLOCK_LINK_DENSITY, SHORT_BLOCK_CHARS } from './settings.js';

export function keepBlock(b: TextBlock): boolean {
  if (b.linkChars > b.chars * MAX_BLOCK_LINK_DENSITY) return false;
  if (b.text.length < SHORT_BLOCK_CHARS && BOILERPLATE_TEXT_RE.test(b.text)) return false;
  return true;
}
