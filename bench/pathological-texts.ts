// Generated texts that stress the layers' worst cases (seeded, so every run measures the same bytes): runs of
// capitalised words, one cue word repeated, many distinct names, long runs of quotations, quotes never closed,
// random printable ASCII. Used by the `pathological` bench part, the fuzz suite and the tests.

import { rng } from '../src/nlp/rng.js';

/** The project's seeded generator (same seed, same text). */
export const prng = rng;

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'ta', 'dros', 'el', 'ya', 'bur', 'si', 'no', 'quen', 'hal', 'rek', 'mu', 'zan'];

/** A made-up word of 2–4 syllables (not in any lexicon, so every layer treats it as unknown). */
export function word(rand: () => number): string {
  let w = '';
  const n = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Repeats `piece()` until the text reaches `bytes` (ASCII, so characters = bytes). */
function fill(bytes: number, piece: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    const p = piece();
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, bytes);
}

export type Generator = (bytes: number, seed?: number) => string;

export const PATHOLOGICAL: Record<string, Generator> = {
  /** Capitalised made-up words with a full stop only every 200 words: one huge name-like run per sentence. */
  capitalised: (bytes, seed = 1) => {
    const r = prng(seed);
    let i = 0;
    return fill(bytes, () => cap(word(r)) + (++i % 200 === 0 ? '. ' : ' '));
  },
  /** One capitalised word over and over, in one sentence (a fuzzed 'huge line' found it): one long name-like run
   *  whose every token is the same word. */
  same: (bytes) => fill(bytes, () => 'Word '),
  /** One reporting verb over and over: every word a quote cue, no sentence end. */
  said: (bytes) => fill(bytes, () => 'said '),
  /** Sentences naming two new people each, with a role and a place: thousands of distinct entities to link. */
  names: (bytes, seed = 2) => {
    const r = prng(seed);
    const person = () => `${cap(word(r))} ${cap(word(r))}`;
    return fill(bytes, () => `${person()}, the minister of ${cap(word(r))}, met ${person()} in ${cap(word(r))} on Monday. `);
  },
  /** Quotation after quotation, each attributed, paragraph after paragraph. */
  quotes: (bytes, seed = 3) => {
    const r = prng(seed);
    const clause = () => Array.from({ length: 8 }, () => word(r)).join(' ');
    return fill(bytes, () => `"${cap(clause())}," ${cap(word(r))} said. "${cap(clause())}."\n\n`);
  },
  /** Opening quotes never closed, in one paragraph. */
  unbalanced: (bytes, seed = 4) => {
    const r = prng(seed);
    return fill(bytes, () => `"${word(r)} ${word(r)} said ${cap(word(r))} ${word(r)}. `);
  },
  /** Random printable ASCII (with some spaces and newlines), no structure at all. */
  ascii: (bytes, seed = 5) => {
    const r = prng(seed);
    return fill(bytes, () => {
      const x = r();
      if (x < 0.15) return ' ';
      if (x < 0.16) return '\n';
      return String.fromCharCode(33 + Math.floor(r() * 94));
    });
  },
};
