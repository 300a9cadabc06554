import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAZ_CATEGORIES, Lexicon } from './lexicon.js';
import { mix } from './hash.js';

const bit = (c: (typeof GAZ_CATEGORIES)[number]) => 1 << GAZ_CATEGORIES.indexOf(c);
/** A made-up gazetteer. */
const PHRASES: [string, number][] = [
  ['new york', bit('city')], ['new york city', bit('city')], ['new zealand', bit('country')], ['york', bit('city')],
  ['united states', bit('country')], ['the hague', bit('city')], ['hague', bit('name')], ['new', bit('name')],
];
const lexicon = new Lexicon({
  clusterWords: [], clusterIds: [], caseWords: [], caseClasses: new Uint8Array(0),
  gazPhrases: PHRASES.map(([p]) => p), gazMasks: Uint16Array.from(PHRASES, ([, m]) => m),
});

/** The longest matches as the tagger reads them, walked without any shortcut: every key up to six words is tried. */
function reference(lower: string[]): number[][] {
  const table = new Map(PHRASES);
  const out = lower.map((): number[] => []);
  const covered = lower.map(() => new Set<number>());
  for (let i = 0; i < lower.length; i++) {
    const found: [number, number][] = [];
    for (let len = 1; len <= 6 && i + len <= lower.length; len++) {
      const m = table.get(lower.slice(i, i + len).join(' '));
      if (m) found.push([len, m]);
    }
    for (const [len, mask] of found.reverse()) {
      GAZ_CATEGORIES.forEach((_, c) => {
        if (!(mask & (1 << c)) || covered[i].has(c)) return;
        for (let j = i; j < i + len; j++) {
          covered[j].add(c);
          out[j].push(c * 4 + (len === 1 ? 3 : j === i ? 0 : j === i + len - 1 ? 2 : 1));
        }
      });
    }
  }
  return out;
}

test('gazetteer matches are the longest of each category, as a walk over every key finds them', () => {
  const sentences = [
    'in new york city and the hague', 'new zealand and the united states', 'new york new york', 'york , new',
    'the new hague', 'new', 'newer york',
  ].map((s) => s.split(' '));
  sentences.push(['new', 'york city']); // a token holding a space still joins a phrase
  for (const s of sentences) {
    const got = lexicon.matchGazetteer(s, s.map((w) => lexicon.gazWord(w)));
    assert.deepEqual(got.map((codes) => [...codes]), reference(s), s.join('|'));
  }
  const [, york, city] = lexicon.matchGazetteer(['new', 'york', 'city'], ['new', 'york', 'city'].map((w) => lexicon.gazWord(w)));
  assert.deepEqual([york, city], [[GAZ_CATEGORIES.indexOf('city') * 4 + 1], [GAZ_CATEGORIES.indexOf('city') * 4 + 2]]);
});

test('gazetteer codes keep their category bits in the low 16 bits', () => {
  assert.equal(lexicon.gazWord('york') & 0xffff, bit('city'));
  assert.equal(lexicon.gazWord('hague') & 0xffff, bit('name'));
  assert.equal(lexicon.gazWord('zealand') & 0xffff, 0);
  assert.equal(lexicon.gazWord('unknown'), 0);
});

test('mixed hashes are the same 32 bits whether read signed or unsigned', () => {
  const h = new Uint32Array(1);
  for (let a = 0; a < 200; a++) {
    const v = mix(a * 2654435761, a);
    h[0] = v;
    assert.equal(h[0], v >>> 0);
    assert.equal(mix(v, 7), mix(v >>> 0, 7));
  }
});
