// Finds the article body (trafilatura's main_extractor): the element whose blocks hold the most prose and the
// least furniture. Prose ("good") = paragraphs long enough and mostly not link text; everything else is "bad".
import type { BlockTree, TextBlock } from './blocks.js';
import { nameOf } from './dom.js';
import { BODY_HINT_RE } from './patterns.js';
import {
  BAD_TEXT_PENALTY,
  BODY_HINT_BONUS,
  MAX_PARAGRAPH_LINK_DENSITY,
  MIN_PARAGRAPH_CHARS,
} from './settings.js';

export interface BodyChoice {
  /** Element index in the BlockTree, -1 when nothing looks like prose. */
  container: number;
  start: number;
  end: number;
}

/** Prose weight of a block (0 for furniture) and its furniture weight. */
export function blockWeights(b: TextBlock): { good: number; bad: number } {
  if (b.kind === 'heading') return { good: 0, bad: 0 };
  if (b.chars < MIN_PARAGRAPH_CHARS || b.linkChars > b.chars * MAX_PARAGRAPH_LINK_DENSITY) return { good: 0, bad: b.chars };
  return { good: b.chars - b.linkChars, bad: b.linkChars };
}

function hasBodyHint(tree: BlockTree, i: number): boolean {
  const el = tree.elements[i];
  if (!el) return false;
  if (el.attribs.itemprop?.toLowerCase() === 'articlebody') return true;
  const name = nameOf(el);
  return name !== '' && BODY_HINT_RE.test(name);
}

export function chooseBody(tree: BlockTree): BodyChoice {
  const n = tree.elements.length;
  const good = new Float64Array(n);
  const bad = new Float64Array(n);
  for (const b of tree.blocks) {
    const w = blockWeights(b);
    good[b.owner] += w.good;
    bad[b.owner] += w.bad;
  }
  // children come after their parent in document order: one reverse pass sums subtrees
  for (let i = n - 1; i > 0; i--) {
    const p = tree.parent[i];
    good[p] += good[i];
    bad[p] += bad[i];
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < n; i++) {
    if (good[i] === 0) continue;
    const bonus = hasBodyHint(tree, i) ? BODY_HINT_BONUS : 1;
    const score = good[i] * bonus - BAD_TEXT_PENALTY * bad[i];
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0) return { container: -1, start: 0, end: 0 };
  return { container: best, start: tree.blockStart[best], end: tree.blockEnd[best] };
}
