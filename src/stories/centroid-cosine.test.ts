import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CentroidCosine } from './centroid-cosine.js';
import type { StoryRecord } from './state.js';

/** The plain formula: every centroid term's weight with the IDF of the moment, quantities left out. */
function plain(vec: Map<string, number>, vnorm: number, s: StoryRecord, idf: (t: string) => number): number {
  let dot = 0, norm = 0;
  for (const [t, c] of s.counts) {
    if (t.startsWith('%')) continue;
    const w = c * idf(t);
    norm += w * w;
    const v = vec.get(t);
    if (v) dot += v * w;
  }
  return norm && vnorm ? dot / Math.sqrt(norm) / vnorm : 0;
}

const story = (counts: [string, number][]): StoryRecord => ({ id: 's1', counts: new Map(counts), outlets: new Set(), copies: 0, size: 1 });

test('the cosine is the plain formula to the last bit, as document frequencies and a centroid change between articles', () => {
  const df = new Map<string, number>([['ferry', 3], ['harbour', 1], ['council', 7], ['#lindqvist', 2]]);
  let docs = 10;
  const cos = new CentroidCosine((t) => df.get(t) ?? 0);
  const idf = (t: string) => Math.log((docs + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const s = story([['ferry', 2.1], ['%>pier=3', 1], ['harbour', 1], ['council', 1.69], ['#lindqvist', 2]]);

  /** Adds an article with these counts (raising N and their document frequencies) and scores it against s. */
  const score = (counts: [string, number][]) => {
    docs++;
    for (const [t] of counts) df.set(t, (df.get(t) ?? 0) + 1);
    cos.begin(docs, counts.map(([t]) => t));
    const vec = new Map(counts.map(([t, c]) => [t, c * cos.idf(t)]));
    const vnorm = Math.sqrt([...vec.values()].reduce((n, w) => n + w * w, 0));
    cos.setVector(vec);
    return { got: cos.cosine(vnorm, s), want: plain(vec, vnorm, s, idf) };
  };

  const first = score([['ferry', 1], ['terminal', 3]]);
  assert.ok(first.got > 0);
  assert.equal(first.got, first.want);
  // The next article raises the frequency of a centroid term it shares: that term's IDF must be read again.
  const second = score([['harbour', 1.69], ['council', 1]]);
  assert.equal(second.got, second.want);
  // The story grows (in place, as a join does): its arrays are rebuilt once told.
  s.counts.set('terminal', 1);
  s.counts.set('ferry', 3.2);
  cos.forget(s);
  const third = score([['terminal', 1], ['ferry', 1]]);
  assert.equal(third.got, third.want);
  // A trimmed centroid is a new map: noticed without being told.
  s.counts = new Map([['terminal', 2]]);
  const fourth = score([['terminal', 1]]);
  assert.equal(fourth.got, fourth.want);
  assert.equal(score([['bakery', 1]]).got, 0);
});
