// List articles ("10 things to do in…"): an introduction, then numbered sections, each a heading and a paragraph
// or two, often each in a box of its own. The scoring picks the introduction's box (the sections' short paragraphs
// look like teasers, alone in their boxes), so the body would end after the introduction. A run of headings
// numbered in sequence (1, 2, 3… or a countdown) near the body is the article's own structure: the body runs on to
// the end of the last numbered section.
import type { BlockTree } from './blocks.js';
import { STRONG, WEAK } from './furniture.js';
import type { ContainerScores } from './main-extractor.js';
import { FURNITURE_MAX_BODY_SHARE, LIST_MAX_LEVELS, LIST_MIN_SECTIONS } from './settings.js';

/** "1. Title", "2) Title", "#3 Title", "No. 4: Title", "5 – Title": the number, else -1. Three digits at most,
 *  so that a year ("2019 in review") is no number. */
const NUMBERED_RE = /^(?:#|no\.?\s*|nr\.?\s*|n°\s*|number\s+)?(\d{1,3})(?:\s*[.):\u2013\u2014-]\s*|\s+)(?=\S)/i;

function numberOf(text: string): number {
  const m = NUMBERED_RE.exec(text);
  return m ? Number(m[1]) : -1;
}

/** Blocks the body gains from the numbered sections that follow or hold its container (none when there are
 *  fewer than LIST_MIN_SECTIONS in sequence). */
export function listSectionBlocks(tree: BlockTree, s: ContainerScores, container: number): number[] {
  if (container <= 0) return [];
  let top = container;
  for (let k = 0; k < LIST_MAX_LEVELS && tree.parent[top] > 0 && !s.masked[tree.parent[top]]; k++) top = tree.parent[top];
  const { blocks } = tree;
  const from = tree.blockStart[top];
  const to = tree.blockEnd[top];

  // the longest run of same-tag headings, not links, numbered in sequence, up or down
  let best: number[] = [];
  let run: number[] = [];
  let step = 0;
  for (let b = from; b < to; b++) {
    const h = blocks[b];
    if (h.kind !== 'heading' || h.linkChars * 2 > h.chars) continue; // linked headlines are teasers (a top-10 box)
    const n = numberOf(h.text);
    if (n < 0) continue;
    if (run.length) {
      const last = blocks[run[run.length - 1]];
      const d = n - numberOf(last.text);
      if (last.tag === blocks[b].tag && (d === 1 || d === -1) && (step === 0 || d === step)) {
        run.push(b);
        step = d;
        if (run.length > best.length) best = run;
        continue;
      }
    }
    run = [b];
    step = 0;
  }
  if (best.length < LIST_MIN_SECTIONS) return [];
  const first = best[0];
  const lastHeading = blocks[best[best.length - 1]];
  // the last section ends at the next heading of its level, or with the box
  let end = best[best.length - 1] + 1;
  while (end < to && !(blocks[end].kind === 'heading' && blocks[end].tag === lastHeading.tag)) end++;
  const start = Math.min(tree.blockStart[container], first);
  if (end <= tree.blockEnd[container] && start >= tree.blockStart[container]) return [];

  // blocks in the range, minus those under furniture that holds a minor share of the box's prose
  const limit = s.prose[top] * FURNITURE_MAX_BODY_SHARE;
  const out: number[] = [];
  for (let b = start; b < end; b++) {
    let cut = false;
    for (let e = blocks[b].owner; e > top; e = tree.parent[e]) {
      const f = tree.furniture[e];
      if (f === STRONG || (f === WEAK && s.prose[e] <= limit && !tree.swallowing[e])) {
        cut = true;
        break;
      }
    }
    if (!cut) out.push(b);
  }
  return out;
}
