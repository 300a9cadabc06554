// 32-bit hashing of feature strings and template ids: features are stored as hashes, never as strings.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashString(s.slice(from, to)), without making the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Combines two 32-bit values (murmur3 finaliser over a rotate-xor), order-sensitive. Signed: the same 32 bits as the
 * unsigned value (a Uint32Array stores them alike, and every reader here mixes or stores them), but a signed 32-bit
 * integer stays a small integer in V8 where half of the unsigned ones would each be a new heap number.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ ((b << 13) | (b >>> 19));
  h ^= b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
