// BILOU label set over the entity types, legal transitions, and conversion from/to IOB1/IOB2 tags.
import { ENTITY_TYPES, type EntityType } from './settings.js';

export const O = 0;
const PREFIXES = ['B', 'I', 'L', 'U'] as const;

/** Label strings, index = label id: "O", then B-/I-/L-/U- for each type. */
export const LABELS: string[] = ['O', ...ENTITY_TYPES.flatMap(t => PREFIXES.map(p => `${p}-${t}`))];
export const NUM_LABELS = LABELS.length;

export function labelId(prefix: 'B' | 'I' | 'L' | 'U', type: EntityType): number {
  return 1 + ENTITY_TYPES.indexOf(type) * 4 + PREFIXES.indexOf(prefix);
}
export function labelPrefix(l: number): 'O' | 'B' | 'I' | 'L' | 'U' {
  return l === O ? 'O' : PREFIXES[(l - 1) % 4];
}
export function labelType(l: number): EntityType | null {
  return l === O ? null : ENTITY_TYPES[Math.floor((l - 1) / 4)];
}
/** Type index 0..T-1, or -1 for O. */
export function labelTypeIndex(l: number): number {
  return l === O ? -1 : Math.floor((l - 1) / 4);
}

function allowed(a: number, b: number): boolean {
  const pa = labelPrefix(a), pb = labelPrefix(b);
  const open = pa === 'B' || pa === 'I';
  if (open) return (pb === 'I' || pb === 'L') && labelType(a) === labelType(b);
  return pb === 'O' || pb === 'B' || pb === 'U';
}

/** ALLOWED[a * L + b]: may label b follow label a. */
export const ALLOWED_TRANSITION: Uint8Array = (() => {
  const t = new Uint8Array(NUM_LABELS * NUM_LABELS);
  for (let a = 0; a < NUM_LABELS; a++) for (let b = 0; b < NUM_LABELS; b++) t[a * NUM_LABELS + b] = allowed(a, b) ? 1 : 0;
  return t;
})();
export const ALLOWED_START: Uint8Array = Uint8Array.from(LABELS.map((_, l) => (['O', 'B', 'U'].includes(labelPrefix(l)) ? 1 : 0)));
export const ALLOWED_END: Uint8Array = Uint8Array.from(LABELS.map((_, l) => (['O', 'L', 'U'].includes(labelPrefix(l)) ? 1 : 0)));

export interface EntitySpan {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
}

/**
 * Spans of a tag sequence given as a prefix (O, B, I, L, U; E and S read as L and U) and a type per position: the
 * reading of conlleval / score-ner.mjs, which also accepts IOB1 and ill-formed sequences.
 */
function readSpans<T>(n: number, prefixAt: (i: number) => string, typeAt: (i: number) => T): { start: number; end: number; type: T }[] {
  const out: { start: number; end: number; type: T }[] = [];
  let start = -1, type = undefined as T, prevPrefix = 'O';
  const close = (i: number) => {
    if (start >= 0) out.push({ start, end: i, type });
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    let p = prefixAt(i);
    if (p === 'E') p = 'L';
    if (p === 'S') p = 'U';
    if (p === 'O') { close(i); prevPrefix = 'O'; continue; }
    const t = typeAt(i);
    const continues = start >= 0 && t === type && (p === 'I' || p === 'L') && prevPrefix !== 'L' && prevPrefix !== 'U';
    if (!continues) { close(i); start = i; type = t; }
    prevPrefix = p;
    if (p === 'L' || p === 'U') close(i + 1);
  }
  close(n);
  return out;
}

/** Spans from IOB1, IOB2 or BILOU tags ("B-PER", "I-PER", "O"). */
export function tagsToSpans(tags: string[]): EntitySpan[] {
  const dash = (i: number) => tags[i].indexOf('-');
  return readSpans(tags.length, i => (dash(i) < 0 ? 'O' : tags[i].slice(0, dash(i))), i => tags[i].slice(dash(i) + 1));
}

/** Spans of BILOU label ids, read as tagsToSpans reads their tags; `type` is the type index. */
export function labelSpans(labels: ArrayLike<number>): { start: number; end: number; type: number }[] {
  return readSpans(labels.length, i => labelPrefix(labels[i]), i => labelTypeIndex(labels[i]));
}

/** BILOU label ids for spans over n tokens. Types must be model types. */
export function spansToLabels(spans: EntitySpan[], n: number): Int32Array {
  const labels = new Int32Array(n);
  for (const s of spans) {
    const type = s.type as EntityType;
    if (s.end - s.start === 1) { labels[s.start] = labelId('U', type); continue; }
    labels[s.start] = labelId('B', type);
    for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = labelId('I', type);
    labels[s.end - 1] = labelId('L', type);
  }
  return labels;
}

/** Label ids → IOB2 tags ("B-PER", "I-PER", "O"), with type names mapped by `typeName`. */
export function labelsToBio(labels: ArrayLike<number>, typeName: (t: EntityType) => string = t => t): string[] {
  const out: string[] = new Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const p = labelPrefix(l);
    if (p === 'O') out[i] = 'O';
    else out[i] = `${p === 'B' || p === 'U' ? 'B' : 'I'}-${typeName(labelType(l)!)}`;
  }
  return out;
}
