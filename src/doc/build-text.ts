import type { Block, BlockKind } from './types.js';

export interface BlockText {
  kind: BlockKind;
  text: string;
}

/** Joins block texts with a blank line and returns the text with each block's offsets. Empty blocks are dropped. */
export function joinBlocks(parts: readonly BlockText[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const part of parts) {
    const body = part.text.trim();
    if (!body) continue;
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + body.length, kind: part.kind });
    text += body;
  }
  return { text, blocks };
}
