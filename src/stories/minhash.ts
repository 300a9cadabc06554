// Seeded MinHash over hashed word shingles, and LSH band keys. The hash family is a fixed seed mixed through the
// murmur3 finaliser, so a signature depends only on the text and the settings (same in every run and process).
import { rng } from '../nlp/rng.js';
import { fnv1a } from '../doc/hash.js';

export { fnv1a } from '../doc/hash.js';

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashed k-word shingles of a word sequence, as a set (a text shorter than k words is one shingle). */
export function shingles(ws: readonly string[], k: number): Set<number> {
  const out = new Set<number>();
  if (ws.length === 0) return out;
  if (ws.length < k) {
    out.add(fnv1a(ws.join(' ')));
    return out;
  }
  for (let i = 0; i + k <= ws.length; i++) out.add(fnv1a(ws.slice(i, i + k).join(' ')));
  return out;
}

export class MinHasher {
  private readonly salts: Uint32Array;
  constructor(readonly size: number, seed: number) {
    const r = rng(seed);
    this.salts = new Uint32Array(size);
    for (let i = 0; i < size; i++) this.salts[i] = Math.floor(r() * 0x100000000) >>> 0;
  }

  signature(set: ReadonlySet<number>): Uint32Array {
    const sig = new Uint32Array(this.size).fill(0xffffffff);
    for (const x of set) {
      for (let i = 0; i < this.size; i++) {
        const h = mix(x ^ this.salts[i]);
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }
}

/** Share of equal positions of two signatures: an unbiased estimate of the Jaccard similarity of their sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Containment of the smaller set in the larger, from their Jaccard similarity and sizes:
 *  |A∩B| = J(|A|+|B|)/(1+J), divided by min(|A|,|B|). */
export function containmentFromJaccard(j: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return 0;
  return Math.min(1, (j * (sizeA + sizeB)) / (1 + j) / small);
}

/** LSH band keys of a signature: one string per band of `rows` positions, prefixed with the band number. */
export function bandKeys(sig: Uint32Array, rows: number): string[] {
  const keys: string[] = [];
  for (let b = 0; b * rows < sig.length; b++) {
    let k = `${b}:`;
    for (let r = 0; r < rows && b * rows + r < sig.length; r++) k += sig[b * rows + r].toString(36) + '.';
    keys.push(k);
  }
  return keys;
}
