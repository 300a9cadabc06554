// The article's facts (entity mentions, quotes, amounts, dates, event cues) as a tree of non-crossing spans over its
// text, one tree per block (paragraph, heading…), so the page can nest highlights: a quote holds the names in it.
// Spans that cross (a date that starts inside a quote and ends after it) are cut where the outer one ends; both
// pieces keep the fact's id. Linear apart from the sort: each span is pushed on and popped off the stack once.

export type FactKind = 'quote' | 'event' | 'entity' | 'time' | 'amount' | 'target';

export interface Fact {
  /** Unique per span (the permalink's unit). */
  id: string;
  /** Facts that belong together (all mentions of one entity): selecting one marks the others. */
  group: string;
  kind: FactKind;
  start: number;
  end: number;
}

export interface SpanNode { fact: Fact; start: number; end: number; children: SpanNode[] }
export interface Block { start: number; end: number; kind: string; nodes: SpanNode[] }

/** Outer before inner when two facts cover the same characters. */
const RANK: Record<FactKind, number> = { target: 0, quote: 1, event: 2, entity: 3, time: 4, amount: 5 };

interface Piece { fact: Fact; start: number; end: number }
const before = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || RANK[a.fact.kind] - RANK[b.fact.kind];

/** The tree of the pieces (sorted by `before`) inside one block. */
function tree(pieces: Piece[]): SpanNode[] {
  const roots: SpanNode[] = [];
  const stack: SpanNode[] = [];
  const queue = pieces;
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i];
    while (stack.length && stack[stack.length - 1].end <= p.start) stack.pop();
    const parent = stack[stack.length - 1];
    let end = p.end;
    if (parent && end > parent.end) {
      // Crossing: keep the part inside the parent here, queue the rest (rare, so a sorted insert is fine).
      const rest = { fact: p.fact, start: parent.end, end: p.end };
      let j = i + 1;
      while (j < queue.length && before(queue[j], rest) <= 0) j++;
      queue.splice(j, 0, rest);
      end = parent.end;
    }
    if (end <= p.start) continue;
    const node: SpanNode = { fact: p.fact, start: p.start, end, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** Blocks of the text (the analysis' own, else paragraphs split on blank lines), each with its tree of facts. */
export function layout(text: string, facts: readonly Fact[], blocks?: readonly { start: number; end: number; kind: string }[]): Block[] {
  const spans = blocks?.length ? [...blocks].sort((a, b) => a.start - b.start) : paragraphs(text);
  const valid = facts
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end)
    .map((f) => ({ fact: f, start: f.start, end: f.end }))
    .sort(before);
  const perBlock: Piece[][] = spans.map(() => []);
  let first = 0;
  for (const p of valid) {
    // Blocks are sorted and p.start only grows: advance past blocks that end before it.
    while (first < spans.length && spans[first].end <= p.start) first++;
    for (let b = first; b < spans.length && spans[b].start < p.end; b++) {
      const start = Math.max(p.start, spans[b].start);
      const end = Math.min(p.end, spans[b].end);
      if (start < end) perBlock[b].push({ fact: p.fact, start, end });
    }
  }
  return spans.map((s, i) => ({ start: s.start, end: s.end, kind: s.kind, nodes: tree(perBlock[i].sort(before)) }));
}

function paragraphs(text: string): { start: number; end: number; kind: string }[] {
  const out: { start: number; end: number; kind: string }[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push({ start: at, end: m.index, kind: 'paragraph' });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length, kind: 'paragraph' });
  return out;
}

/** "START-END" of a permalink, or null. */
export function parseSpan(s: string | null): { start: number; end: number } | null {
  const m = s ? /^(\d+)-(\d+)$/.exec(s) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end ? { start, end } : null;
}
