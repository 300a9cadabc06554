// Gathers the body around the chosen container: its own blocks minus minor furniture, plus what the scoring
// leaves out though it belongs to the article — a lead named as such just outside the box, prose written directly
// in the parent, sibling boxes of clean prose, and the numbered sections of a list article (list-sections.ts).
import type { BlockTree } from './blocks.js';
import { STRONG, WEAK } from './furniture.js';
import type { ContainerScores } from './main-extractor.js';
import { FURNITURE_MAX_BODY_SHARE, LEAD_MAX_LEVELS, LEAD_MIN_HEADING_CHARS, SIBLING_MAX_BAD_SHARE } from './settings.js';
import { isProse } from './weights.js';
import { listSectionBlocks } from './list-sections.js';

/** Block indices of the body, in document order. */
export function gatherBody(tree: BlockTree, s: ContainerScores, container: number, relaxed: boolean): number[] {
  const chosen = new Set([...leadBlocks(tree, s, container, relaxed), ...parentProse(tree, container, relaxed)]);
  for (const c of withCleanSiblings(tree, s, container)) for (const b of boxBlocks(tree, c, s.prose)) chosen.add(b);
  for (const b of listSectionBlocks(tree, s, container)) chosen.add(b);
  return [...chosen].sort((a, b) => a - b);
}

/** A standfirst often sits just outside the body's box: prose blocks before the container, within a few levels
 *  above it, under an element named like a lead, and not in furniture. (Taking any prose of the article <header>
 *  was measured too: it brings in as much furniture as leads.) */
function leadBlocks(tree: BlockTree, s: ContainerScores, container: number, relaxed: boolean): number[] {
  let top = container;
  for (let k = 0; k < LEAD_MAX_LEVELS && top > 0 && !s.masked[tree.parent[top]]; k++) top = tree.parent[top];
  const out: number[] = [];
  for (let b = tree.blockStart[top]; b < tree.blockStart[container]; b++) {
    const block = tree.blocks[b];
    const leadLike = block.kind === 'heading' ? block.chars >= LEAD_MIN_HEADING_CHARS : isProse(block, relaxed);
    if (!leadLike) continue;
    for (let e = block.owner; e > top && !tree.furniture[e]; e = tree.parent[e]) {
      if (tree.leadName[e]) {
        out.push(b);
        break;
      }
    }
  }
  return out;
}

/** Prose written directly in the container's parent, between its child elements (text with <br>s): the parent
 *  is the article's box, though link lists in it kept it from scoring best. */
function parentProse(tree: BlockTree, container: number, relaxed: boolean): number[] {
  const p = tree.parent[container];
  if (container === 0 || p <= 0) return [];
  const out: number[] = [];
  for (let b = tree.blockStart[p]; b < tree.blockEnd[p]; b++) {
    const block = tree.blocks[b];
    if (block.owner === p && isProse(block, relaxed)) out.push(b);
  }
  return out;
}

/** The container and those of its siblings that hold clean prose: an article split into boxes (a paragraph, an
 *  image box, more paragraphs) scores best on its biggest box alone. */
function withCleanSiblings(tree: BlockTree, s: ContainerScores, container: number): number[] {
  const p = tree.parent[container];
  if (container === 0 || p < 0) return [container];
  const out: number[] = [];
  for (let i = p + 1; i < tree.elementEnd[p]; i = tree.elementEnd[i]) {
    const clean = !s.masked[i] && !tree.furniture[i] && s.good[i] > 0 && s.bad[i] <= SIBLING_MAX_BAD_SHARE * s.good[i];
    if (i === container || clean) out.push(i);
  }
  return out;
}

/** A box's blocks minus those under furniture that holds only a minor share of its prose. */
function boxBlocks(tree: BlockTree, box: number, prose: Float64Array): number[] {
  const end = tree.elementEnd[box];
  const cut = new Uint8Array(end - box); // cut[i - box]: element i lies in cut furniture
  const limit = prose[box] * FURNITURE_MAX_BODY_SHARE;
  for (let i = box + 1; i < end; i++) {
    const f = tree.furniture[i];
    const weakCut = f === WEAK && prose[i] <= limit && !tree.swallowing[i];
    cut[i - box] = cut[tree.parent[i] - box] || f === STRONG || weakCut ? 1 : 0;
  }
  const out: number[] = [];
  for (let b = tree.blockStart[box]; b < tree.blockEnd[box]; b++) {
    if (!cut[tree.blocks[b].owner - box]) out.push(b);
  }
  return out;
}
