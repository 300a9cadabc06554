// Finds the article body (trafilatura's main_extractor): the element whose blocks hold the most prose and the
// least furniture, score = good text (× a bonus when the page names it the body) × its share of good and bad
// text. Text under a furniture element counts as bad seen from outside it, and nothing inside furniture can be the
// body (unless weak furniture wraps most of the page's prose). The body's blocks are then gathered by body-parts.ts.
import type { BlockTree } from './blocks.js';
import { gatherBody } from './body-parts.js';
import { STRONG, WEAK } from './furniture.js';
import {
  BAD_TEXT_PENALTY,
  BODY_HINT_BONUS,
  FURNITURE_MAX_BODY_SHARE,
  ISOLATED_MAX_CHARS,
  MAX_ISOLATION_CLIMB,
} from './settings.js';
import { blockWeights, type Weights } from './weights.js';

export interface BodyChoice {
  /** Element index in the BlockTree (0 = whole document), -1 when nothing looks like prose. */
  container: number;
  /** Indices of the body's blocks, in document order. */
  blocks: number[];
  /** Chosen by relaxed scoring: the page has no paragraph of prose (see scoreContainers). */
  relaxed: boolean;
}

export interface ContainerScores {
  /** Good text of each element's subtree, furniture included (reader comments excluded). */
  prose: Float64Array;
  /** Good and bad text as seen from each element: text under furniture below it counts as bad. */
  good: Float64Array;
  bad: Float64Array;
  /** Isolated prose (see `isolated` below), counted neither good nor bad, as seen from each element. */
  lone: Float64Array;
  /** 1 for elements inside furniture, which cannot be the body. */
  masked: Uint8Array;
  /** Container score, -Infinity for elements that cannot be the body. */
  score: Float64Array;
}

// Scoring is cut into one function per pass: V8 compiles smaller functions faster, and the isolation test is a
// module function rather than a closure made per page (which threw the compiled scoring away on every page).
/** Scores every element as the body. `relaxed` (pages without a single paragraph of prose): short blocks count as
 *  prose and none is isolated. */
export function scoreContainers(tree: BlockTree, relaxed = false): ContainerScores {
  const weights = tree.blocks.map((b) => blockWeights(b, relaxed));
  const sums = sumText(tree, weights, relaxed, countProse(tree, weights));
  const { score, masked } = scoreSums(tree, sums);
  return { ...sums, masked, score };
}

/** Prose blocks and all blocks in each element's subtree. */
interface Counts {
  prose: Uint32Array;
  blocks: Uint32Array;
}

function countProse(tree: BlockTree, weights: readonly Weights[]): Counts {
  const n = tree.elements.length;
  const { blocks, parent } = tree;
  const proseCount = new Uint32Array(n);
  const blockCount = new Uint32Array(n);
  for (let i = 0; i < blocks.length; i++) {
    blockCount[blocks[i].owner]++;
    if (weights[i].good > 0) proseCount[blocks[i].owner]++;
  }
  for (let i = n - 1; i > 0; i--) {
    proseCount[parent[i]] += proseCount[i];
    blockCount[parent[i]] += blockCount[i];
  }
  return { prose: proseCount, blocks: blockCount };
}

/** Prose paragraphs come in groups. One alone in its neighbourhood (the nearest ancestor holding other blocks too
 *  holds no other prose) is a teaser description or a caption more often than article text. */
function isolated(owner: number, parent: readonly number[], counts: Counts): boolean {
  let a = owner;
  for (let k = 0; k < MAX_ISOLATION_CLIMB && a > 0 && counts.blocks[a] === counts.blocks[owner]; k++) a = parent[a];
  return counts.prose[a] < 2;
}

/** Good, bad, isolated and all prose text of each element's subtree, as seen from the element. */
function sumText(tree: BlockTree, weights: readonly Weights[], relaxed: boolean, counts: Counts): Omit<ContainerScores, 'masked' | 'score'> {
  const n = tree.elements.length;
  const { blocks, parent, furniture } = tree;
  const prose = new Float64Array(n);
  const good = new Float64Array(n);
  const bad = new Float64Array(n);
  const lone = new Float64Array(n);
  for (let i = 0; i < blocks.length; i++) {
    const owner = blocks[i].owner;
    const w = weights[i];
    prose[owner] += w.good;
    bad[owner] += w.bad;
    if (!relaxed && w.good > 0 && w.good < ISOLATED_MAX_CHARS && isolated(owner, parent, counts)) lone[owner] += w.good;
    else good[owner] += w.good;
  }
  // children come after their parent in document order: one reverse pass sums subtrees
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i];
    if (furniture[i] !== STRONG) prose[p] += prose[i]; // comments do not make a wrapper
    if (furniture[i]) bad[p] += good[i] + bad[i] + lone[i];
    else {
      good[p] += good[i];
      bad[p] += bad[i];
      lone[p] += lone[i];
    }
  }
  return { prose, good, bad, lone };
}

/** Each element's score (and whether it lies inside furniture, which cannot be the body). */
function scoreSums(tree: BlockTree, sums: Omit<ContainerScores, 'masked' | 'score'>): Pick<ContainerScores, 'masked' | 'score'> {
  const n = tree.elements.length;
  const { parent, furniture } = tree;
  const { prose, good, bad } = sums;
  const score = new Float64Array(n);
  const masked = new Uint8Array(n);
  const wrapperLimit = prose[0] * FURNITURE_MAX_BODY_SHARE;
  for (let i = 0; i < n; i++) {
    const f = furniture[i];
    const weakMask = f === WEAK && prose[i] <= wrapperLimit && !tree.swallowing[i];
    masked[i] = i > 0 && (masked[parent[i]] || f === STRONG || weakMask) ? 1 : 0;
    if (masked[i] || good[i] === 0) score[i] = -Infinity;
    else {
      // good text weighted by its share of the element's text: a difference (good − bad) lets a small clean box
      // beat the article when the article carries many links (references, navboxes: wikis, link-rich blogs)
      const g = good[i] * (tree.bodyHint[i] ? BODY_HINT_BONUS : 1);
      score[i] = (g * g) / (g + BAD_TEXT_PENALTY * bad[i]);
    }
  }
  return { score, masked };
}

/** The best-scoring container and the body gathered around it; a relaxed second try for pages without prose. */
export function chooseBody(tree: BlockTree): BodyChoice {
  for (const relaxed of [false, true]) {
    const scores = scoreContainers(tree, relaxed);
    const best = argmax(scores.score);
    if (best >= 0) return { container: best, blocks: gatherBody(tree, scores, best, relaxed), relaxed };
  }
  return { container: -1, blocks: [], relaxed: false };
}

/** Index of the greatest positive value, or -1. */
function argmax(values: Float64Array): number {
  let best = -1;
  let bestValue = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > bestValue) {
      best = i;
      bestValue = values[i];
    }
  }
  return best;
}
