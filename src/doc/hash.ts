// FNV-1a, 32 bits: a small, fast, stable string hash (the same in every run and process), for keys that must not
// depend on iteration order: dev-set halves, shingles and band keys of the stories layer.

/** FNV-1a hash of a string, 32 bits, unsigned. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
